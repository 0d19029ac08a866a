import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf } from '@/lib/fingerprint/fingerprint';
import { launchExtension, type ExtensionApi, type ExtensionHarness } from './harness';
import { DAY, readLog, seed, sidebarFrame, waitFor } from './helpers';

/**
 * Issue 15 in the production build: "what works for you" on the options
 * page from a log seeded through the backup import, with counts worked out
 * by hand; and the follow-up memory beside a Gmail compose, from a
 * fingerprint the background computed of a send.
 */

/** Inside extension pages (`page.evaluate`), `chrome` is the extension API. */
declare const chrome: ExtensionApi;

const now = Date.now();
const GMAIL = 'https://mail.google.com/mail/u/0/';
const COMPOSE_FIXTURE = readFileSync(
  new URL('../fixtures/gmail-compose-2026-03.html', import.meta.url),
  'utf8',
);
const DANA = 'dana.buyer@acme.example';

/** The compose fixture (to Dana Buyer) with `paragraphs` as its body; the signature stays. */
function composeWith(paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<div>${p}</div><div><br></div>`).join('');
  const start = COMPOSE_FIXTURE.indexOf('style="direction: ltr">');
  const end = COMPOSE_FIXTURE.indexOf('<span class="gmail_signature_prefix">');
  if (start < 0 || end < start) throw new Error('the compose fixture changed: no body to replace');
  const open = start + 'style="direction: ltr">'.length;
  return COMPOSE_FIXTURE.slice(0, open) + body + COMPOSE_FIXTURE.slice(end);
}

interface BackupTouch {
  contactId: number;
  channel: string;
  direction: 'out' | 'in';
  at: number;
  score?: number;
  ruleStatuses?: string;
  fingerprint?: string;
  summary?: string;
}

/** A version-2 backup (the kind that carries statuses and fingerprints). */
function backup(
  contacts: { id: number; name: string; emails: string[] }[],
  touches: BackupTouch[],
): string {
  return JSON.stringify({
    format: 'wiifm-backup',
    version: 2,
    exportedAt: new Date(now).toISOString(),
    contacts: contacts.map((c) => ({ linkedinUrls: [], status: 'active', ...c })),
    touches: touches.map((t) => ({ source: 'auto', ...t })),
  });
}

function checkNothingLeaks(h: ExtensionHarness) {
  expect(h.offsiteRequests()).toEqual([]);
  expect(h.pageErrors).toEqual([]);
}

describe('what works for you', () => {
  /**
   * 40 scored emails to 40 contacts, sent 35 days ago; replies 3 days later.
   * By hand: 1–12 scored 92 and passed purpose, 6 replied; 13–24 scored 72
   * and passed purpose, 3 replied; 25–40 scored 45 and failed purpose, 1
   * replied. So 85–100: 6 of 12, 60–84: 3 of 12, 0–59: 1 of 16; purpose
   * passed 9 of 24, failed 1 of 16. A 41st email, sent 2 days ago, waits.
   */
  const contacts = Array.from({ length: 41 }, (_, i) => ({
    id: i + 1,
    name: `Prospect ${i + 1}`,
    emails: [`p${i + 1}@example.com`],
  }));
  const sentAt = now - 35 * DAY;
  const send = (id: number): BackupTouch => {
    const [score, purpose] = id <= 12 ? [92, 'p'] : id <= 24 ? [72, 'p'] : [45, 'f'];
    return {
      contactId: id,
      channel: 'email',
      direction: 'out',
      at: sentAt,
      score,
      ruleStatuses: `purpose:${purpose} benefit:p length:p ask:p`,
    };
  };
  const reply = (id: number): BackupTouch => ({
    contactId: id,
    channel: 'email',
    direction: 'in',
    at: sentAt + 3 * DAY,
  });
  const replied = [1, 2, 3, 4, 5, 6, 13, 14, 15, 25];
  const ids = (from: number, to: number) =>
    contacts.map((c) => c.id).filter((i) => i >= from && i <= to);
  const firstTwelve = [...ids(1, 12).map(send), ...replied.filter((i) => i <= 12).map(reply)];
  const everything = [
    ...ids(1, 40).map(send),
    ...replied.map(reply),
    { ...send(41), at: now - 2 * DAY },
  ];

  let h: ExtensionHarness;
  let options: Page;
  beforeAll(async () => {
    h = await launchExtension();
    await seed(h, backup(contacts, firstTwelve));
    options = await h.extensionPage('options.html');
  });
  afterEach(() => checkNothingLeaks(h));
  afterAll(async () => {
    await h?.close();
  });

  const view = () => options.locator('[data-wiifm="reply-rates"]');

  it('below 30 sends says how many more are needed, and shows no rates', async () => {
    await options.waitForSelector('[data-wiifm="reply-rates"][data-enough="false"]');
    expect(await view().getAttribute('data-sent')).toBe('12');
    expect(await view().locator('[data-wiifm="reply-advice"]').innerText()).toContain(
      '18 more scored emails to go',
    );
    expect(await view().locator('[data-band]').count()).toBe(0);
  });

  it('from 30 sends shows each band’s sends and replies, the rates with their intervals, and what to fix first', async () => {
    await seed(h, backup(contacts, everything));
    await options.waitForSelector('[data-wiifm="reply-rates"][data-enough="true"]');
    expect(await view().getAttribute('data-sent')).toBe('40');
    expect(await view().getAttribute('data-waiting')).toBe('1');
    const bands = await view()
      .locator('[data-band]')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('data-band'),
          el.getAttribute('data-sent'),
          el.getAttribute('data-replied'),
          (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        ]),
      );
    // Wilson 95 %: 6 of 12 → 25–75 %, 3 of 12 → 9–53 %, 1 of 16 → 1–28 %.
    expect(bands).toEqual([
      ['85-100', '12', '6', expect.stringContaining('6 of 12 replied · 50 % (25–75 %)')],
      ['60-84', '12', '3', expect.stringContaining('3 of 12 replied · 25 % (9–53 %)')],
      ['0-59', '16', '1', expect.stringContaining('1 of 16 replied · 6 % (1–28 %)')],
    ]);
    expect(await view().locator('[data-band] svg rect').count()).toBe(6);
    const purpose = view().locator('tr[data-rule="purpose"]');
    expect(await purpose.locator('[data-side="pass"]').innerText()).toContain('9 of 24 replied');
    expect(await purpose.locator('[data-side="fail"]').innerText()).toContain('1 of 16 replied');
    // Newcombe's lower bound for 9/24 − 1/16 is 0.038 > 0.
    expect(await view().locator('[data-wiifm="reply-advice"]').innerText()).toBe(
      'Fix purpose first: emails that passed purpose got a reply 38 % of the time (9 of 24), those that did not 6 % (1 of 16).',
    );
  });
});

describe('follow-up memory in compose', () => {
  const FIRST = [
    'Hi Dana,',
    'Acme is hiring three AP clerks, so month-end close must be hurting. Teams like yours cut it from six days to two with Ledgerly.',
    'Worth a 15-minute call on Thursday?',
  ];
  const REWRITTEN = [
    'Hi Dana,',
    'One thing I left out last time: Fabrikam started matching invoices daily and now closes in two days. I wrote up what they changed on a single page.',
    'Shall I send it over, or is month-end close no longer the bottleneck?',
  ];
  const firstSentAt = now - 26 * DAY;

  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await launchExtension();
    // The first email was logged with its fingerprint, as the background logs a send; a call followed.
    await seed(
      h,
      backup(
        [{ id: 1, name: 'Dana Buyer', emails: [DANA] }],
        [
          {
            contactId: 1,
            channel: 'email',
            direction: 'out',
            at: firstSentAt,
            summary: 'Month-end close',
            fingerprint: fingerprintOf(FIRST.join('\n\n'))!,
          },
          { contactId: 1, channel: 'call', direction: 'out', at: now - 19 * DAY },
        ],
      ),
    );
  });
  afterEach(() => checkNothingLeaks(h));
  afterAll(async () => {
    await h?.close();
  });

  /** The recipient row for Dana in the sidebar of a compose showing `paragraphs`. */
  async function danaRow(paragraphs: string[]): Promise<{ page: Page; sidebar: Frame }> {
    const page = await h.openPage(GMAIL, composeWith(paragraphs));
    const sidebar = await sidebarFrame(page);
    await sidebar.waitForSelector(
      `[data-wiifm="recipient"][data-email="${DANA}"][data-known="true"] [data-wiifm="follow-up-count"]`,
    );
    return { page, sidebar };
  }
  const day = (at: number) =>
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(at);
  const yearOf = (at: number) => new Date(at).getFullYear();

  it('warns that a draft repeats the last email, and counts which follow-up it is', async () => {
    const { page, sidebar } = await danaRow(FIRST);
    const row = sidebar.locator(`[data-wiifm="recipient"][data-email="${DANA}"]`);
    const warning = row.locator('[data-wiifm="repeat-warning"]');
    await warning.waitFor();
    const when =
      yearOf(firstSentAt) === yearOf(now)
        ? day(firstSentAt)
        : `${day(firstSentAt)} ${yearOf(firstSentAt)}`;
    expect(await warning.innerText()).toBe(
      `This repeats your ${when} email: add one new thing: a result, a resource, a question.`,
    );
    const count = row.locator('[data-wiifm="follow-up-count"]');
    expect(await count.getAttribute('data-follow-up')).toBe('2');
    expect(await count.innerText()).toBe('2nd follow-up, no reply yet');
    await page.close();
  });

  it('stays quiet for a re-written follow-up', async () => {
    const { page, sidebar } = await danaRow(REWRITTEN);
    const row = sidebar.locator(`[data-wiifm="recipient"][data-email="${DANA}"]`);
    expect(await row.locator('[data-wiifm="follow-up-count"]').innerText()).toBe(
      '2nd follow-up, no reply yet',
    );
    expect(await row.locator('[data-wiifm="repeat-warning"]').count()).toBe(0);
    await page.close();
  });

  it('fingerprints a send in the background, keeps no text, and compares the next draft with it', async () => {
    const text = REWRITTEN.join('\n\n');
    const page = await h.extensionPage('options.html');
    const reply = await page.evaluate((msg) => chrome.runtime.sendMessage(msg), {
      type: 'touch.emailSent',
      recipients: [`Dana Buyer <${DANA}>`],
      subject: 'Fabrikam in two days',
      text,
      externalId: 'e2e-send-1',
    });
    expect(reply).toMatchObject({ ok: true, touchIds: [expect.any(Number)] });
    await page.close();
    const sent = await waitFor(
      async () =>
        (await readLog(h)).touches.filter((t) => t.externalId === `e2e-send-1:${DANA}`).length,
      1,
    );
    expect(sent).toBe(1);
    const touch = (await readLog(h)).touches.find((t) => t.externalId === `e2e-send-1:${DANA}`)!;
    // The same fingerprint as computed here from the text; the statuses are the rules' ids.
    expect(touch.fingerprint).toBe(fingerprintOf(text));
    expect(touch.ruleStatuses).toMatch(/^purpose:[pwfi] benefit:[pwfi]/);
    expect(JSON.stringify(touch)).not.toContain('Fabrikam started');

    // The re-written email is now the last one: the first no longer repeats it, and this is follow-up 3.
    const again = await danaRow(FIRST);
    const row = again.sidebar.locator(`[data-wiifm="recipient"][data-email="${DANA}"]`);
    await row.locator('[data-wiifm="follow-up-count"][data-follow-up="3"]').waitFor();
    expect(await row.locator('[data-wiifm="repeat-warning"]').count()).toBe(0);
    await again.page.close();
    const same = await danaRow(REWRITTEN);
    const warned = same.sidebar.locator(
      `[data-wiifm="recipient"][data-email="${DANA}"] [data-wiifm="repeat-warning"]`,
    );
    await warned.waitFor();
    expect(await warned.innerText()).toContain(`This repeats your ${day(now)} email`);
    await same.page.close();
  });
});

describe('data that travels', () => {
  const crmFixture = (name: string) =>
    readFileSync(new URL(`../fixtures/crm/${name}`, import.meta.url), 'utf8');
  const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
  const lastOut = now - 2 * DAY;

  let h: ExtensionHarness;
  let options: Page;
  beforeAll(async () => {
    h = await launchExtension();
    // Every day a working day, so the next follow-up is the last touch's day + 7.
    await h.swEval(
      (api, workingDays) => api.storage.local.set({ settings: { workingDays } }),
      EVERY_DAY,
    );
    await seed(
      h,
      backup(
        [
          { id: 1, name: 'Ana Núñez', emails: ['ana@nunez.es'] },
          { id: 2, name: 'Zoë Solo', emails: [] },
        ],
        [
          {
            contactId: 1,
            channel: 'email',
            direction: 'out',
            at: lastOut,
            summary: 'Grüße aus Köln',
            score: 88,
            ruleStatuses: 'purpose:p',
          },
          { contactId: 2, channel: 'call', direction: 'out', at: lastOut },
        ],
      ),
    );
    options = await h.extensionPage('options.html');
    await options.waitForSelector('[data-wiifm="crm-section"]');
  });
  afterEach(() => checkNothingLeaks(h));
  afterAll(async () => {
    await h?.close();
  });

  async function choose(file: string, text: string) {
    await options.setInputFiles('[data-wiifm="crm-import-input"]', {
      name: file,
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
  }
  async function downloaded(hook: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      options.waitForEvent('download'),
      options.click(`[data-wiifm="${hook}"]`),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  }

  it('previews a HubSpot export, names the columns it leaves out, and writes only on import', async () => {
    await choose(
      'hubspot-crm-exports-all-contacts.csv',
      crmFixture('hubspot-contacts-2026-12.csv'),
    );
    const preview = options.locator('[data-wiifm="crm-preview"]');
    await preview.waitFor();
    expect(await preview.getAttribute('data-source')).toBe('hubspot');
    const counts = preview.locator('[data-wiifm="crm-counts"]');
    expect([
      await counts.getAttribute('data-new'),
      await counts.getAttribute('data-known'),
    ]).toEqual(['2', '1']);
    expect(
      await preview
        .locator('[data-wiifm="crm-column"][data-column="Associated Company"]')
        .getAttribute('data-field'),
    ).toBe('company');
    expect(await preview.locator('[data-wiifm="crm-unmapped"]').innerText()).toBe(
      'Not imported: Record ID, Phone Number, Contact owner, Primary Associated Company ID, Last Activity Date, Lead Status, Marketing contact status, Create Date.',
    );
    expect(await preview.locator('[data-wiifm="crm-skipped"]').innerText()).toContain(
      'Row 5 skipped: the same person as row 3',
    );
    // Nothing written yet.
    expect((await readLog(h)).contacts).toHaveLength(2);

    await preview.locator('[data-wiifm="crm-confirm"]').click();
    const result = options.locator('[data-wiifm="crm-result"]');
    await result.waitFor();
    expect(await result.innerText()).toBe(
      'Imported 2 contacts from HubSpot; 1 was already in your log.',
    );
    const zoe = (await readLog(h)).contacts.find((c) => c.emails.includes('zoe@fjord.no'));
    expect(zoe).toMatchObject({ name: 'Zoë Ødegaard', company: 'Fjord Fisk AS', title: 'CFO' });
  });

  it('knows Salesforce and Pipedrive exports, and refuses a file that holds no contacts', async () => {
    for (const [file, source] of [
      ['salesforce-contacts-report-2026-12.csv', 'salesforce'],
      ['pipedrive-people-2026-12.csv', 'pipedrive'],
    ] as const) {
      await choose(file, crmFixture(file));
      await options.waitForSelector(`[data-wiifm="crm-preview"][data-source="${source}"]`);
      await options.click('[data-wiifm="crm-cancel"]');
    }
    await choose('deals.csv', 'Deal name,Amount\nBig one,1000\n');
    const error = options.locator('[data-wiifm="crm-error"]');
    await error.waitFor();
    expect(await error.innerText()).toBe(
      'Import stopped: no column is a name, an email or a LinkedIn profile (columns: Deal name, Amount). Nothing was changed.',
    );
  });

  it('exports touches.csv with a byte-order mark and each touch’s contact, address and next due date', async () => {
    const { text } = await downloaded('export-csv-touches');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true }).data;
    const due = new Date(lastOut + 7 * DAY);
    const ymd = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
    expect(rows.map((r) => [r.contactName, r.contactEmail, r.nextDue, r.ruleStatuses])).toEqual([
      ['Ana Núñez', 'ana@nunez.es', ymd, 'purpose:p'],
      ['Zoë Solo', '', ymd, ''],
    ]);
    const contacts = await downloaded('export-csv-contacts');
    expect(contacts.text.charCodeAt(0)).toBe(0xfeff);
  });

  it('exports the history in HubSpot’s import format, leaving out contacts without an email', async () => {
    const { name, text } = await downloaded('export-hubspot');
    expect(name).toMatch(/^wiifm-hubspot-activities-\d{4}-\d\d-\d\d\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows[0]).toEqual(['First Name', 'Last Name', 'Email', 'Activity date', 'Note body']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['Ana', 'Núñez', 'ana@nunez.es', 'Email sent: Grüße aus Köln · WII-FM score 88'],
    ]);
    expect(rows[1]![3]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(await options.locator('[data-wiifm="crm-export-status"]').innerText()).toBe(
      "Exported 1 touch for HubSpot's import (contacts and notes). 1 touch of contacts without an email address left out: HubSpot matches contacts by email.",
    );
  });
});
