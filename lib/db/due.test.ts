import * as fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDueToday, lastTouchTimes, nextFollowUp } from '@/lib/followups';
import { local } from '@/lib/followups/testing';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { setCadence, setStatus, snooze, updateContact, upsertContact } from './contacts';
import { dueToday, nextDue, onTimeShare, touchesPerWeek } from './due';
import type { ContactStatus } from './model';
import { freshDb } from './testing';
import { logTouch } from './touches';

const BERLIN = 'Europe/Berlin';
const settings = DEFAULT_SETTINGS; // 7 days, Monday–Friday
const at = (wallClock: string) => local(wallClock, BERLIN);
const opts = (now: string) => ({ now: new Date(at(now)), timeZone: BERLIN, settings });

async function contactWith(
  db: ReturnType<typeof freshDb>,
  name: string,
  touches: [string, 'out' | 'in'][],
) {
  const c = await upsertContact(db, { name, emails: [`${name.toLowerCase()}@x.de`] });
  for (const [when, direction] of touches) {
    await logTouch(db, { contactId: c.id!, channel: 'email', direction, at: at(when) });
  }
  return c.id!;
}

describe("today's follow-ups", () => {
  it('lists overdue contacts first, most overdue first, then those due today', async () => {
    const db = freshDb();
    await contactWith(db, 'Dora', [['2026-03-02 10:00', 'out']]); // due Mon 9th: 2 days late
    await contactWith(db, 'Carl', [['2026-03-04 10:00', 'out']]); // due Wed 11th: today
    const eve = await contactWith(db, 'Eve', [
      ['2026-03-05 10:00', 'out'],
      ['2026-03-10 16:00', 'in'],
    ]); // replied yesterday: 1 day late
    await contactWith(db, 'Finn', [['2026-03-06 10:00', 'out']]); // due Fri 13th
    await upsertContact(db, { name: 'Gus', emails: ['gus@x.de'] }); // never touched

    const due = await dueToday(db, opts('2026-03-11 09:00'));
    expect(due.map((d) => [d.contact.name, d.dueDate, d.overdueDays, d.reason])).toEqual([
      ['Dora', '2026-03-09', 2, 'cadence'],
      ['Eve', '2026-03-10', 1, 'reply'],
      ['Carl', '2026-03-11', 0, 'cadence'],
    ]);
    expect(due[1]!.lastTouch).toMatchObject({
      contactId: eve,
      direction: 'in',
      at: at('2026-03-10 16:00'),
    });
  });

  it('drops a contact once followed up, marked no or client, or snoozed', async () => {
    const db = freshDb();
    const a = await contactWith(db, 'Anna', [['2026-03-02 10:00', 'out']]);
    const b = await contactWith(db, 'Bob', [['2026-03-02 10:00', 'out']]);
    const c = await contactWith(db, 'Cem', [['2026-03-02 10:00', 'out']]);
    const d = await contactWith(db, 'Dan', [['2026-03-02 10:00', 'out']]);
    await contactWith(db, 'Ela', [['2026-03-02 10:00', 'out']]);
    expect(await dueToday(db, opts('2026-03-09 09:00'))).toHaveLength(5);
    await logTouch(db, {
      contactId: a,
      channel: 'call',
      direction: 'out',
      at: at('2026-03-09 08:30'),
    });
    await setStatus(db, b, { no: 'No budget this year' });
    await setStatus(db, c, 'client');
    await snooze(db, d, at('2026-03-16 00:00'));
    expect((await dueToday(db, opts('2026-03-09 09:00'))).map((x) => x.contact.name)).toEqual([
      'Ela',
    ]);
    // A week later Ela is 5 days late; Anna's next follow-up and Dan's snooze end today.
    expect((await dueToday(db, opts('2026-03-16 09:00'))).map((x) => x.contact.name)).toEqual([
      'Ela',
      'Anna',
      'Dan',
    ]);
  });

  it("honours a contact's shorter cadence", async () => {
    const db = freshDb();
    const id = await contactWith(db, 'Anna', [['2026-03-09 10:00', 'out']]);
    expect(await dueToday(db, opts('2026-03-11 09:00'))).toEqual([]);
    await setCadence(db, id, 2);
    expect((await dueToday(db, opts('2026-03-11 09:00'))).map((x) => x.dueDate)).toEqual([
      '2026-03-11',
    ]);
  });

  it('answers nextDue per contact, and null without a cadence', async () => {
    const db = freshDb();
    const id = await contactWith(db, 'Anna', [['2026-03-02 10:00', 'out']]);
    const never = (await upsertContact(db, { name: 'Gus', emails: ['gus@x.de'] })).id!;
    expect(await nextDue(db, id, opts('2026-03-05 09:00'))).toEqual({
      dueDate: '2026-03-09',
      overdueDays: 0,
      dueInDays: 4,
      reason: 'cadence',
    });
    expect(await nextDue(db, never, opts('2026-03-05 09:00'))).toBeNull();
    expect(await nextDue(db, 12345, opts('2026-03-05 09:00'))).toBeNull();
  });

  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Asia/Kathmandu',
  ];
  const statuses: ContactStatus[] = ['active', 'active', 'paused', 'no', 'client'];
  const DAY = 86_400_000;
  const base = Date.UTC(2026, 2, 1);

  it('matches the cadence rules applied to every contact, whatever the data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            cadenceDays: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
            pausedFor: fc.integer({ min: -5, max: 20 }),
            // When the snooze was set; a snooze stored before snoozedAt existed has only updatedAt.
            snoozedAt: fc.integer({ min: 0, max: 20 * DAY }),
            storedBeforeSnoozedAt: fc.boolean(),
            touches: fc.array(
              fc.record({
                at: fc.integer({ min: 0, max: 20 * DAY }),
                direction: fc.constantFrom('out' as const, 'in' as const),
                channel: fc.constantFrom('email' as const, 'call' as const, 'note' as const),
              }),
              { minLength: 1, maxLength: 4 },
            ),
          }),
          { minLength: 3, maxLength: 10 },
        ),
        fc.integer({ min: 0, max: 25 * DAY }),
        fc.constantFrom(...zones),
        fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
        fc.integer({ min: 1, max: 10 }),
        async (contacts, nowOffset, timeZone, workingDays, defaultCadenceDays) => {
          const db = freshDb();
          const now = base + nowOffset;
          const expected: string[] = [];
          for (const [i, spec] of contacts.entries()) {
            const c = await upsertContact(db, {
              name: `C${i}`,
              emails: [`c${i}@x.de`],
              status: spec.status,
              ...(spec.cadenceDays !== undefined && { cadenceDays: spec.cadenceDays }),
              ...(spec.status === 'paused' && {
                pausedUntil: now + spec.pausedFor * DAY,
                snoozedAt: base + spec.snoozedAt,
              }),
            });
            if (spec.storedBeforeSnoozedAt) {
              await db.contacts
                .where('id')
                .equals(c.id!)
                .modify((x) => {
                  delete x.snoozedAt;
                  x.updatedAt = base + spec.snoozedAt;
                });
            }
            for (const t of spec.touches) {
              await logTouch(db, { contactId: c.id!, ...t, at: base + t.at });
            }
            const stored = (await db.contacts.get(c.id!))!;
            const f = nextFollowUp(
              {
                status: stored.status,
                pausedUntil: stored.pausedUntil,
                snoozedAt: stored.snoozedAt,
                updatedAt: stored.updatedAt,
                cadenceDays: stored.cadenceDays,
                ...lastTouchTimes(spec.touches.map((t) => ({ ...t, at: base + t.at }))),
              },
              { now, timeZone, workingDays, defaultCadenceDays },
            );
            if (isDueToday(f)) expected.push(`${c.name} ${f.dueDate} ${f.overdueDays}`);
          }
          const due = await dueToday(db, {
            now: new Date(now),
            timeZone,
            settings: { defaultCadenceDays, workingDays },
          });
          expect(
            due.map((d) => `${d.contact.name} ${d.dueDate} ${d.overdueDays}`).toSorted(),
          ).toEqual(expected.toSorted());
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('a snoozed contact who replies', () => {
  afterEach(() => vi.useRealTimers());
  /** The rep's clock (only Date is faked: IndexedDB keeps its own timers). */
  const clock = (wallClock: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(wallClock));
  };
  const listed = async (db: ReturnType<typeof freshDb>, now: string) =>
    (await dueToday(db, opts(now))).map((d) => [
      d.contact.name,
      d.dueDate,
      d.overdueDays,
      d.reason,
    ]);

  it("shows up in today's follow-ups the day they reply, as a reply to answer", async () => {
    const db = freshDb();
    const anna = await contactWith(db, 'Anna', [['2026-03-02 10:00', 'out']]);
    clock('2026-03-09 09:00');
    await snooze(db, anna, at('2026-03-30 00:00'));
    expect(await listed(db, '2026-03-11 09:00')).toEqual([]);
    await logTouch(db, {
      contactId: anna,
      channel: 'email',
      direction: 'in',
      at: at('2026-03-11 15:00'),
    });
    expect(await listed(db, '2026-03-11 16:00')).toEqual([['Anna', '2026-03-11', 0, 'reply']]);
    expect(await nextDue(db, anna, opts('2026-03-11 16:00'))).toEqual({
      dueDate: '2026-03-11',
      overdueDays: 0,
      dueInDays: 0,
      reason: 'reply',
    });
    expect(await listed(db, '2026-03-13 09:00')).toEqual([['Anna', '2026-03-11', 2, 'reply']]);
    // Answered: the snooze holds again until its day.
    await logTouch(db, {
      contactId: anna,
      channel: 'email',
      direction: 'out',
      at: at('2026-03-13 10:00'),
    });
    expect(await listed(db, '2026-03-16 09:00')).toEqual([]);
    expect(await nextDue(db, anna, opts('2026-03-16 09:00'))).toMatchObject({
      dueDate: '2026-03-30',
      reason: 'snooze',
    });
  });

  it('stays off the list until the snooze day when the rep snoozed after reading the reply', async () => {
    const db = freshDb();
    const anna = await contactWith(db, 'Anna', [
      ['2026-03-02 10:00', 'out'],
      ['2026-03-10 15:00', 'in'],
    ]);
    expect(await listed(db, '2026-03-10 16:00')).toEqual([['Anna', '2026-03-10', 0, 'reply']]);
    clock('2026-03-10 16:30');
    await snooze(db, anna, at('2026-03-20 00:00'));
    expect(await listed(db, '2026-03-11 09:00')).toEqual([]);
    expect(await listed(db, '2026-03-19 09:00')).toEqual([]);
    expect(await nextDue(db, anna, opts('2026-03-11 09:00'))).toMatchObject({
      dueDate: '2026-03-20',
      reason: 'snooze',
    });
    expect(await listed(db, '2026-03-20 09:00')).toEqual([['Anna', '2026-03-20', 0, 'snooze']]);
  });

  it("treats a snooze stored without its time as set at the contact's last edit", async () => {
    const db = freshDb();
    const anna = await contactWith(db, 'Anna', [
      ['2026-03-02 10:00', 'out'],
      ['2026-03-05 15:00', 'in'],
    ]);
    // As stored before snoozedAt existed: snoozed (its last edit) on the 9th.
    await db.contacts
      .where('id')
      .equals(anna)
      .modify((c) => {
        c.status = 'paused';
        c.pausedUntil = at('2026-03-30 00:00');
        c.updatedAt = at('2026-03-09 09:00');
        delete c.snoozedAt;
      });
    expect(await listed(db, '2026-03-10 09:00')).toEqual([]);
    await logTouch(db, {
      contactId: anna,
      channel: 'call',
      direction: 'in',
      at: at('2026-03-10 12:00'),
    });
    expect(await listed(db, '2026-03-10 13:00')).toEqual([['Anna', '2026-03-10', 0, 'reply']]);
    // Editing the notes later does not move when the snooze was set.
    clock('2026-03-11 08:00');
    await updateContact(db, anna, { notes: 'Called back about pricing' });
    expect((await db.contacts.get(anna))?.snoozedAt).toBe(at('2026-03-09 09:00'));
    expect(await listed(db, '2026-03-11 09:00')).toEqual([['Anna', '2026-03-10', 1, 'reply']]);
  });
});

describe('stats', () => {
  it('counts outbound touches per week, Monday to Sunday, in the rep’s zone', async () => {
    const db = freshDb();
    const id = await contactWith(db, 'Anna', [
      ['2026-02-23 09:00', 'out'],
      ['2026-03-01 23:30', 'out'], // Sunday night: still the week of 23 Feb
      ['2026-03-02 00:30', 'out'],
      ['2026-03-03 10:00', 'in'], // a reply is not the rep's touch
      ['2026-03-09 10:00', 'out'],
    ]);
    await logTouch(db, {
      contactId: id,
      channel: 'note',
      direction: 'out',
      at: at('2026-03-09 11:00'),
    });
    expect(
      await touchesPerWeek(db, {
        now: new Date(at('2026-03-11 12:00')),
        timeZone: BERLIN,
        weeks: 4,
      }),
    ).toEqual([
      { weekStart: '2026-02-16', count: 0 },
      { weekStart: '2026-02-23', count: 2 },
      { weekStart: '2026-03-02', count: 1 },
      { weekStart: '2026-03-09', count: 1 },
    ]);
  });

  it('gives the share of follow-ups done by their due date', async () => {
    const db = freshDb();
    await contactWith(db, 'Anna', [
      ['2026-03-02 10:00', 'out'],
      ['2026-03-09 10:00', 'out'], // on time
      ['2026-03-17 10:00', 'out'], // due the 16th: late
    ]);
    await contactWith(db, 'Bob', [
      ['2026-03-02 10:00', 'out'],
      ['2026-03-04 10:00', 'in'],
      ['2026-03-04 12:00', 'out'], // reply answered the same day: on time
    ]); // then due the 11th, nothing sent: missed
    const client = await contactWith(db, 'Cem', [['2026-03-02 10:00', 'out']]);
    await setStatus(db, client, 'client'); // owes nothing
    expect(await onTimeShare(db, { ...opts('2026-03-18 09:00'), weeks: 4 })).toBe(0.5);
    expect(await onTimeShare(db, { ...opts('2026-03-18 09:00'), weeks: 0 })).toBeNull();
  });

  it('has no share before anything fell due', async () => {
    const db = freshDb();
    await contactWith(db, 'Anna', [['2026-03-02 10:00', 'out']]);
    expect(await onTimeShare(db, { ...opts('2026-03-03 09:00'), weeks: 4 })).toBeNull();
  });
});
