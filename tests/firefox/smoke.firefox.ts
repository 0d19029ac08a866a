import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '@/scripts/build';
import { backupFile, type SeedContact, type SeedTouch } from '@/scripts/seed';
import { launchFirefox, poll, type FirefoxHarness, type StoredLog } from './harness';

/**
 * The Firefox build in a real Firefox ESR, as a rep meets it: the toolbar
 * popup's follow-ups, the sidebar beside a Gmail compose (a weak draft
 * flagged, a send logged) and on a LinkedIn profile (the contact's history).
 * A smoke suite: the Chromium e2e suites test each feature in depth; this
 * one proves each part runs in Firefox at all (its extension APIs, its
 * IndexedDB, the sidebar's frame and channel inside Gmail and LinkedIn).
 * One browser for the file, seeded once through the options page.
 */

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8');
const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const ZOE_URL = 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/';

// Every day a working day, so who is due does not depend on the weekday.
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const CONTACTS: SeedContact[] = [
  { id: 1, name: 'Ana Ruiz', company: 'Acme', emails: ['ana@acme.example'] },
  { id: 2, name: 'Ben Ode', company: 'Globex', emails: ['ben@globex.example'] },
  { id: 3, name: 'Cleo Park', emails: ['cleo@initech.example'] },
  { id: 4, name: 'Eve Recent', emails: ['eve@hooli.example'] },
  {
    id: 5,
    name: 'Zoë Łukasiewicz',
    emails: ['zoe@northwind-freight.example'],
    linkedinUrls: [ZOE_URL],
    company: 'Northwind Freight',
    title: 'Head of Revenue Operations',
  },
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
  t(4, 'email', 2), // not due
  // Zoë: emailed, called, then she answered on LinkedIn two days ago: 2 days overdue.
  t(5, 'email', 9),
  t(5, 'call', 5),
  t(5, 'linkedin', 2, 'in'),
];

/** The compose fixture's one recipient, who is not in the seeded log. */
const DANA = 'dana.buyer@acme.example';
const BODY = 'div[g_editable="true"]';
const SEND = 'div[role="button"][data-tooltip^="Send"]';
const WEAK_DRAFT =
  'Hi Anna, just checking in. My name is Tom and we are the industry-leading provider of ' +
  'innovative reconciliation software.';

/** The part of the WebExtension API the suite calls in an extension page. */
type StorageApi = { storage: { local: { set(items: object): Promise<void> } } };

interface Checks {
  view: string | null;
  score: number | null;
  words: number | null;
  status: Record<string, string>;
}

/** What the sidebar shows for a draft: its view, score, word count and each check's status. */
const checksShown = (sidebar: Frame): Promise<Checks> =>
  sidebar.evaluate(() => {
    const root = document.querySelector('[data-wiifm="sidebar"]');
    const score = root?.querySelector('[data-wiifm="score"]');
    const words = score?.textContent?.match(/(\d+) words?\b/);
    const status: Record<string, string> = {};
    for (const row of root?.querySelectorAll('[data-check]') ?? []) {
      status[row.getAttribute('data-check')!] = row.getAttribute('data-status')!;
    }
    return {
      view: root?.getAttribute('data-view') ?? null,
      score: score ? Number(score.getAttribute('data-score')) : null,
      words: words ? Number(words[1]) : null,
      status,
    };
  });

/** Polls `read` until `ok` holds, failing with the last value seen. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  try {
    return await poll(
      async () => {
        last = await read();
        return ok(last) ? last : undefined;
      },
      what,
      15_000,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last seen: ${JSON.stringify(last)}`, {
      cause: error,
    });
  }
}

/** Opens the sidebar's panel with a click on its handle, when it rests as one (no compose open). */
async function openPanel(sidebar: Frame): Promise<void> {
  const handle = await sidebar.$('[data-wiifm="expand"]');
  if (handle) await handle.click();
  await until(
    () =>
      sidebar.evaluate(() =>
        document.querySelector('[data-wiifm="sidebar"]')?.getAttribute('data-collapsed'),
      ),
    (collapsed) => collapsed === 'false',
    'the sidebar panel open',
  );
}

/** Selects the whole draft and types `text` over it, as a rep would. */
async function retype(page: Page, text: string): Promise<void> {
  await page.click(BODY);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

const touchesTo = (log: StoredLog, email: string) => {
  const contact = log.contacts.find((c) => c.emails.includes(email));
  return contact ? log.touches.filter((touch) => touch.contactId === contact.id) : [];
};

describe('the Firefox build in Firefox ESR', () => {
  let h: FirefoxHarness;
  const pages: Page[] = [];
  let tab = 0;
  const open = async (url: string, html?: string) => {
    const page = await h.openPage(url, html);
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    h = await launchFirefox({
      pages: { [ZOE_URL]: fixture('linkedin-profile-2025-04.html') },
    });
    await h.extensionEval(
      (api, workingDays) => (api as StorageApi).storage.local.set({ settings: { workingDays } }),
      EVERY_DAY,
    );
    await h.seed(backupFile(CONTACTS, TOUCHES));
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    expect(h.offsiteRequests()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    expect(h.extensionErrors()).toEqual([]);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("the popup lists today's follow-ups, most overdue first, and the badge counts them", async () => {
    expect(
      await until(
        () => h.badgeText(),
        (text) => text === '4',
        'the badge',
      ),
    ).toBe('4');
    const popup = await h.extensionPage('popup.html');
    pages.push(popup);
    const rows = await until(
      () =>
        popup.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('[data-wiifm="due-item"]'), (el) => ({
            name: el.querySelector('.due-name')?.textContent,
            when: el.querySelector('[data-wiifm="due-when"]')?.textContent,
          })),
        ),
      (list) => list.length > 0,
      'the due list',
    );
    expect(rows).toEqual([
      { name: 'Ben Ode · Globex', when: '9 days overdue' },
      { name: 'Ana Ruiz · Acme', when: '5 days overdue' },
      { name: 'Zoë Łukasiewicz · Northwind Freight', when: '2 days overdue' },
      { name: 'Cleo Park', when: 'due today' },
    ]);
  });

  it("on a LinkedIn profile, the sidebar shows the contact's history, newest first", async () => {
    const page = await open(ZOE_URL);
    const sidebar = await h.sidebarFrame(page);
    await openPanel(sidebar);
    const shown = await until(
      () =>
        sidebar.evaluate(() => {
          const view = document.querySelector('[data-wiifm="profile-contact"]');
          const card = view?.querySelector('[data-wiifm="contact-card"]');
          return {
            name: card?.querySelector('.wiifm-contact-name')?.textContent ?? null,
            due: card?.querySelector('[data-wiifm="due"]')?.textContent ?? null,
            history: Array.from(
              view?.querySelectorAll<HTMLElement>('[data-wiifm="history-item"]') ?? [],
              (li) => `${li.dataset.channel}:${li.dataset.direction}`,
            ),
          };
        }),
      (s) => s.history.length > 0,
      'the profile history',
    );
    expect(shown).toEqual({
      name: 'Zoë Łukasiewicz',
      due: 'Follow-up overdue by 2 days',
      history: ['linkedin:in', 'call:out', 'email:out'],
    });
  });

  it('the sidebar appears beside a Gmail compose, flags a weak draft and marks its words in the draft', async () => {
    const page = await open(
      `${GMAIL_URL}?tab=${++tab}#inbox`,
      fixture('gmail-compose-2026-03.html'),
    );
    const sidebar = await h.sidebarFrame(page);
    const before = await until(
      () => checksShown(sidebar),
      (s) => s.view === 'draft' && s.words !== null,
      'the fixture draft checked',
    );
    expect(before.status.purpose).toBe('pass');

    await retype(page, WEAK_DRAFT);
    const weak = await until(
      () => checksShown(sidebar),
      (s) => s.words === WEAK_DRAFT.split(/\s+/).length,
      'the weak draft checked',
    );
    expect(weak.status.purpose).toBe('fail');
    expect(weak.score).toBeLessThan(before.score!);
    // The check-in is marked in the draft itself (CSS.highlights: Firefox 140 and later).
    const marked = await until(
      () =>
        page.evaluate(() =>
          [...CSS.highlights.values()].flatMap((highlight) =>
            [...(highlight as Highlight)].map((range) => range.toString().toLowerCase()),
          ),
        ),
      (texts) => texts.includes('just checking in'),
      'the check-in highlighted',
    );
    expect(marked).toContain('just checking in');
  });

  it('a send from Gmail is logged for its recipient, with the score the sidebar showed', async () => {
    const page = await open(
      `${GMAIL_URL}?tab=${++tab}#inbox`,
      fixture('gmail-compose-2026-03.html'),
    );
    const sidebar = await h.sidebarFrame(page);
    const { score } = await until(
      () => checksShown(sidebar),
      (s) => s.score !== null,
      'the draft scored',
    );
    expect(touchesTo(await h.readLog(), DANA)).toEqual([]);

    await page.click(SEND);
    // While Gmail offers its Undo the send is only held; it is logged once the offer goes.
    await page.waitForSelector('#link_undo');
    expect(touchesTo(await h.readLog(), DANA)).toEqual([]);
    const logged = await until(
      async () => touchesTo(await h.readLog(), DANA),
      (touches) => touches.length > 0,
      'the send logged',
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ channel: 'email', direction: 'out', source: 'auto', score });
    expect(await page.$('#link_undo')).toBeNull();
  });
});
