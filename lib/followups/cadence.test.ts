import { describe, expect, it } from 'vitest';
import { lastTouchTimes, nextFollowUp, type CadenceOptions, type CadenceState } from './cadence';
import { local } from './testing';

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

function opts(now: string, timeZone = BERLIN, workingDays = WEEKDAYS): CadenceOptions {
  return { now: local(now, timeZone), timeZone, defaultCadenceDays: 7, workingDays };
}

function active(state: Omit<CadenceState, 'status'>): CadenceState {
  return { status: 'active', ...state };
}

describe('the follow-up after an outbound touch', () => {
  // Monday 2026-03-02, 10:00 in Berlin.
  const sentMonday = active({ lastOutAt: local('2026-03-02 10:00', BERLIN) });

  it('falls due seven calendar days later and shows as due today on that day', () => {
    expect(nextFollowUp(sentMonday, opts('2026-03-09 08:00'))).toEqual({
      dueDate: '2026-03-09',
      overdueDays: 0,
      dueInDays: 0,
      reason: 'cadence',
    });
  });

  it('is not due the day before, and counts days late after', () => {
    expect(nextFollowUp(sentMonday, opts('2026-03-08 23:59'))).toMatchObject({
      overdueDays: 0,
      dueInDays: 1,
    });
    expect(nextFollowUp(sentMonday, opts('2026-03-12 09:00'))).toMatchObject({
      overdueDays: 3,
      dueInDays: 0,
    });
  });

  it('counts from the local date, on both sides of midnight', () => {
    const beforeMidnight = active({ lastOutAt: local('2026-03-02 23:59', BERLIN) });
    const afterMidnight = active({ lastOutAt: local('2026-03-03 00:00', BERLIN) });
    expect(nextFollowUp(beforeMidnight, opts('2026-03-09 00:00'))?.dueDate).toBe('2026-03-09');
    expect(nextFollowUp(afterMidnight, opts('2026-03-09 00:00'))?.dueDate).toBe('2026-03-10');
    // Due today from the first second of the day, not before.
    expect(nextFollowUp(beforeMidnight, opts('2026-03-08 23:59:59'))?.dueInDays).toBe(1);
    expect(nextFollowUp(beforeMidnight, opts('2026-03-09 00:00'))?.dueInDays).toBe(0);
  });

  it("uses the rep's zone: the same send is a day apart in Berlin and New York", () => {
    const sent = active({ lastOutAt: Date.parse('2026-03-02T23:30:00Z') });
    expect(nextFollowUp(sent, opts('2026-03-09 12:00', BERLIN))?.dueDate).toBe('2026-03-10');
    expect(nextFollowUp(sent, opts('2026-03-09 12:00', NEW_YORK))?.dueDate).toBe('2026-03-09');
  });

  it('rolls a weekend due date to Monday', () => {
    const sentTuesday = active({ lastOutAt: local('2026-03-03 10:00', BERLIN), cadenceDays: 4 });
    expect(nextFollowUp(sentTuesday, opts('2026-03-07 10:00'))).toMatchObject({
      dueDate: '2026-03-09',
      dueInDays: 2,
    });
  });

  it("follows the rep's own working days (Sunday to Thursday)", () => {
    const sent = active({ lastOutAt: local('2026-03-01 10:00', 'Asia/Jerusalem'), cadenceDays: 5 });
    // Sunday + 5 = Friday, not a working day there: due Sunday.
    expect(
      nextFollowUp(sent, opts('2026-03-06 10:00', 'Asia/Jerusalem', [0, 1, 2, 3, 4]))?.dueDate,
    ).toBe('2026-03-08');
  });

  it("uses the contact's own cadence over the default", () => {
    const fortnightly = active({ lastOutAt: local('2026-03-02 10:00', BERLIN), cadenceDays: 14 });
    expect(nextFollowUp(fortnightly, opts('2026-03-10 09:00'))?.dueDate).toBe('2026-03-16');
    const daily = active({ lastOutAt: local('2026-03-02 10:00', BERLIN), cadenceDays: 1 });
    expect(nextFollowUp(daily, opts('2026-03-04 09:00'))).toMatchObject({
      dueDate: '2026-03-03',
      overdueDays: 1,
    });
  });

  it('treats a touch dated in the future as made then: not due yet, never negative', () => {
    const now = '2026-03-02 10:00';
    const ahead = active({ lastOutAt: local('2026-03-05 10:00', BERLIN) });
    expect(nextFollowUp(ahead, opts(now))).toEqual({
      dueDate: '2026-03-12',
      overdueDays: 0,
      dueInDays: 10,
      reason: 'cadence',
    });
  });

  it('is nothing at all for a contact never touched', () => {
    expect(nextFollowUp(active({}), opts('2026-03-02 10:00'))).toBeNull();
  });
});

describe('clock changes', () => {
  it('New York spring-forward (2026-03-08): due that Sunday all day, overdue from 00:00 Monday', () => {
    const sent = active({ lastOutAt: local('2026-03-01 09:00', NEW_YORK) });
    const o = (now: string) => opts(now, NEW_YORK, EVERY_DAY);
    expect(nextFollowUp(sent, o('2026-03-07 23:59'))?.dueInDays).toBe(1);
    expect(nextFollowUp(sent, o('2026-03-08 01:59'))).toMatchObject({
      dueDate: '2026-03-08',
      overdueDays: 0,
      dueInDays: 0,
    });
    expect(nextFollowUp(sent, o('2026-03-08 03:00'))).toMatchObject({
      overdueDays: 0,
      dueInDays: 0,
    });
    expect(nextFollowUp(sent, o('2026-03-08 23:59'))).toMatchObject({
      overdueDays: 0,
      dueInDays: 0,
    });
    // 00:30 EDT on Monday; an offset stuck at EST would still call it Sunday.
    expect(nextFollowUp(sent, o('2026-03-09 00:30'))?.overdueDays).toBe(1);
  });

  it('counts a week across the spring-forward as seven calendar days, not 168 hours', () => {
    const sent = active({ lastOutAt: local('2026-03-05 00:30', NEW_YORK) });
    expect(nextFollowUp(sent, opts('2026-03-12 00:10', NEW_YORK, EVERY_DAY))).toMatchObject({
      dueDate: '2026-03-12',
      dueInDays: 0,
    });
  });

  it('New York fall-back (2026-11-01): both 01:30s are that Sunday, and so is 23:30', () => {
    const firstOneThirty = Date.parse('2026-11-01T01:30:00-04:00');
    const secondOneThirty = Date.parse('2026-11-01T01:30:00-05:00');
    for (const at of [firstOneThirty, secondOneThirty]) {
      expect(
        nextFollowUp(active({ lastOutAt: at }), opts('2026-11-02 09:00', NEW_YORK, EVERY_DAY))
          ?.dueDate,
      ).toBe('2026-11-08');
    }
    // A reply at 23:30 EST on the Sunday is owed that Sunday (not Monday).
    const reply = active({
      lastOutAt: secondOneThirty,
      lastInAt: Date.parse('2026-11-02T04:30:00Z'),
    });
    expect(nextFollowUp(reply, opts('2026-11-01 23:45', NEW_YORK, EVERY_DAY))).toMatchObject({
      dueDate: '2026-11-01',
      dueInDays: 0,
    });
  });

  it('Berlin spring-forward (2026-03-29): overdue from 00:30 on the Monday after', () => {
    const sent = active({ lastOutAt: local('2026-03-22 23:30', BERLIN) });
    const o = (now: string) => opts(now, BERLIN, EVERY_DAY);
    expect(nextFollowUp(sent, o('2026-03-29 23:30'))).toMatchObject({
      dueDate: '2026-03-29',
      overdueDays: 0,
    });
    // 2026-03-30 00:30 CEST = 22:30 UTC on the 29th; a fixed CET offset would say 23:30 Sunday.
    expect(nextFollowUp(sent, o('2026-03-30 00:30'))?.overdueDays).toBe(1);
  });
});

describe('date line', () => {
  it('gives Kiritimati and Pago Pago, 25 hours apart, different due dates for one send', () => {
    const sent = active({ lastOutAt: Date.parse('2026-03-02T10:30:00Z') });
    const now = Date.parse('2026-03-09T10:30:00Z');
    const kiritimati = nextFollowUp(sent, {
      now,
      timeZone: 'Pacific/Kiritimati',
      defaultCadenceDays: 7,
      workingDays: EVERY_DAY,
    });
    const pagoPago = nextFollowUp(sent, {
      now,
      timeZone: 'Pacific/Pago_Pago',
      defaultCadenceDays: 7,
      workingDays: EVERY_DAY,
    });
    expect(kiritimati).toMatchObject({ dueDate: '2026-03-10', overdueDays: 0, dueInDays: 0 });
    expect(pagoPago).toMatchObject({ dueDate: '2026-03-08', overdueDays: 0, dueInDays: 0 });
  });
});

describe('replies', () => {
  const sent = local('2026-03-02 10:00', BERLIN);

  it('makes the contact due the day the reply came, since the rep owes the answer', () => {
    const replied = active({ lastOutAt: sent, lastInAt: local('2026-03-04 15:00', BERLIN) });
    expect(nextFollowUp(replied, opts('2026-03-04 16:00'))).toEqual({
      dueDate: '2026-03-04',
      overdueDays: 0,
      dueInDays: 0,
      reason: 'reply',
    });
    expect(nextFollowUp(replied, opts('2026-03-06 09:00'))?.overdueDays).toBe(2);
  });

  it('owes a Saturday reply from Saturday, without waiting for Monday', () => {
    const replied = active({ lastOutAt: sent, lastInAt: local('2026-03-07 11:00', BERLIN) });
    expect(nextFollowUp(replied, opts('2026-03-09 09:00'))).toMatchObject({
      dueDate: '2026-03-07',
      overdueDays: 2,
    });
  });

  it('goes back to the cadence once the rep has answered', () => {
    const answered = active({
      lastInAt: local('2026-03-04 15:00', BERLIN),
      lastOutAt: local('2026-03-04 17:00', BERLIN),
    });
    expect(nextFollowUp(answered, opts('2026-03-05 09:00'))).toMatchObject({
      dueDate: '2026-03-11',
      reason: 'cadence',
    });
  });

  it('counts an answer sent at the very same instant as the reply as answered', () => {
    const at = local('2026-03-04 15:00', BERLIN);
    expect(
      nextFollowUp(active({ lastInAt: at, lastOutAt: at }), opts('2026-03-05 09:00'))?.reason,
    ).toBe('cadence');
  });

  it('makes a contact who wrote first due the day they wrote', () => {
    const inboundOnly = active({ lastInAt: local('2026-03-03 09:00', BERLIN) });
    expect(nextFollowUp(inboundOnly, opts('2026-03-03 10:00'))?.dueDate).toBe('2026-03-03');
  });
});

describe('status', () => {
  const state = { lastOutAt: local('2026-03-02 10:00', BERLIN) };

  it('stops the cadence after a definitive no, or once they are a client', () => {
    expect(nextFollowUp({ ...state, status: 'no' }, opts('2026-04-01 09:00'))).toBeNull();
    expect(nextFollowUp({ ...state, status: 'client' }, opts('2026-04-01 09:00'))).toBeNull();
  });

  it('holds a snoozed contact until the snooze day, then it is due', () => {
    const snoozed: CadenceState = {
      ...state,
      status: 'paused',
      pausedUntil: local('2026-03-20 00:00', BERLIN),
    };
    expect(nextFollowUp(snoozed, opts('2026-03-12 09:00'))).toMatchObject({
      dueDate: '2026-03-20',
      dueInDays: 8,
      reason: 'snooze',
    });
    expect(nextFollowUp(snoozed, opts('2026-03-20 09:00'))?.dueInDays).toBe(0);
  });

  it('ignores a snooze that ended before the cadence date', () => {
    const short: CadenceState = {
      ...state,
      status: 'paused',
      pausedUntil: local('2026-03-04 00:00', BERLIN),
    };
    expect(nextFollowUp(short, opts('2026-03-09 09:00'))).toMatchObject({
      dueDate: '2026-03-09',
      reason: 'cadence',
    });
  });

  it('moves a snooze ending on a Saturday to Monday', () => {
    const weekend: CadenceState = {
      ...state,
      status: 'paused',
      pausedUntil: local('2026-03-14 09:00', BERLIN),
    };
    expect(nextFollowUp(weekend, opts('2026-03-12 09:00'))?.dueDate).toBe('2026-03-16');
  });

  describe('a reply to a snoozed contact', () => {
    const snoozedOn = local('2026-03-09 09:00', BERLIN);
    const snoozed: CadenceState = {
      ...state,
      status: 'paused',
      pausedUntil: local('2026-03-30 00:00', BERLIN),
      snoozedAt: snoozedOn,
    };

    it('makes them due the day of a reply that came after the snooze was set', () => {
      const replied = { ...snoozed, lastInAt: local('2026-03-11 15:00', BERLIN) };
      expect(nextFollowUp(replied, opts('2026-03-11 16:00'))).toEqual({
        dueDate: '2026-03-11',
        overdueDays: 0,
        dueInDays: 0,
        reason: 'reply',
      });
      expect(nextFollowUp(replied, opts('2026-03-13 09:00'))?.overdueDays).toBe(2);
    });

    it('holds them until the snooze day when the snooze was set after the reply', () => {
      const seen = { ...snoozed, lastInAt: local('2026-03-06 15:00', BERLIN) };
      expect(nextFollowUp(seen, opts('2026-03-11 09:00'))).toMatchObject({
        dueDate: '2026-03-30',
        reason: 'snooze',
      });
      const sameInstant = { ...snoozed, lastInAt: snoozedOn };
      expect(nextFollowUp(sameInstant, opts('2026-03-11 09:00'))?.reason).toBe('snooze');
    });

    it('holds them again once the rep has answered the reply', () => {
      const answered = {
        ...snoozed,
        lastInAt: local('2026-03-11 15:00', BERLIN),
        lastOutAt: local('2026-03-11 17:00', BERLIN),
      };
      expect(nextFollowUp(answered, opts('2026-03-12 09:00'))).toMatchObject({
        dueDate: '2026-03-30',
        reason: 'snooze',
      });
    });

    it("counts an old snooze without its time as set at the contact's last edit", () => {
      const { snoozedAt: _, ...old } = snoozed;
      const edited = { ...old, updatedAt: snoozedOn };
      const after = { ...edited, lastInAt: local('2026-03-10 08:00', BERLIN) };
      const before = { ...edited, lastInAt: local('2026-03-08 20:00', BERLIN) };
      expect(nextFollowUp(after, opts('2026-03-10 09:00'))?.reason).toBe('reply');
      expect(nextFollowUp(before, opts('2026-03-10 09:00'))?.reason).toBe('snooze');
      // Nothing known about when it was set: the snooze holds, as it always did.
      expect(
        nextFollowUp({ ...old, lastInAt: after.lastInAt }, opts('2026-03-10 09:00'))?.reason,
      ).toBe('snooze');
    });
  });

  it('keeps a contact paused without an end date off the list', () => {
    expect(nextFollowUp({ ...state, status: 'paused' }, opts('2026-04-01 09:00'))).toBeNull();
  });
});

describe('lastTouchTimes', () => {
  it('takes the newest outbound and inbound touches and skips notes', () => {
    expect(
      lastTouchTimes([
        { at: 5, direction: 'out', channel: 'email' },
        { at: 9, direction: 'out', channel: 'note' },
        { at: 7, direction: 'in', channel: 'call' },
        { at: 3, direction: 'out', channel: 'linkedin' },
      ]),
    ).toEqual({ lastOutAt: 5, lastInAt: 7 });
    expect(lastTouchTimes([])).toEqual({});
  });
});
