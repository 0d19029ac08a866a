import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logTouch, openDb, setStatus, upsertContact, type WiifmDB } from '@/lib/db';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/lib/settings-store';
import { CALM_COLOR, OVERDUE_COLOR } from './badge';
import {
  createBadgeController,
  HOURLY_CHECK_ALARM,
  MIDNIGHT_ALARM,
  type BadgeController,
} from './controller';
import { refreshBadge, type BadgeDeps } from './refresh';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const action = fakeBrowser.action;

let n = 0;
const dbs: WiifmDB[] = [];
const controllers: BadgeController[] = [];
afterEach(async () => {
  controllers.splice(0).forEach((c) => c.stop());
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/** A fresh touch log; the rep's week runs Monday–Friday with a 7-day cadence. */
async function seed() {
  const db = openDb(`badge-test-${++n}`);
  dbs.push(db);
  const contact = async (name: string, lastOut: string) => {
    const c = await upsertContact(db, { name, emails: [`${name.toLowerCase()}@example.com`] });
    await logTouch(db, {
      contactId: c.id!,
      channel: 'email',
      direction: 'out',
      at: Date.parse(lastOut),
    });
    return c.id!;
  };
  // Due Wed 11 Mar (today in the tests below), due Mon 9 Mar (overdue), due Thu 12 Mar.
  const ana = await contact('Ana', '2026-03-04T10:00:00Z');
  const ben = await contact('Ben', '2026-03-02T10:00:00Z');
  const cleo = await contact('Cleo', '2026-03-05T10:00:00Z');
  return { db, ana, ben, cleo };
}

function clock(iso: string) {
  let t = new Date(iso);
  return { now: () => new Date(t), set: (next: string) => (t = new Date(next)) };
}

function deps(db: WiifmDB, now: () => Date, zone: () => string = () => BERLIN): BadgeDeps {
  return { db, now, timeZone: zone, settings: loadSettings, action };
}

async function shown() {
  const [text, color, title] = await Promise.all([
    action.getBadgeText({}),
    action.getBadgeBackgroundColor({}),
    action.getTitle({}),
  ]);
  const hex = `#${color
    .slice(0, 3)
    .map((c: number) => c.toString(16).padStart(2, '0'))
    .join('')}`;
  return { text, color: hex, title };
}

function controller(db: WiifmDB, now: () => Date, zone?: () => string) {
  const c = createBadgeController({ ...deps(db, now, zone), alarms: fakeBrowser.alarms });
  controllers.push(c);
  return c;
}

describe('badge refresh', () => {
  it('counts overdue and due-today contacts, red because one is overdue', async () => {
    const { db } = await seed();
    await refreshBadge(deps(db, clock('2026-03-11T09:00:00Z').now));
    expect(await shown()).toEqual({
      text: '2',
      color: OVERDUE_COLOR,
      title: '2 follow-ups today (1 overdue)',
    });
  });

  it('drops a contact from the count once the rep logs a touch with them', async () => {
    const { db, ben } = await seed();
    const now = clock('2026-03-11T09:00:00Z').now;
    await refreshBadge(deps(db, now));
    await logTouch(db, { contactId: ben, channel: 'call', direction: 'out', at: now().getTime() });
    await refreshBadge(deps(db, now));
    expect(await shown()).toMatchObject({ text: '1', color: CALM_COLOR });
  });

  it('shows nothing when the only due contacts said no', async () => {
    const { db, ana, ben } = await seed();
    await setStatus(db, ana, { no: 'has a supplier' });
    await setStatus(db, ben, { no: 'no budget' });
    await refreshBadge(deps(db, clock('2026-03-11T09:00:00Z').now));
    expect(await shown()).toMatchObject({ text: '', title: 'No follow-ups due today' });
  });
});

describe('live badge', () => {
  it('updates by itself when a touch is logged, without another refresh call', async () => {
    const { db, ben } = await seed();
    const now = clock('2026-03-11T09:00:00Z').now;
    await controller(db, now).refresh();
    expect((await shown()).text).toBe('2');
    await logTouch(db, { contactId: ben, channel: 'email', direction: 'out', at: now().getTime() });
    await vi.waitFor(async () =>
      expect(await shown()).toMatchObject({ text: '1', color: CALM_COLOR }),
    );
  });

  it('picks up a reply: an inbound touch makes the contact due the same day', async () => {
    const { db, cleo } = await seed();
    const now = clock('2026-03-11T09:00:00Z').now;
    await controller(db, now).refresh();
    await logTouch(db, {
      contactId: cleo,
      channel: 'email',
      direction: 'in',
      at: now().getTime() - 60_000,
    });
    await vi.waitFor(async () => expect((await shown()).text).toBe('3'));
  });

  it('rolls over at local midnight: the alarm fires and tomorrow’s follow-ups appear', async () => {
    const { db } = await seed();
    const c = clock('2026-03-11T22:59:00Z'); // 23:59 on Wednesday in Berlin
    const badge = controller(db, c.now);
    await badge.refresh();
    expect((await shown()).text).toBe('2');
    const alarm = await fakeBrowser.alarms.get(MIDNIGHT_ALARM);
    expect(new Date(alarm!.scheduledTime).toISOString()).toBe('2026-03-11T23:00:00.000Z');

    c.set('2026-03-11T23:00:01Z');
    await badge.handleAlarm(MIDNIGHT_ALARM);
    expect((await shown()).text).toBe('3'); // Cleo is due Thursday
    const next = await fakeBrowser.alarms.get(MIDNIGHT_ALARM);
    expect(new Date(next!.scheduledTime).toISOString()).toBe('2026-03-12T23:00:00.000Z');
  });

  it('counts a touch logged just after midnight against the new day, before the alarm fires', async () => {
    const { db, cleo } = await seed();
    const c = clock('2026-03-11T22:59:00Z'); // 23:59 on Wednesday in Berlin
    const badge = controller(db, c.now);
    await badge.refresh();
    expect(await shown()).toMatchObject({ text: '2', title: '2 follow-ups today (1 overdue)' });

    // 00:00:30 on Thursday; the midnight alarm has not fired yet. Cleo, due
    // Thursday, gets her follow-up early, and the page that logged it pokes
    // the background, which checks the day on every message.
    c.set('2026-03-11T23:00:30Z');
    await logTouch(db, {
      contactId: cleo,
      channel: 'call',
      direction: 'out',
      at: c.now().getTime(),
    });
    expect(await badge.check()).not.toBeNull();
    // Counted as Thursday: Ana (due Wednesday) is now a day late too.
    expect(await shown()).toEqual({
      text: '2',
      color: OVERDUE_COLOR,
      title: '2 follow-ups today (2 overdue)',
    });
  });

  it('catches up when the midnight alarm fires late, after the machine slept through the night', async () => {
    const { db } = await seed();
    const c = clock('2026-03-11T08:00:00Z'); // Wednesday 09:00 in Berlin
    const badge = controller(db, c.now);
    await badge.refresh();
    expect((await shown()).text).toBe('2');

    // The laptop was closed until Friday 07:00; Chrome fires the missed alarm on wake.
    c.set('2026-03-13T06:00:00Z');
    await badge.handleAlarm(MIDNIGHT_ALARM);
    expect(await shown()).toEqual({
      text: '3',
      color: OVERDUE_COLOR,
      title: '3 follow-ups today (3 overdue)',
    });
    // The next one is tonight's (Friday → Saturday), not one in the past.
    const next = await fakeBrowser.alarms.get(MIDNIGHT_ALARM);
    expect(new Date(next!.scheduledTime).toISOString()).toBe('2026-03-13T23:00:00.000Z');
  });

  it('notices a new time zone on the hourly check and counts in the new zone', async () => {
    const { db } = await seed();
    const now = clock('2026-03-11T23:30:00Z').now; // Wed 19:30 in New York, Thu 00:30 in Berlin
    let zone = NEW_YORK;
    const badge = controller(db, now, () => zone);
    await badge.refresh();
    expect((await shown()).text).toBe('2');
    expect(await badge.check()).toBeNull(); // nothing moved: no recount

    zone = BERLIN; // the rep landed in Berlin
    await badge.handleAlarm(HOURLY_CHECK_ALARM);
    expect((await shown()).text).toBe('3');
    const alarm = await fakeBrowser.alarms.get(MIDNIGHT_ALARM);
    expect(new Date(alarm!.scheduledTime).toISOString()).toBe('2026-03-12T23:00:00.000Z');
  });

  it('recounts with new settings: a 14-day cadence leaves nothing due', async () => {
    const { db } = await seed();
    const badge = controller(db, clock('2026-03-11T09:00:00Z').now);
    await badge.refresh();
    const longer: Settings = { ...DEFAULT_SETTINGS, defaultCadenceDays: 14 };
    await saveSettings(longer);
    await badge.refresh();
    expect((await shown()).text).toBe('');
  });

  it('after a browser restart a fresh worker shows the count and re-creates both alarms', async () => {
    const { db } = await seed();
    const now = clock('2026-03-11T09:00:00Z').now;
    await controller(db, now).refresh();
    // Chrome may drop alarms across a restart, and the badge starts blank.
    controllers.splice(0).forEach((c) => c.stop());
    await fakeBrowser.alarms.clearAll();
    await action.setBadgeText({ text: '' });

    await controller(db, now).refresh();
    expect((await shown()).text).toBe('2');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).toSorted()).toEqual(
      [HOURLY_CHECK_ALARM, MIDNIGHT_ALARM].toSorted(),
    );
  });

  it('keeps the hourly check on its schedule when the worker wakes again', async () => {
    const { db } = await seed();
    const badge = controller(db, clock('2026-03-11T09:00:00Z').now);
    await badge.refresh();
    const first = await fakeBrowser.alarms.get(HOURLY_CHECK_ALARM);
    await badge.refresh();
    expect(await fakeBrowser.alarms.get(HOURLY_CHECK_ALARM)).toEqual(first);
    expect(first?.periodInMinutes).toBe(60);
  });
});
