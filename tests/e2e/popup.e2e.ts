import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionApi, type ExtensionHarness } from './harness';
import {
  backupFile,
  DAY,
  readLog,
  seed,
  waitFor,
  type SeedContact,
  type SeedTouch,
} from './helpers';

/**
 * The badge's popup in the production build: today's follow-ups in order,
 * what each row says, its actions (open, done, snooze, no), the empty state,
 * the weekly chart, and the keyboard.
 */

/** Inside extension pages (`page.evaluate`), `chrome` is the extension API. */
declare const chrome: ExtensionApi;

const now = Date.now();
const startOfToday = new Date(new Date(now).setHours(0, 0, 0, 0)).getTime();
/** Half-way through today so far: "today" whatever the hour the suite runs. */
const earlierToday = (now - startOfToday) / 2 / DAY;

// Every day a working day and a 7-day cadence, so the list does not depend on the weekday.
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const CONTACTS: SeedContact[] = [
  { id: 1, name: 'Ana Ruiz', company: 'Acme', emails: ['ana@acme.example'] },
  {
    id: 2,
    name: 'Ben Ode',
    company: 'Globex',
    linkedinUrls: ['https://www.linkedin.com/in/ben-ode/'],
  },
  { id: 3, name: 'Cleo Park', emails: ['cleo@initech.example'] },
  { id: 4, name: 'Dev Shah', company: 'Umbrella', emails: ['dev@umbrella.example'] },
  { id: 5, name: 'Eve Recent', emails: ['eve@hooli.example'] },
  { id: 6, name: 'Finn Client', emails: ['finn@stark.example'], status: 'client' },
];
const t = (
  contactId: number,
  channel: SeedTouch['channel'],
  daysAgo: number,
  direction: SeedTouch['direction'] = 'out',
): SeedTouch => ({ contactId, channel, direction, daysAgo });
const TOUCHES: SeedTouch[] = [
  t(1, 'email', 12), // 5 days overdue
  t(2, 'linkedin', 16), // 9 days overdue
  t(3, 'call', 7), // due today
  t(4, 'email', 20),
  t(4, 'email', earlierToday, 'in'), // replied today: due today
  t(5, 'email', 2), // not due
  t(5, 'note', 1), // a memo: not a touch on the chart
  ...[0.01, 3, 10, 24, 38, 45, 52, 70].map((d) => t(6, 'email', d)), // a client: never due
];

/** Index of the Monday-started local week of `at`, 7 = this week, 0 = seven weeks ago. */
function chartWeek(at: number): number {
  const today = new Date(startOfToday);
  const monday = new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() - ((today.getDay() + 6) % 7),
  );
  for (let back = 0; back < 8; back++) {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * back);
    if (at >= start.getTime()) return 7 - back;
  }
  return -1;
}
/** Outbound touches per week as the chart should show them (notes and replies left out). */
function expectedWeeks(touches: SeedTouch[]): number[] {
  const weeks = Array<number>(8).fill(0);
  for (const touch of touches) {
    if (touch.direction !== 'out' || touch.channel === 'note') continue;
    const week = chartWeek(Math.round(now - touch.daysAgo * DAY));
    if (week >= 0) weeks[week]! += 1;
  }
  return weeks;
}

/**
 * Waits for a tab the extension opened to show `url`. A tab from `tabs.create`
 * can show Chrome's error page for a moment while the test's router answers
 * its first request; the served page follows.
 */
async function arrivesAt(tab: Page, url: string | RegExp): Promise<void> {
  await tab.waitForURL(url, { waitUntil: 'domcontentloaded' });
  expect(await tab.locator('p').innerText()).toBe('opened');
}

const rowIds = (popup: Page) =>
  popup.$$eval('[data-wiifm="due-item"]', (rows) =>
    rows.map((r) => Number((r as HTMLElement).dataset.contactId)),
  );
const focusedRow = (popup: Page) =>
  popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.contactId ?? null);

describe('the popup', () => {
  let h: ExtensionHarness;
  let popup: Page;

  beforeAll(async () => {
    h = await launchExtension({
      // The pages one click on a contact opens.
      handler: (url) =>
        url.hostname === 'mail.google.com' || url.pathname.startsWith('/in/')
          ? '<!doctype html><title>opened</title><p>opened</p>'
          : undefined,
    });
    await h.swEval(
      (api, workingDays) => api.storage.local.set({ settings: { workingDays } }),
      EVERY_DAY,
    );
    await seed(h, backupFile(CONTACTS, TOUCHES, now));
    await waitFor(() => h.badgeText(), '4');
    popup = await h.extensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.waitForSelector('[data-wiifm="due-item"]');
  });
  afterEach(() => {
    expect(h.offsiteRequests()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists the most overdue first, then the ones due today, with company, last touch and lateness', async () => {
    const rows = await popup.$$eval('[data-wiifm="due-item"]', (els) =>
      els.map((el) => ({
        id: Number((el as HTMLElement).dataset.contactId),
        overdue: Number((el as HTMLElement).dataset.overdueDays),
        name: el.querySelector('.due-name')?.textContent,
        when: el.querySelector('[data-wiifm="due-when"]')?.textContent,
        last: el.querySelector('.due-last')?.textContent,
      })),
    );
    expect(rows).toEqual([
      {
        id: 2,
        overdue: 9,
        name: 'Ben Ode · Globex',
        when: '9 days overdue',
        last: 'Last touch: LinkedIn, 16 days ago',
      },
      {
        id: 1,
        overdue: 5,
        name: 'Ana Ruiz · Acme',
        when: '5 days overdue',
        last: 'Last touch: email, 12 days ago',
      },
      {
        id: 3,
        overdue: 0,
        name: 'Cleo Park',
        when: 'due today',
        last: 'Last touch: call, 7 days ago',
      },
      {
        id: 4,
        overdue: 0,
        name: 'Dev Shah · Umbrella',
        when: 'due today',
        last: 'They replied (email) today',
      },
    ]);
    // The overdue ones sit under their own heading, before "Due today".
    expect(await popup.locator('#due-overdue').innerText()).toContain('2');
    expect(await popup.locator('#due-today').innerText()).toContain('2');
  });

  it('charts the last 8 weeks of outbound touches, one bar a week', async () => {
    const want = expectedWeeks(TOUCHES);
    const bars = await popup.$$eval('[data-wiifm="chart-bar"]', (els) =>
      els.map((el) => Number(el.getAttribute('data-count'))),
    );
    expect(bars).toEqual(want);
    const total = want.reduce((a, b) => a + b, 0);
    // On time: Finn's follow-ups due 45, 38 and 3 days ago came on their day;
    // late: Finn's due 31 and 17 days ago, and the open ones of Ana, Ben and
    // Dev (whose reply came after his was already late). 3 of 8.
    expect(await popup.locator('[data-wiifm="chart-summary"]').innerText()).toBe(
      `${total} touches in the last 8 weeks, ${want[7]} this week. 38% of follow-ups done on time.`,
    );
  });

  it('moves between rows with the arrow keys and opens the focused contact with Enter', async () => {
    await popup.locator('[data-wiifm="due-item"]').first().focus();
    expect(await focusedRow(popup)).toBe('2');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedRow(popup)).toBe('1');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowUp');
    expect(await focusedRow(popup)).toBe('1');

    const [opened] = await Promise.all([h.ctx.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await arrivesAt(opened, 'https://mail.google.com/mail/?view=cm&fs=1&to=ana%40acme.example');
    await opened.close();
  });

  it("opens a Gmail compose to the contact's address, or their LinkedIn profile", async () => {
    const row = (id: number) => popup.locator(`[data-wiifm="due-item"][data-contact-id="${id}"]`);
    const [compose] = await Promise.all([
      h.ctx.waitForEvent('page'),
      row(3).locator('[data-wiifm="open"]').click(),
    ]);
    await arrivesAt(
      compose,
      /^https:\/\/mail\.google\.com\/mail\/\?view=cm.*to=cleo%40initech\.example/,
    );
    await compose.close();

    const [profile] = await Promise.all([
      h.ctx.waitForEvent('page'),
      row(2).locator('[data-wiifm="open"]').click(),
    ]);
    await arrivesAt(profile, 'https://www.linkedin.com/in/ben-ode/');
    await profile.close();
  });

  it('Done logs the touch: the row leaves, the badge and this week’s bar follow', async () => {
    const thisWeek = () =>
      popup.locator('[data-wiifm="chart-bar"]').last().getAttribute('data-count');
    const before = Number(await thisWeek());
    const ana = popup.locator('[data-wiifm="due-item"][data-contact-id="1"]');
    // By keyboard: Done opens the channel choice with the first one focused.
    await ana.locator('[data-wiifm="done"]').focus();
    await popup.keyboard.press('Enter');
    // Only real touches are offered: each one answers the follow-up.
    expect(
      await ana
        .locator('[data-wiifm="done-channel"]')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.channel)),
    ).toEqual(['email', 'call', 'voicemail', 'linkedin']);
    expect(
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.channel),
    ).toBe('email');
    await popup.keyboard.press('Tab');
    expect(
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.channel),
    ).toBe('call');
    await popup.keyboard.press('Enter');

    await waitFor(() => rowIds(popup), [2, 3, 4]);
    expect(await rowIds(popup)).toEqual([2, 3, 4]);
    // Focus moves to the row that took Ana's place, not back to the top of the page.
    expect(await waitFor(() => focusedRow(popup), '3')).toBe('3');
    expect(await popup.locator('[data-wiifm="popup-status"]').innerText()).toBe(
      'Logged: call with Ana Ruiz.',
    );
    expect(await waitFor(() => h.badgeText(), '3')).toBe('3');
    expect(Number(await waitFor(thisWeek, String(before + 1)))).toBe(before + 1);

    const { touches } = await readLog(h);
    const logged = touches.filter(
      (touch) => touch.contactId === 1 && (touch.at as number) > now - 60_000,
    );
    expect(logged).toEqual([
      expect.objectContaining({ channel: 'call', direction: 'out', source: 'manual' }),
    ]);
  });

  it('Snooze takes the contact off today’s list until the chosen day', async () => {
    const ben = popup.locator('[data-wiifm="due-item"][data-contact-id="2"]');
    await ben.locator('[data-wiifm="snooze"]').click();
    await ben.locator('[data-wiifm="snooze-option"][data-days="7"]').click();
    await waitFor(() => rowIds(popup), [3, 4]);
    expect(await rowIds(popup)).toEqual([3, 4]);
    expect(await waitFor(() => h.badgeText(), '2')).toBe('2');

    const { contacts } = await readLog(h);
    const today = new Date(startOfToday);
    const weekOn = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 7).getTime();
    expect(contacts.find((c) => c.id === 2)).toMatchObject({
      status: 'paused',
      pausedUntil: weekOn,
    });
  });

  it('No asks for their reason and stores it with the contact', async () => {
    const cleo = popup.locator('[data-wiifm="due-item"][data-contact-id="3"]');
    await cleo.locator('[data-wiifm="no"]').click();
    await cleo.locator('[data-wiifm="no-confirm"]').click();
    const error = cleo.locator('[data-wiifm="field-error"]');
    expect(await error.innerText()).toMatch(/reason/);
    const reason = cleo.locator('[data-wiifm="no-reason"]');
    expect(await reason.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await rowIds(popup)).toEqual([3, 4]); // nothing saved without a reason

    // Escape backs out, and focus returns to the button that opened the form.
    await reason.press('Escape');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-wiifm'))).toBe(
      'no',
    );
    expect(await reason.count()).toBe(0);
    await popup.keyboard.press('Enter');

    await reason.fill('Signed with a competitor');
    await popup.keyboard.press('Enter');
    await waitFor(() => rowIds(popup), [4]);
    expect(await rowIds(popup)).toEqual([4]);

    const { contacts } = await readLog(h);
    expect(contacts.find((c) => c.id === 3)).toMatchObject({
      status: 'no',
      noReason: 'Signed with a competitor',
    });
  });

  it('says what to do when nothing is due, and the badge goes blank', async () => {
    const dev = popup.locator('[data-wiifm="due-item"][data-contact-id="4"]');
    await dev.locator('[data-wiifm="done"]').click();
    await dev.locator('[data-wiifm="done-channel"][data-channel="voicemail"]').click();
    const empty = popup.locator('[data-wiifm="empty"]');
    await empty.waitFor();
    expect(await empty.innerText()).toContain('No follow-ups due today.');
    expect(await empty.innerText()).toContain('Write to a prospect from Gmail or LinkedIn');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-wiifm'))).toBe(
      'empty',
    );
    expect(await waitFor(() => h.badgeText(), '')).toBe('');
    expect(await popup.evaluate(() => chrome.action.getTitle({}))).toBe('No follow-ups due today');
  });
});

describe("the popup's backup reminder", () => {
  let h: ExtensionHarness;

  /** Local noon `days` calendar days ago: that many days in the rep's zone, whatever the hour now. */
  const noonDaysAgo = (days: number) => {
    const d = new Date();
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() - days, 12).getTime();
  };
  const setLastBackup = (at: number) =>
    h.swEval((api, value) => api.storage.local.set({ lastBackupAt: value }), at);
  const lastBackupStored = () =>
    h.swEval((api) =>
      api.storage.local.get('lastBackupAt').then((r) => (r.lastBackupAt ?? null) as number | null),
    );
  /** A fresh popup, once it knows the last backup and whether the log holds data. */
  async function openPopup(): Promise<Page> {
    const page = await h.extensionPage('popup.html');
    await page.waitForSelector('[data-wiifm="popup"][data-backup-checked="true"]');
    return page;
  }
  const reminder = (page: Page) => page.locator('[data-wiifm="backup-reminder"]');

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterEach(() => {
    expect(h.offsiteRequests()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stays away while the log is empty', async () => {
    const page = await openPopup();
    expect(await reminder(page).count()).toBe(0);
    await page.close();
  });

  it('asks a rep with a log and no backup to export', async () => {
    await seed(h, backupFile(CONTACTS, TOUCHES, now));
    const page = await openPopup();
    await reminder(page).waitFor();
    expect(await reminder(page).innerText()).toBe('Your log has never been backed up — Export now');
    await page.close();
  });

  it('says how old a stale backup is; Export now downloads a valid backup and the reminder goes', async () => {
    await setLastBackup(noonDaysAgo(41));
    const page = await openPopup();
    await reminder(page).waitFor();
    expect(await reminder(page).innerText()).toBe(
      'Your log was last backed up 41 days ago — Export now',
    );

    const before = Date.now();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-wiifm="backup-export"]'),
    ]);
    expect(file.suggestedFilename()).toMatch(/^wiifm-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      format: string;
      version: number;
      contacts: { name: string }[];
      touches: unknown[];
    };
    expect(backup).toMatchObject({ format: 'wiifm-backup', version: 2 });
    expect(backup.contacts.map((c) => c.name).sort()).toEqual(CONTACTS.map((c) => c.name).sort());
    expect(backup.touches).toHaveLength(TOUCHES.length);
    // Exactly what the database holds.
    const log = await readLog(h);
    expect(backup.contacts).toHaveLength(log.contacts.length);

    await reminder(page).waitFor({ state: 'detached' });
    expect(await page.locator('[data-wiifm="popup-status"]').innerText()).toBe(
      'Backup saved: check your downloads.',
    );
    expect(await lastBackupStored()).toBeGreaterThanOrEqual(before);
    await page.close();

    const later = await openPopup();
    expect(await reminder(later).count()).toBe(0);
    await later.close();
  });

  it('stays away for a backup 30 days old, and comes back at 31', async () => {
    await setLastBackup(noonDaysAgo(30));
    const page = await openPopup();
    expect(await reminder(page).count()).toBe(0);
    await page.close();

    await setLastBackup(noonDaysAgo(31));
    const stale = await openPopup();
    await reminder(stale).waitFor();
    expect(await reminder(stale).innerText()).toBe(
      'Your log was last backed up 31 days ago — Export now',
    );
    await stale.close();
  });
});
