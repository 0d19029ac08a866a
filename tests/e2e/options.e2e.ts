import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '@/lib/settings';
import { launchExtension, type ExtensionApi, type ExtensionHarness } from './harness';
import {
  backupFile,
  readLog,
  seed,
  sidebarFrame,
  waitFor,
  type SeedContact,
  type SeedTouch,
} from './helpers';

/**
 * The options page in the production build: a saved threshold reaches an
 * open sidebar at once, bad input is refused beside its field, backups
 * survive a trip to a fresh browser profile, a broken file changes nothing,
 * and "Delete all my data" asks first.
 */

/** Inside extension pages (`page.evaluate`), `chrome` is the extension API. */
declare const chrome: ExtensionApi;

const GMAIL = 'https://mail.google.com/mail/u/0/';
const COMPOSE_FIXTURE = readFileSync(
  new URL('../fixtures/gmail-compose-2026-03.html', import.meta.url),
  'utf8',
);

/** 102 words, no sentence over 30: passes "Short" at the default 125-word limit. */
const GOOD_DRAFT = [
  'Hi Dana,',
  'Acme is hiring three AP clerks, so month-end close must be hurting. Teams like yours cut it from six days to two with Ledgerly.',
  'Northwind had the same problem last spring. Their controller was chasing invoices until midnight every month. After six weeks, their close took two days and nobody stayed late. The team now spends that time on forecasts their CFO asks for.',
  'You would keep your current ERP and bank feeds. Setup takes one afternoon with your AP lead.',
  'Would a 15-minute call on Thursday at 10 work to see if Acme could get the same result?',
  'Riley',
];

/** The compose fixture with the good draft as its body (the signature stays). */
function composeWithGoodDraft(): string {
  const body = GOOD_DRAFT.map((p) => `<div>${p}</div><div><br></div>`).join('');
  const start = COMPOSE_FIXTURE.indexOf('style="direction: ltr">');
  const end = COMPOSE_FIXTURE.indexOf('<span class="gmail_signature_prefix">');
  if (start < 0 || end < start) throw new Error('the compose fixture changed: no body to replace');
  const open = start + 'style="direction: ltr">'.length;
  return COMPOSE_FIXTURE.slice(0, open) + body + COMPOSE_FIXTURE.slice(end);
}

type Contact = SeedContact & { noReason?: string; pausedUntil?: number; notes?: string };
const now = Date.now();
const CONTACTS: Contact[] = [
  {
    id: 1,
    name: 'Ana Ruiz',
    company: 'Acme',
    title: 'Controller',
    emails: ['ana@acme.example', 'ana.ruiz@acme.example'],
    notes: 'Met at the March roundtable',
  },
  {
    id: 2,
    name: 'Ben Ode',
    linkedinUrls: ['https://www.linkedin.com/in/ben-ode/'],
    cadenceDays: 14,
  },
  {
    id: 3,
    name: 'Cleo Park',
    emails: ['cleo@initech.example'],
    status: 'no',
    noReason: 'Budget frozen',
  },
  {
    id: 4,
    name: 'Dev Shah',
    emails: ['dev@umbrella.example'],
    status: 'paused',
    pausedUntil: now + 3 * 86_400_000,
  },
];
const TOUCHES: SeedTouch[] = [
  { contactId: 1, channel: 'email', direction: 'out', daysAgo: 12, summary: 'Close in two days' },
  { contactId: 1, channel: 'email', direction: 'in', daysAgo: 11 },
  { contactId: 2, channel: 'linkedin', direction: 'out', daysAgo: 20 },
  { contactId: 3, channel: 'call', direction: 'out', daysAgo: 30 },
  {
    contactId: 4,
    channel: 'note',
    direction: 'out',
    daysAgo: 2,
    summary: 'Back from leave in May',
  },
];

/** The settings as stored (what every sidebar and the background read). */
const settingsStored = (h: ExtensionHarness) =>
  h.swEval((api) =>
    api.storage.local.get('settings').then((r) => (r.settings ?? null) as Settings | null),
  );

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "3 Nov 2026" for a time, in this machine's zone (the browser's too). */
const dayLabel = (at: number) => {
  const d = new Date(at);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
};

/** When the last JSON backup was made, as stored (null before the first). */
const lastBackupStored = (h: ExtensionHarness) =>
  h.swEval((api) =>
    api.storage.local.get('lastBackupAt').then((r) => (r.lastBackupAt ?? null) as number | null),
  );

/** Imports files through an open options page and returns what it says. */
async function importFiles(
  page: Page,
  files: { name: string; text: string }[],
): Promise<{ ok: boolean; text: string }> {
  const message = '[data-wiifm="import-result"], [data-wiifm="import-error"]';
  // The last import's message stays until the next one starts: mark it, so the
  // wait below is for this import's answer.
  await page.$$eval(message, (els) => els.forEach((el) => el.setAttribute('data-stale', '')));
  await page.setInputFiles(
    '[data-wiifm="import-input"]',
    files.map((f) => ({
      name: f.name,
      mimeType: f.name.endsWith('.json') ? 'application/json' : 'text/csv',
      buffer: Buffer.from(f.text),
    })),
  );
  const done = await page.waitForSelector(
    ':is([data-wiifm="import-result"], [data-wiifm="import-error"]):not([data-stale])',
    { timeout: 20_000 },
  );
  return {
    ok: (await done.getAttribute('data-wiifm')) === 'import-result',
    text: await done.innerText(),
  };
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, hook: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-wiifm="${hook}"]`),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('the options page', () => {
  let h: ExtensionHarness;
  let options: Page;
  const others: ExtensionHarness[] = [];

  beforeAll(async () => {
    h = await launchExtension();
    await seed(h, backupFile(CONTACTS, TOUCHES, now));
    options = await h.extensionPage('options.html');
    await options.waitForSelector('[name="rules.emailWarnWords"]');
  });
  afterEach(() => {
    for (const x of [h, ...others]) {
      expect(x.offsiteRequests()).toEqual([]);
      expect(x.pageErrors).toEqual([]);
    }
  });
  afterAll(async () => {
    await Promise.all([h, ...others].map((x) => x?.close()));
  });

  it("a lower word limit turns an open sidebar's length check to a warning, without a reload", async () => {
    const gmail = await h.openPage(GMAIL, composeWithGoodDraft());
    const sidebar = await sidebarFrame(gmail);
    const length = sidebar.locator('[data-check="length"]');
    await length.waitFor();
    expect(await length.getAttribute('data-status')).toBe('pass');
    // Marks this load of the sidebar, to tell a live update from a reload.
    await sidebar.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true));

    await options.fill('[name="rules.emailWarnWords"]', '50');
    await options.click('[data-wiifm="save"]');
    await options.waitForSelector('[data-wiifm="settings-status"]:has-text("Saved")');

    await sidebar.waitForSelector('[data-check="length"][data-status="warn"]');
    expect(await length.innerText()).toMatch(/50/);
    expect(
      await sidebar.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad),
    ).toBe(true);
    expect((await settingsStored(h))?.rules.emailWarnWords).toBe(50);
    await gmail.close();
  });

  it('refuses a follow-up cadence of 0 days beside the field and saves nothing', async () => {
    const before = await settingsStored(h);
    await options.fill('[name="defaultCadenceDays"]', '0');
    const error = options.locator('[data-wiifm="field-error"][data-field="defaultCadenceDays"]');
    expect(await error.innerText()).toBe('At least 1 day.');
    expect(await options.getAttribute('[name="defaultCadenceDays"]', 'aria-describedby')).toBe(
      await error.getAttribute('id'),
    );

    await options.click('[data-wiifm="save"]');
    expect(await options.locator('[data-wiifm="settings-status"]').innerText()).toBe(
      'Nothing saved: fix the fields marked in red.',
    );
    expect(await options.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'defaultCadenceDays',
    );
    expect(await settingsStored(h)).toEqual(before);

    // Put it right again for the tests that follow.
    await options.fill('[name="defaultCadenceDays"]', '7');
    expect(await error.count()).toBe(0);
  });

  it('saves own names, never-log domains, working days and switched-off checks, and shows them again', async () => {
    await options.fill('[name="rules.ownNames"]', 'Ledgerly\nLedgerly Close');
    await options.fill('[name="neverLogDomains"]', '@Ledgerly.example\nfamily.example');
    await options.check('[name="workingDays"][value="6"]');
    await options.uncheck('[name="workingDays"][value="1"]');
    await options.check('[name="rules.disabledRules"][value="proof"]');
    await options.click('[data-wiifm="save"]');
    await options.waitForSelector('[data-wiifm="settings-status"]:has-text("Saved")');

    const stored = (await settingsStored(h))!;
    expect(stored.rules.ownNames).toEqual(['Ledgerly', 'Ledgerly Close']);
    expect(stored.rules.disabledRules).toEqual(['proof']);
    expect(stored.neverLogDomains).toEqual(['ledgerly.example', 'family.example']);
    expect(stored.workingDays).toEqual([2, 3, 4, 5, 6]);

    const again = await h.extensionPage('options.html');
    await again.waitForSelector('[name="rules.ownNames"]');
    expect(await again.inputValue('[name="rules.ownNames"]')).toBe('Ledgerly\nLedgerly Close');
    expect(await again.inputValue('[name="neverLogDomains"]')).toBe(
      'ledgerly.example\nfamily.example',
    );
    expect(await again.isChecked('[name="workingDays"][value="1"]')).toBe(false);
    expect(await again.isChecked('[name="workingDays"][value="6"]')).toBe(true);
    expect(await again.isChecked('[name="rules.disabledRules"][value="proof"]')).toBe(true);
    await again.close();
  });

  it('says "No backup yet" until a JSON export, then the day of it (a CSV export is not a backup)', async () => {
    const last = options.locator('[data-wiifm="last-backup"]');
    await options.waitForSelector('[data-wiifm="last-backup"]:has-text("backup")');
    expect(await last.innerText()).toBe('No backup yet');

    await download(options, 'export-csv-contacts');
    expect(await last.innerText()).toBe('No backup yet');
    expect(await lastBackupStored(h)).toBeNull();

    const before = Date.now();
    const backup = await download(options, 'export-json');
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'wiifm-backup' });
    const stored = await waitFor(async () => ((await lastBackupStored(h)) ?? 0) >= before, true);
    expect(stored).toBe(true);
    const at = (await lastBackupStored(h))!;
    expect(at).toBeLessThanOrEqual(Date.now());
    await options.waitForSelector('[data-wiifm="last-backup"]:has-text("Last backup:")');
    expect(await last.innerText()).toBe(`Last backup: ${dayLabel(at)}`);

    // Stored, not just on screen: a page opened later says the same.
    const again = await h.extensionPage('options.html');
    await again.waitForSelector('[data-wiifm="last-backup"]:has-text("Last backup:")');
    expect(await again.locator('[data-wiifm="last-backup"]').innerText()).toBe(
      `Last backup: ${dayLabel(at)}`,
    );
    await again.close();
  });

  it('refuses a backup over the size limit before reading it, saying the limit, and changes nothing', async () => {
    const before = await readLog(h);
    // A valid backup padded with spaces to just under 120 MB: only its size can refuse it.
    // Playwright hands a page at most 50 MB from memory, so it goes through a file.
    const json = backupFile(
      [{ id: 90, name: 'Padded Prospect', emails: ['pad@pad.example'] }],
      [],
      now,
    );
    const path = join(mkdtempSync(join(tmpdir(), 'wiifm-e2e-')), 'padded.json');
    writeFileSync(path, json.replace(/\}$/, `${' '.repeat(119_990_000 - json.length)}}`));
    await options.$$eval('[data-wiifm="import-error"]', (els) =>
      els.forEach((el) => el.setAttribute('data-stale', '')),
    );
    await options.setInputFiles('[data-wiifm="import-input"]', path);
    const error = await options.waitForSelector('[data-wiifm="import-error"]:not([data-stale])');
    expect(await error.innerText()).toBe(
      'Import stopped: padded.json is 120 MB; an import takes files up to 100 MB. Nothing was changed.',
    );
    rmSync(path);
    expect(await readLog(h)).toEqual(before);
  });

  it('a CSV with an impossible date names its row and field, and changes nothing', async () => {
    const before = await readLog(h);
    const touches =
      'contactId,channel,direction,at\n1,email,out,2026-03-02T09:00:00Z\n1,call,out,2026-02-30T09:00:00Z\n';
    const result = await importFiles(options, [{ name: 'touches.csv', text: touches }]);
    expect(result).toEqual({
      ok: false,
      text: 'Import stopped: touches row 3, field "at": "2026-02-30T09:00:00Z" is not a real date (2026-02 has 28 days). Nothing was changed.',
    });
    expect(await readLog(h)).toEqual(before);
  });

  it('a JSON export imported into a fresh profile gives back the same contacts and touches', async () => {
    const backup = await download(options, 'export-json');
    expect(backup.name).toMatch(/^wiifm-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const original = await readLog(h);
    expect(original.contacts).toHaveLength(CONTACTS.length);
    expect(original.touches).toHaveLength(TOUCHES.length);

    const fresh = await launchExtension();
    others.push(fresh);
    await seed(fresh, backup.text);
    expect(await readLog(fresh)).toEqual(original);

    // The same file again adds nothing.
    const page = await fresh.extensionPage('options.html');
    expect(await importFiles(page, [backup])).toEqual({
      ok: true,
      text: 'Nothing new: everything in the file was already here.',
    });
    expect(await readLog(fresh)).toEqual(original);
  });

  it('the contacts and touches CSV exports, imported together into a fresh profile, give back the same log', async () => {
    const contacts = await download(options, 'export-csv-contacts');
    const touches = await download(options, 'export-csv-touches');
    const fresh = await launchExtension();
    others.push(fresh);
    const page = await fresh.extensionPage('options.html');
    // Touches first: the page tells the files apart by their header, not their order.
    const result = await importFiles(page, [touches, contacts]);
    expect(result).toEqual({ ok: true, text: 'Imported 4 contacts and 5 touches.' });
    expect(await readLog(fresh)).toEqual(await readLog(h));
  });

  it('a broken import names the row and field and changes nothing', async () => {
    const before = await readLog(h);
    const broken = JSON.stringify({
      format: 'wiifm-backup',
      version: 1,
      contacts: [
        { id: 10, name: 'Gus Good', emails: ['gus@wayne.example'] },
        { id: 11, name: 'Hal Bad', emails: ['not-an-address'] },
      ],
      touches: [{ contactId: 10, channel: 'email', direction: 'out', at: now - 86_400_000 }],
    });
    const result = await importFiles(options, [{ name: 'broken.json', text: broken }]);
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(/contacts row 2/);
    expect(result.text).toMatch(/"emails"/);
    expect(result.text).toMatch(/Nothing was changed\.$/);
    expect(await readLog(h)).toEqual(before);
  });

  it('shows progress while a large import runs', async () => {
    await options.evaluate(() => {
      const w = window as unknown as { progressSeen: string[] };
      w.progressSeen = [];
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('[data-wiifm="import-progress"]');
        if (bar) w.progressSeen.push(`${bar.value}/${bar.max}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const many: SeedTouch[] = Array.from({ length: 5_000 }, (_, i) => ({
      contactId: 20 + (i % 50),
      channel: 'email',
      direction: 'out',
      daysAgo: 40 + i / 1000,
    }));
    const contacts: SeedContact[] = Array.from({ length: 50 }, (_, i) => ({
      id: 20 + i,
      name: `Bulk Prospect ${i}`,
      emails: [`bulk${i}@bulk.example`],
      status: 'client',
    }));
    // Ids past the seeded ones, so the two logs do not collide.
    const file = JSON.parse(backupFile(contacts, many, now)) as {
      touches: { id: number }[];
    };
    for (const touch of file.touches) touch.id += 100;
    const result = await importFiles(options, [{ name: 'bulk.json', text: JSON.stringify(file) }]);
    expect(result).toEqual({ ok: true, text: 'Imported 50 contacts and 5000 touches.' });
    const seen = await options.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    // Some step between "nothing written" and "all written" was shown.
    expect(
      seen.some((s) => {
        const [done, max] = s.split('/').map(Number);
        return done! > 0 && done! < max! && max! >= 5_050;
      }),
    ).toBe(true);
  });

  it('"Delete all my data" needs DELETE typed, then empties the log and resets the settings', async () => {
    // An unsaved edit in the form must not outlive the reset.
    await options.fill('[name="rules.emailWarnWords"]', '60');
    const deleteAll = options.locator('[data-wiifm="delete-all"]');
    expect(await deleteAll.isDisabled()).toBe(true);
    await options.fill('[data-wiifm="delete-confirm"]', 'delete');
    expect(await deleteAll.isDisabled()).toBe(true);
    expect((await readLog(h)).contacts.length).toBeGreaterThan(0);

    await options.fill('[data-wiifm="delete-confirm"]', 'DELETE');
    await deleteAll.click();
    await options.waitForSelector('[data-wiifm="data-status"]:has-text("Deleted")');
    expect(await readLog(h)).toEqual({ contacts: [], touches: [] });
    expect(await waitFor(() => h.badgeText(), '')).toBe('');
    expect(await options.inputValue('[name="rules.emailWarnWords"]')).toBe('125');
    expect(await options.evaluate(() => chrome.action.getTitle({}))).toBe(
      'No follow-ups due today',
    );
  });
});
