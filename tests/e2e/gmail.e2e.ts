import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RULE_IDS } from '@/lib/rules/types';
import { ROOT } from '@/scripts/build';
import { sidebarShownTrials } from '@/bench/gmail';
import { launchExtension, type ExtensionHarness, type RecordedRequest } from './harness';
import {
  backupFile,
  openPanel,
  readLog,
  seed,
  sidebarFrame,
  type SeedContact,
  type SeedTouch,
  type StoredLog,
} from './helpers';

/**
 * Gmail as a rep meets it, in the production build: our fixture pages (and,
 * when ../shared is there, pages saved from the real Gmail) are served at
 * Gmail's real address, the rep types with the keyboard and clicks what the
 * sidebar shows, and what was logged is read back from the extension's own
 * database. One browser for the file; each test opens its own tab at its own
 * address and uses its own contacts, so tests do not see each other's data.
 */

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8');
const COMPOSE_HTML = fixture('gmail-compose-2026-03.html');
const THREAD_HTML = fixture('gmail-thread-2025-04.html');
const BROKEN_HTML = fixture('gmail-broken-2026.html');
const INBOX_HTML = fixture('gmail-inbox-2025-04.html');
/** The one recipient chip of our compose fixture. */
const FIXTURE_CHIP =
  /<div class="afV" role="option" aria-selected="false" data-hovercard-id="Dana\.Buyer@Acme\.example" data-name="Dana Buyer"><span class="akl">Dana Buyer<\/span><\/div>/;
const INBOX_ONLY =
  '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
  '<title>Inbox (2) - riley@ledgerly.example - Gmail</title></head>' +
  '<body><div role="main">Your inbox (2 conversations).</div></body></html>';

// Real pages saved by third parties stay outside the repo (../shared/fixtures/real/SOURCES.md).
const REAL = join(ROOT, '..', 'shared', 'fixtures', 'real');
const realPresent = existsSync(REAL);
if (!realPresent) console.warn('Gmail real-page e2e tests skipped: ../shared not found');
const real = (name: string) => readFileSync(join(REAL, name), 'utf8');

/**
 * Keeps a saved page from reaching Google: its scripts, images and fonts
 * would be the page's own requests, not the extension's, and Gmail's scripts
 * cannot run without Gmail's servers anyway. Put first in <head>, the policy
 * covers everything after it; the DOM stays as saved. The sidebar's frame
 * (chrome-extension:) is allowed.
 */
const OFFLINE_POLICY =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; ' +
  "style-src 'unsafe-inline'; img-src data:; frame-src chrome-extension:\">";

function offline(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('a saved page without <head>');
  return html.replace(head[0], `${head[0]}${OFFLINE_POLICY}`);
}

/** The saved compose dialog (its outerHTML only) in the smallest page Gmail could be. */
const wrapCompose = (dialog: string) =>
  offline(
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<title>Inbox - rep@example.com - Gmail</title>' +
      // Where Gmail's own CSS (not in the saved fragment) docks a compose: bottom right, 540 px.
      '<style>div[role="dialog"]{position:fixed;right:16px;bottom:0;width:540px;' +
      'max-height:90vh;overflow:auto;background:#fff}</style></head>' +
      `<body><div role="main">Inbox</div>${dialog}</body></html>`,
  );

// ── Fixture variants, made at serve time ────────────────────────────────────

/** Our compose fixture with these recipients (chips in To) and, optionally, another subject. */
function composeTo(recipients: string[], subject?: string): string {
  if (!FIXTURE_CHIP.test(COMPOSE_HTML)) throw new Error('compose fixture changed: no chip');
  const chips = recipients
    .map(
      (address) =>
        `<div class="afV" role="option" aria-selected="false" data-hovercard-id="${address}">` +
        `<span class="akl">${address}</span></div>`,
    )
    .join('');
  const html = COMPOSE_HTML.replace(FIXTURE_CHIP, chips);
  return subject === undefined
    ? html
    : html.replace('value="Cut month-end close to two days"', `value="${subject}"`);
}

/** The compose dialog of a compose page (its outerHTML), to stack another beside it or insert it later. */
function composeDialog(html: string): string {
  const start = html.indexOf('<div class="nH Hd" role="dialog"');
  const end = html.indexOf('<div id="toast"');
  if (start < 0 || end < start) throw new Error('compose fixture changed: no dialog');
  return html.slice(start, end).trim();
}

/** The compose dialog for `recipient` with its body replaced, as compose number `n` (its own ids and draft). */
function anotherCompose(n: number, recipient: string, subject: string, body: string): string {
  const editable =
    /(<div id=":ce" [^>]*g_editable="true"[^>]*>)[\s\S]*?(<span class="gmail_signature_prefix">)/;
  const dialog = composeDialog(composeTo([recipient], subject));
  if (!editable.test(dialog)) throw new Error('compose fixture changed: no body');
  return (
    dialog
      // Composes sit side by side along the bottom; number n goes n - 1 places left of the first.
      .replace(
        'class="nH Hd" role="dialog"',
        `class="nH Hd" role="dialog" style="right: ${72 + (n - 1) * 556}px"`,
      )
      .replace(editable, `$1<div>${body}</div><div><br></div>$2`)
      .replace(/(id|aria-labelledby)=":/g, `$1=":${n}`)
      .replace('data-compose-id="1"', `data-compose-id="${n}"`)
      .replace('name="composeid" value="1"', `name="composeid" value="${n}"`)
      .replace('value="#msg-a:r-1111222233334444555"', `value="#msg-a:r-${n}000222233334444555"`)
  );
}

/** Our compose page with a second compose open beside the first (to `second`, with `body`). */
function twoComposes(first: string, second: string, subject: string, body: string): string {
  const page = composeTo([first]);
  const dialog = composeDialog(page);
  return page.replace(dialog, `${dialog}\n${anotherCompose(2, second, subject, body)}`);
}

/** "Nov 23, 2026, 4:22 PM": how Gmail titles a message's date, in local time. */
const gmailDate = (at: Date) =>
  new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);

/**
 * Our thread fixture with the prospect's message dated now (so answering it
 * is due today) and, optionally, from another address.
 */
function threadReceivedNow(from?: string): string {
  const stamp = 'title="Apr 9, 2025, 3:02 AM"';
  if (!THREAD_HTML.includes(stamp)) throw new Error('thread fixture changed: no date');
  const html = THREAD_HTML.replace(stamp, `title="${gmailDate(new Date())}"`);
  return from ? html.replaceAll('Dana.Buyer@Acme.example', from) : html;
}

/** "Wed, Apr 9, 2025, 9:15 AM": how a thread row titles its date, in local time. */
const rowDate = (at: Date) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);

/** Our inbox fixture with every row dated a minute ago, so a reply in it is news. */
function inboxNow(): string {
  const when = rowDate(new Date(Date.now() - 60_000));
  const html = INBOX_HTML.replace(
    /(title|aria-label)="\w{3}, \w{3} \d+, 2025, [^"]+"/g,
    `$1="${when}"`,
  );
  if (html === INBOX_HTML) throw new Error('inbox fixture changed: no row dates');
  return html;
}

/** `#msg-f:` id of a legacy hex id, as Gmail writes both for one message. */
const msgF = (hex: string) => `#msg-f:${BigInt(`0x${hex}`)}`;

/**
 * Our thread fixture with the prospect's message from `from`, dated now, under
 * another message id (ids are global in the log: another test has the fixture's).
 */
function threadFrom(from: string, messageId: string): string {
  const html = threadReceivedNow(from);
  if (!html.includes('#msg-f:1828900000000000001'))
    throw new Error('thread fixture changed: no id');
  return html.replaceAll('#msg-f:1828900000000000001', messageId);
}

// ── The touch log seeded for the file ───────────────────────────────────────

const DAY_MS = 86_400_000;

/**
 * Kim was last emailed this many days ago: 10, or a little more so that the
 * follow-up (7 days later) fell on a weekday and is overdue by exactly
 * `KIM_DAYS - 7` days, whatever day the tests run.
 */
const KIM_DAYS = (() => {
  for (let days = 10; ; days++) {
    const due = new Date(Date.now() - (days - 7) * DAY_MS).getDay();
    if (due !== 0 && due !== 6) return days;
  }
})();
const KIM: SeedContact = {
  id: 1,
  name: 'Kim Known',
  emails: ['kim.known@acme.example'],
  company: 'Acme',
};
const VAL: SeedContact = { id: 2, name: 'Val Voice', emails: ['val.voice@acme.example'] };
const SAM: SeedContact = { id: 3, name: 'Sam Send', emails: ['sam.send@acme.example'] };
/** The prospect who wrote in our thread fixture; no touches yet, so not due. */
const DANA: SeedContact = { id: 4, name: 'Dana Buyer', emails: ['dana.buyer@acme.example'] };
const CORA: SeedContact = { id: 5, name: 'Cora Ctrl', emails: ['cora.ctrl@acme.example'] };
/** For issue 17's cases: each test its own people, so no test sees another's touches. */
const UMA: SeedContact = { id: 10, name: 'Uma Undo', emails: ['uma.undo@acme.example'] };
const RAE: SeedContact = { id: 11, name: 'Rae Refused', emails: ['rae.refused@acme.example'] };
const NIA: SeedContact = { id: 12, name: 'Nia Nosubject', emails: ['nia.nosubject@acme.example'] };
const SKY: SeedContact = { id: 13, name: 'Sky Schedule', emails: ['sky.schedule@acme.example'] };
const DEE: SeedContact = { id: 14, name: 'Dee Deadline', emails: ['dee.deadline@acme.example'] };
const TESS: SeedContact = { id: 15, name: 'Tess Trusted', emails: ['tess.trusted@acme.example'] };
/** In the inbox fixture: a reply, two auto-replies, a bounce. Each was last emailed two days ago. */
const RHEA: SeedContact = { id: 16, name: 'Rhea Reply', emails: ['rhea.reply@acme.example'] };
const OTTO: SeedContact = { id: 17, name: 'Otto Ooo', emails: ['otto.ooo@acme.example'] };
const GRETA: SeedContact = {
  id: 18,
  name: 'Greta Abwesend',
  emails: ['greta.abwesend@acme.example'],
};
const BEA: SeedContact = { id: 19, name: 'Bea Bounce', emails: ['bea.bounce@acme.example'] };
const OWEN: SeedContact = { id: 20, name: 'Owen Own', emails: ['owen.own@acme.example'] };
const ISSUE_17 = [UMA, RAE, NIA, SKY, DEE, TESS, RHEA, OTTO, GRETA, BEA, OWEN];
/** A sender in the saved real inbox (read from it, not copied), emailed before the row's date. */
const REAL_ROW_SENDER = 'camille@vanta.com';
const REAL_ROW_HEX = '19616ca9390b131b';

const SEED_TOUCHES: SeedTouch[] = [
  { contactId: 1, channel: 'call', direction: 'out', daysAgo: KIM_DAYS + 2 },
  { contactId: 1, channel: 'email', direction: 'out', daysAgo: KIM_DAYS },
  ...[RHEA, OTTO, GRETA, BEA].map((c): SeedTouch => ({
    contactId: c.id,
    channel: 'email',
    direction: 'out',
    daysAgo: 2,
  })),
];

/** The address that wrote the first message of the saved real thread (read from it, not copied). */
function realThreadSender(html: string): string {
  const found = /<span email="([^"]+)"[^>]*class="gD"/.exec(html);
  if (!found) throw new Error('saved thread changed: no sender');
  return found[1].toLowerCase();
}

// ── Reading the page and the sidebar ────────────────────────────────────────

interface Checks {
  view: string | null;
  score: number | null;
  words: number | null;
  /** rule id → status, in the order shown. */
  status: Record<string, string>;
}

function checksShown(sidebar: Frame): Promise<Checks> {
  return sidebar.evaluate(() => {
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
}

/** Polls `read` until `ok` holds; fails with the last value read. */
async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const BODY = 'div[g_editable="true"]';
const SEND = 'div[role="button"][data-tooltip^="Send"]';

/** Puts the caret at the end (or start) of the draft's first line, as a click there would. */
async function caretInFirstLine(
  page: Page,
  where: 'start' | 'end' = 'end',
  body = BODY,
): Promise<void> {
  await page.focus(body);
  await page.evaluate(
    ({ selector, atStart }) => {
      const body = document.querySelector(selector)!;
      const range = document.createRange();
      range.selectNodeContents(body.firstElementChild ?? body);
      range.collapse(atStart);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { selector: body, atStart: where === 'start' },
  );
}

/** The body of compose number `n` on a page with several (its region's data-compose-id). */
const bodyOf = (n: number) => `div[data-compose-id="${n}"] ${BODY}`;

/** The addresses the sidebar shows recipient cards for, in order. */
const recipientsShown = (sidebar: Frame) =>
  sidebar
    .locator('[data-wiifm="recipient"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-email')));

/**
 * Our highlights as the page's own scripts see them: name → each range's text,
 * the compose it lies in (its region's data-compose-id, or "outside") and
 * whether it lies in a quoted trail.
 */
const highlightsIn = (page: Page) =>
  page.evaluate(() => {
    const found: Record<string, Array<{ text: string; compose: string; quoted: boolean }>> = {};
    for (const [name, highlight] of CSS.highlights) {
      found[name] = [...(highlight as Highlight)].map((range) => {
        const node = range.startContainer;
        const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
        return {
          text: range.toString(),
          compose: el?.closest('[data-compose-id]')?.getAttribute('data-compose-id') ?? 'outside',
          quoted: !!el?.closest('.gmail_quote'),
        };
      });
    }
    return found;
  });

/** The composes that our highlights lie in, each once. */
const composesHighlighted = (found: Awaited<ReturnType<typeof highlightsIn>>) => [
  ...new Set(Object.values(found).flatMap((ranges) => ranges.map((r) => r.compose))),
];

/** Selects everything in the draft and types `text` over it (Enter for "\n"). */
async function retype(page: Page, text: string): Promise<void> {
  await page.click(BODY);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

const WEAK_DRAFT =
  'Hi Anna, just checking in. My name is Tom and we are the industry-leading provider of ' +
  'innovative reconciliation software.';
const GOOD_DRAFT =
  'Hi Anna,\nYour team could close the books in two days instead of six, as Northwind did ' +
  'last quarter. Worth a 15-minute call on Thursday?';
/** Every check of `email` mode, in rulebook order (`ease` is voicemail only). */
const EMAIL_CHECKS = RULE_IDS.filter((id) => id !== 'ease');

/** What the rep has written so far in our thread fixture's inline reply, above its quoted trail. */
const INLINE_REPLY = [
  'Dana, 40 seats on the annual plan come to $18,000, which saves your team $4,000 against monthly billing.',
  'Shall I send the order form today so you keep the May price?',
];

const touchesOf = (log: StoredLog, email: string) => {
  const contact = log.contacts.find((c) => c.emails.includes(email));
  return contact ? log.touches.filter((t) => t.contactId === contact.id) : [];
};

const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1];

describe('Gmail in the production build', () => {
  let h: ExtensionHarness;
  let realSender = '';
  let pageNo = 0;
  const pages: Page[] = [];
  let requestsBefore = 0;
  let errorsBefore = 0;
  /**
   * URLs a saved real page asked for that its own policy (OFFLINE_POLICY)
   * stopped inside the renderer: Playwright reports them, never routed, but
   * they never left the browser.
   */
  const stoppedByPolicy = new Set<string>();
  /** Requests since the test began that were neither a fixture page nor an extension file. */
  const offsiteSince = (first: number): RecordedRequest[] =>
    h.requests
      .slice(first)
      .filter((r) => r.outcome !== 'served' && r.outcome !== 'extension')
      .filter((r) => !(r.outcome === 'unrouted' && stoppedByPolicy.has(r.url)));

  /** Opens a Gmail tab at an address of its own serving `html`, and waits for the sidebar. */
  async function openGmail(html: string, label: string): Promise<{ page: Page; sidebar: Frame }> {
    const url = `https://mail.google.com/mail/u/0/?wiifm-test=${++pageNo}-${label}#inbox`;
    const page = await h.openPage(url, html);
    pages.push(page);
    return { page, sidebar: await sidebarFrame(page, 15_000) };
  }

  beforeAll(async () => {
    h = await launchExtension();
    h.ctx.on('requestfailed', (request) => {
      if (request.failure()?.errorText === 'csp') stoppedByPolicy.add(request.url());
    });
    const contacts = [KIM, VAL, SAM, DANA, CORA, ...ISSUE_17];
    const touches = [...SEED_TOUCHES];
    if (realPresent) {
      realSender = realThreadSender(real('gmail-thread-brocc.html'));
      if (!real('gmail-thread-brocc.html').includes(`email="${REAL_ROW_SENDER}"`)) {
        throw new Error('saved inbox changed: no row from the expected sender');
      }
      contacts.push({ id: 6, name: 'Real Thread Sender', emails: [realSender] });
      contacts.push({ id: 7, name: 'Real Row Sender', emails: [REAL_ROW_SENDER] });
      // Emailed on 1 Apr 2025, before the row's date (8 Apr 2025).
      const daysAgo = (Date.now() - new Date(2025, 3, 1).getTime()) / DAY_MS;
      touches.push({ contactId: 7, channel: 'email', direction: 'out', daysAgo });
    }
    await seed(h, backupFile(contacts, touches));
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => {
    requestsBefore = h.requests.length;
    errorsBefore = h.pageErrors.length;
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    // Every test: nothing but the fixture pages and the extension's own files,
    // and no uncaught error in any page.
    expect(offsiteSince(requestsBefore)).toEqual([]);
    expect(h.pageErrors.slice(errorsBefore)).toEqual([]);
  });

  it('shows the sidebar with the checks within 150 ms of a compose opening', async () => {
    const { page, sidebar } = await openGmail(COMPOSE_HTML, 'shown');
    await sidebar.waitForSelector('[data-view="draft"] [data-check]');
    // Measured in the page and the sidebar on one clock (see bench/gmail.ts);
    // runs here take 5–30 ms. The median of five keeps one slow trial on a
    // busy CI machine from failing the goal; each trial must still be under
    // a second. bench/gmail.ts records the real figure.
    const trials = await sidebarShownTrials(page, sidebar, 5);
    expect(Math.max(...trials)).toBeLessThan(1000);
    expect(median(trials)).toBeLessThan(150);
    // The compose left open is coached like the first, from beside it.
    const shown = await checksShown(sidebar);
    expect(shown.view).toBe('draft');
    expect(Object.keys(shown.status)).toEqual(EMAIL_CHECKS);
    const docked = (await (await sidebar.frameElement()).boundingBox())!;
    const compose = (await page.locator('[role="dialog"]').boundingBox())!;
    expect(docked.width).toBeGreaterThan(200);
    expect(docked.x + docked.width <= compose.x || docked.x >= compose.x + compose.width).toBe(
      true,
    );
  });

  it('updates the score and the checks as the rep types', async () => {
    const { page, sidebar } = await openGmail(COMPOSE_HTML, 'typing');
    const before = await until(
      () => checksShown(sidebar),
      (s) => s.words !== null,
      'the fixture draft checked',
    );
    expect(before.status.purpose).toBe('pass');

    await caretInFirstLine(page);
    await page.keyboard.type(' Just checking in.');
    const after = await until(
      () => checksShown(sidebar),
      (s) => s.words === before.words! + 3,
      'three more words',
    );
    // A check-in in front of the reason undersells it (warn); alone it fails.
    expect(['fail', 'warn']).toContain(after.status.purpose);
    expect(after.score).toBeLessThan(before.score!);

    // Typed away again, the check passes again.
    for (let i = 0; i < ' Just checking in.'.length; i++) await page.keyboard.press('Backspace');
    const restored = await until(
      () => checksShown(sidebar),
      (s) => s.words === before.words,
      'the words back to the start',
    );
    expect(restored.status.purpose).toBe('pass');
    expect(restored.score).toBe(before.score);
  });

  it('flags a weak self-centred check-in on purpose and benefit, and passes a benefit-led draft', async () => {
    const { page, sidebar } = await openGmail(COMPOSE_HTML, 'weak-good');
    await sidebar.waitForSelector('[data-view="draft"] [data-check]');

    await retype(page, WEAK_DRAFT);
    const weak = await until(
      () => checksShown(sidebar),
      (s) => s.words === WEAK_DRAFT.split(/\s+/).length,
      'the weak draft checked',
    );
    expect(['fail', 'warn']).toContain(weak.status.purpose);
    expect(['fail', 'warn']).toContain(weak.status.benefit);
    expect(Object.keys(weak.status)).toEqual(EMAIL_CHECKS);

    await retype(page, GOOD_DRAFT);
    const good = await until(
      () => checksShown(sidebar),
      (s) => s.words === GOOD_DRAFT.split(/\s+/).length,
      'the good draft checked',
    );
    expect(good.status.purpose).toBe('pass');
    expect(good.status.benefit).toBe('pass');
    expect(good.score).toBeGreaterThan(weak.score!);
  });

  it("highlights the offending words in the draft without touching the draft's DOM, and a click on a check selects them", async () => {
    const { page, sidebar } = await openGmail(COMPOSE_HTML, 'highlights');
    await sidebar.waitForSelector('[data-view="draft"] [data-check]');
    await retype(page, WEAK_DRAFT);
    await sidebar.waitForSelector('[data-check="purpose"][data-status="fail"]');

    /** Our highlights as the page's own scripts see them: name → the text of each range in the draft. */
    const highlights = () =>
      page.evaluate((selector) => {
        const body = document.querySelector(selector)!;
        const found: Record<string, string[]> = {};
        for (const [name, highlight] of CSS.highlights) {
          found[name] = [...(highlight as Highlight)].map((range) =>
            body.contains(range.startContainer) ? range.toString() : '(outside the draft)',
          );
        }
        return found;
      }, BODY);
    const marked = await until(
      highlights,
      (found) => (found['wiifm-fail'] ?? []).includes('just checking in'),
      'the check-in highlighted',
    );
    expect(marked['wiifm-warn']).toEqual(expect.arrayContaining(['industry-leading']));

    // From here on, watch the draft: nothing we do may change it.
    await page.evaluate((selector) => {
      const body = document.querySelector(selector)!;
      const w = window as unknown as { wiifmTest: { html: string; changes: number; old: unknown } };
      w.wiifmTest = { html: body.innerHTML, changes: 0, old: CSS.highlights.get('wiifm-warn') };
      new MutationObserver((records) => (w.wiifmTest.changes += records.length)).observe(body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }, BODY);

    // A new subject re-runs the checks, and the highlights are set afresh.
    await page.fill('input[name="subjectbox"]', 'Month-end close');
    await page.waitForFunction(
      () =>
        CSS.highlights.get('wiifm-warn') !==
        (window as unknown as { wiifmTest: { old: unknown } }).wiifmTest.old,
    );

    // A click on the jargon check selects its first word, the next click the next.
    const jargon = sidebar.locator('[data-check="jargon"] .wiifm-check-button');
    await jargon.click();
    await until(
      () => page.evaluate(() => getSelection()!.toString()),
      (s) => s === 'industry-leading',
      'the buzzword selected',
    );
    await sidebar.locator('[data-check="purpose"] .wiifm-check-button').click();
    await until(
      () => page.evaluate(() => getSelection()!.toString()),
      (s) => s === 'just checking in',
      'the check-in selected',
    );

    const watched = await page.evaluate((selector) => {
      const w = window as unknown as { wiifmTest: { html: string; changes: number } };
      return {
        changes: w.wiifmTest.changes,
        same: document.querySelector(selector)!.innerHTML === w.wiifmTest.html,
      };
    }, BODY);
    expect(watched).toEqual({ changes: 0, same: true });
  });

  it('checks the subject with the body, and leaves the signature out', async () => {
    const { page, sidebar } = await openGmail(COMPOSE_HTML, 'subject-signature');
    const before = await until(
      () => checksShown(sidebar),
      (s) => s.words !== null,
      'the fixture draft checked',
    );
    expect(before.status.price).toBe('pass');
    // The signature says "We are the leading innovative reconciliation platform":
    // counted, it would weigh on benefit and be quoted.
    expect(before.status.benefit).toBe('pass');
    expect(await sidebar.locator('[data-wiifm="sidebar"]').innerText()).not.toMatch(/innovative/i);

    // Without the signature and with one more word, the count goes up by exactly one.
    await page.evaluate((selector) => {
      const body = document.querySelector(selector)!;
      body.querySelector('.gmail_signature_prefix')?.remove();
      body.querySelector('.gmail_signature')?.remove();
      body.firstElementChild!.append(' Thanks');
    }, BODY);
    await until(
      () => checksShown(sidebar),
      (s) => s.words === before.words! + 1,
      'one word more, none less',
    );

    // A discount in the subject fails the price check.
    await page.click('input[name="subjectbox"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('50% off Ledgerly for Acme');
    const priced = await until(
      () => checksShown(sidebar),
      (s) => s.status.price === 'fail',
      'the price check failing',
    );
    expect(priced.words).toBe(before.words! + 1);
    expect(await sidebar.locator('[data-check="price"]').innerText()).toMatch(/subject/i);
  });

  it("leaves a reply's quoted trail out of the checks", async () => {
    // From someone not in the log, so that opening the thread logs nothing here.
    const { page, sidebar } = await openGmail(
      threadReceivedNow('not.a.contact@acme.example'),
      'quoted-trail',
    );
    const before = await until(
      () => checksShown(sidebar),
      (s) => s.words !== null,
      'the reply checked',
    );
    await page.evaluate((selector) => {
      const body = document.querySelector(selector)!;
      body.querySelector('.gmail_quote')?.remove();
      body.firstElementChild!.append(' Thanks');
    }, BODY);
    await until(
      () => checksShown(sidebar),
      (s) => s.words === before.words! + 1,
      'one word more, none less',
    );
  });

  it('coaches an inline reply in a thread as the rep types, without counting its quoted trail', async () => {
    for (const line of INLINE_REPLY) expect(THREAD_HTML).toContain(line);
    // From someone not in the log, so that opening the thread logs nothing here.
    const { page, sidebar } = await openGmail(
      threadReceivedNow('inline.writer@acme.example'),
      'inline-reply',
    );
    // Only the rep's own two lines count, not the prospect's message quoted under them.
    const ownWords = INLINE_REPLY.join(' ').split(/\s+/).length;
    const before = await until(
      () => checksShown(sidebar),
      (s) => s.words !== null,
      'the reply checked',
    );
    expect(before.view).toBe('draft');
    expect(Object.keys(before.status)).toEqual(EMAIL_CHECKS);
    expect(before.words).toBe(ownWords);
    expect(before.status.purpose).toBe('pass');

    // A check-in in front of the reply's reason (after it, the reason still opens the reply).
    await caretInFirstLine(page, 'start');
    await page.keyboard.type('Just checking in. ');
    const typed = await until(
      () => checksShown(sidebar),
      (s) => s.words === ownWords + 3,
      'three more words',
    );
    expect(['fail', 'warn']).toContain(typed.status.purpose);
    expect(typed.score).toBeLessThan(before.score!);
    // The check-in is marked where the rep typed it; nothing in the trail is.
    const marked = await until(
      () => highlightsIn(page),
      (found) =>
        Object.values(found)
          .flat()
          .some((r) => r.text === 'Just checking in'),
      'the check-in highlighted',
    );
    expect(Object.values(marked).flat()).toEqual(
      Object.values(marked)
        .flat()
        .map((r) => ({ ...r, compose: '2', quoted: false })),
    );
    expect(await page.locator(`${BODY} .gmail_quote blockquote`).innerText()).toContain(
      'Can you send pricing for 40 seats?',
    );
  });

  it('follows the compose the rep is in when two are open, and logs a send for its own recipients only', async () => {
    const first = 'stack.first@globex.example';
    const second = 'stack.second@initech.example';
    const subject = 'Two days instead of six';
    const { page, sidebar } = await openGmail(
      twoComposes(first, second, subject, WEAK_DRAFT),
      'two-composes',
    );
    const weakWords = WEAK_DRAFT.split(/\s+/).length;
    /** The checks shown and whose draft they are for. */
    const shown = async () => ({
      ...(await checksShown(sidebar)),
      to: await recipientsShown(sidebar),
    });
    /** Our highlights, once they lie in compose `n` only and mark `phrase` as failing. */
    const highlightedIn = (n: string, phrase: string) =>
      until(
        () => highlightsIn(page),
        (found) =>
          composesHighlighted(found).join() === n &&
          // A check-in alone fails; in front of the reason it warns (issue 13).
          [...(found['wiifm-fail'] ?? []), ...(found['wiifm-warn'] ?? [])].some(
            (r) => r.text === phrase,
          ),
        `highlights in compose ${n} only`,
      );

    // Gmail focuses the compose it opened last: the second, docked left of the first.
    await until(
      shown,
      (s) => s.to.join() === second && s.words === weakWords,
      'the newer compose coached',
    );

    // Into the first: the sidebar follows at once, then follows the typing.
    await caretInFirstLine(page, 'end', bodyOf(1));
    const firstDraft = await until(
      shown,
      (s) => s.to.join() === first && s.status.purpose === 'pass',
      "the first compose's draft",
    );
    await page.keyboard.type(' Just checking in.');
    await until(
      shown,
      // A check-in in front of the reason warns; alone it fails (issue 13).
      (s) => s.words === firstDraft.words! + 3 && s.status.purpose !== 'pass',
      'the first draft typed in',
    );
    await highlightedIn('1', 'Just checking in');

    // Typing in the second: its draft, its recipient, its highlights.
    await caretInFirstLine(page, 'end', bodyOf(2));
    await page.keyboard.type(' Thanks');
    const secondDraft = await until(
      shown,
      (s) => s.to.join() === second && s.words === weakWords + 1,
      'the second draft typed in',
    );
    expect(secondDraft.status.purpose).toBe('fail');
    await highlightedIn('2', 'just checking in');

    // Back in the first: its draft as the rep left it, and a click on a check selects there.
    await page.focus(bodyOf(1));
    await until(
      shown,
      (s) => s.to.join() === first && s.words === firstDraft.words! + 3,
      'the first draft again',
    );
    await highlightedIn('1', 'Just checking in');
    await sidebar.locator('[data-check="purpose"] .wiifm-check-button').click();
    await until(
      () =>
        page.evaluate(() => {
          const selection = getSelection()!;
          const at = selection.anchorNode?.parentElement?.closest('[data-compose-id]');
          return { text: selection.toString(), compose: at?.getAttribute('data-compose-id') };
        }),
      (s) => s.text === 'Just checking in' && s.compose === '1',
      'the check-in selected in the first compose',
    );

    // Sending the second logs its recipient, not the first's.
    await page.locator('div[data-compose-id="2"]').locator(SEND).click();
    await sidebar.waitForSelector('[data-wiifm="undo-bar"][data-phase="offer"]');
    const afterSecond = await until(
      () => readLog(h),
      (l) => touchesOf(l, second).length > 0,
      'the second send logged',
    );
    expect(touchesOf(afterSecond, second)).toEqual([
      expect.objectContaining({ channel: 'email', direction: 'out', summary: subject }),
    ]);
    expect(afterSecond.contacts.some((c) => c.emails.includes(first))).toBe(false);

    // Gmail closes the sent one; the one still open is coached again, and sends on its own.
    await until(
      shown,
      (s) => s.view === 'draft' && s.to.join() === first && s.words === firstDraft.words! + 3,
      'the first compose coached again',
    );
    await caretInFirstLine(page, 'end', bodyOf(1));
    await page.keyboard.press('Control+Enter');
    const afterBoth = await until(
      () => readLog(h),
      (l) => touchesOf(l, first).length > 0,
      'the first send logged',
    );
    expect(touchesOf(afterBoth, first)).toEqual([
      expect.objectContaining({
        channel: 'email',
        direction: 'out',
        summary: 'Cut month-end close to two days',
      }),
    ]);
    expect(touchesOf(afterBoth, second)).toHaveLength(1);
    await sidebar.waitForSelector('[data-wiifm="sidebar"][data-view="today"]');
  });

  it('coaches a compose Gmail opens without reloading the page, and goes back to Today when it closes', async () => {
    const newcomer = 'nav.new@globex.example';
    const page0 = composeTo([newcomer]);
    const dialog = composeDialog(page0);
    const { page, sidebar } = await openGmail(page0.replace(dialog, ''), 'navigate');
    await sidebar.waitForSelector('[data-wiifm="sidebar"][data-view="today"]');
    await openPanel(sidebar);
    await sidebar.locator('[data-wiifm="today-item"]', { hasText: 'Kim Known' }).waitFor();
    // Marks this page load: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { wiifmLoad?: string }).wiifmLoad = 'first'));

    /** What Gmail does on Compose: a new address in the history and the dialog added, no page load. */
    const compose = (markup: string) =>
      page.evaluate((markup) => {
        history.pushState(null, '', '#inbox?compose=new');
        document.body.insertAdjacentHTML('beforeend', markup);
      }, markup);

    await compose(dialog);
    const opened = await until(
      () => checksShown(sidebar),
      (s) => s.view === 'draft' && s.words !== null,
      'the new compose checked',
    );
    expect(Object.keys(opened.status)).toEqual(EMAIL_CHECKS);
    await until(
      () => recipientsShown(sidebar),
      (to) => to.join() === newcomer,
      'its recipient shown',
    );
    await caretInFirstLine(page);
    await page.keyboard.type(' Just checking in.');
    await until(
      () => checksShown(sidebar),
      (s) => s.words === opened.words! + 3 && s.status.purpose !== 'pass',
      'the typing checked',
    );

    // Closed (discarded or sent), the dialog goes and the address goes back to the inbox.
    await page.evaluate(() => {
      document.querySelector('[role="dialog"]')!.remove();
      history.pushState(null, '', '#inbox');
    });
    await sidebar.waitForSelector('[data-wiifm="sidebar"][data-view="today"]');
    await openPanel(sidebar);
    await sidebar.locator('[data-wiifm="today-item"]', { hasText: 'Kim Known' }).waitFor();
    expect(await sidebar.locator('[data-tab="draft"]').count()).toBe(0);
    expect(await highlightsIn(page)).toEqual({});

    // The next compose is coached from the start, for its own recipient.
    await compose(composeDialog(composeTo(['nav.again@globex.example'])));
    const again = await until(
      () => checksShown(sidebar),
      (s) => s.view === 'draft' && s.words !== null,
      'the next compose checked',
    );
    expect(again.words).toBe(opened.words);
    expect(again.status.purpose).toBe('pass');
    await until(
      () => recipientsShown(sidebar),
      (to) => to.join() === 'nav.again@globex.example',
      'its recipient shown',
    );
    expect(await page.evaluate(() => (window as unknown as { wiifmLoad?: string }).wiifmLoad)).toBe(
      'first',
    );
  });

  it('shows what the log knows about each recipient, and adds an unknown one in one click', async () => {
    const unknown = 'new.person@globex.example';
    const { sidebar } = await openGmail(composeTo([KIM.emails![0], unknown]), 'recipients');
    const kim = sidebar.locator(`[data-wiifm="recipient"][data-email="${KIM.emails![0]}"]`);
    await kim.and(sidebar.locator('[data-known="true"]')).waitFor();
    const card = await kim.innerText();
    expect(card).toContain('Kim Known');
    expect(card).toMatch(/Last: Email, /);
    expect(card).toContain('2 touches');
    expect(card).toContain(`Follow-up overdue by ${KIM_DAYS - 7} days`);

    const stranger = sidebar.locator(`[data-wiifm="recipient"][data-email="${unknown}"]`);
    await stranger.and(sidebar.locator('[data-known="false"]')).waitFor();
    expect((await readLog(h)).contacts.some((c) => c.emails.includes(unknown))).toBe(false);
    await stranger.locator('[data-action="add-contact"]').click();
    await stranger.and(sidebar.locator('[data-known="true"]')).waitFor();
    const log = await readLog(h);
    const added = log.contacts.filter((c) => c.emails.includes(unknown));
    expect(added).toHaveLength(1);
    expect(touchesOf(log, unknown)).toEqual([]);
  });

  it('times a pasted voicemail script, runs the voicemail checks and logs it for the recipient', async () => {
    const { sidebar } = await openGmail(composeTo([VAL.emails![0]]), 'voicemail');
    await sidebar.waitForSelector('[data-view="draft"] [data-check]');
    await sidebar.click('[data-tab="voicemail"]');
    const script =
      'Hi Val, this is Riley from Ledgerly. Teams like yours close the books in two days ' +
      'instead of six, and the finance lead gets her evenings back. It cures the late nights ' +
      'at month end and calms the worry about audit findings. Getting started is easy: we set ' +
      'it up with your team in one short afternoon, with nothing to install. Call me back on ' +
      'five five five, one two three four, and I will show you how it works for Acme. Thanks Val.';
    await sidebar.fill('[data-wiifm="voicemail-text"]', script);

    // 84 words at the default 150 words a minute: 34 s, over the 30 s the rulebook allows.
    const seconds = Math.round((script.split(/\s+/).length * 60) / 150);
    await sidebar.waitForSelector(`[data-wiifm="speaking-time"] [data-seconds="${seconds}"]`);
    const shown = await checksShown(sidebar);
    expect(shown.view).toBe('voicemail');
    // In voicemail the ask is the call-back; proof and subject are for written email (issue 13).
    expect(Object.keys(shown.status)).toEqual(
      RULE_IDS.filter((id) => id !== 'proof' && id !== 'subject'),
    );
    expect(shown.status.ask).toBe('pass');
    expect(shown.status.length).toBe('warn');
    expect(shown.status.ease).toBe('pass');

    // The recipient is in the log, so the script is for them unless the rep picks someone else.
    const val = (await readLog(h)).contacts.find((c) => c.emails.includes(VAL.emails![0]))!;
    await sidebar.waitForSelector(`[data-wiifm="picked-contact"][data-contact-id="${val.id}"]`);
    await sidebar.click('[data-action="log-voicemail-script"]');
    await until(
      () => sidebar.locator('[data-wiifm="action-status"]').innerText(),
      (text) => text.includes('Logged a voicemail for Val Voice'),
      'the voicemail logged',
    );
    const touches = touchesOf(await readLog(h), VAL.emails![0]);
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({ channel: 'voicemail', direction: 'out' });
    expect(typeof touches[0].score).toBe('number');
  });

  it('logs one email touch per recipient on Send, with subject and score, and undoes it', async () => {
    const unknown = 'una.unknown@initech.example';
    const subject = 'Close the books in two days';
    const { page, sidebar } = await openGmail(
      composeTo([SAM.emails![0], unknown], subject),
      'send-button',
    );
    const rows = sidebar.locator('[data-wiifm="recipient"]');
    await until(
      () => rows.count(),
      (n) => n === 2,
      'both recipients shown',
    );
    const { score } = await until(
      () => checksShown(sidebar),
      (s) => s.score !== null,
      'the draft scored',
    );

    await page.click(SEND);
    // While Gmail offers its Undo, the send is only held: nothing in the log yet.
    await page.waitForSelector('#link_undo');
    const held = await readLog(h);
    expect(touchesOf(held, SAM.emails![0])).toEqual([]);
    expect(held.contacts.some((c) => c.emails.includes(unknown))).toBe(false);
    await sidebar.waitForSelector('[data-wiifm="undo-bar"][data-phase="offer"]');
    expect(await page.locator('#link_undo').count()).toBe(0);
    const log = await until(
      () => readLog(h),
      (l) => touchesOf(l, SAM.emails![0]).length > 0 && touchesOf(l, unknown).length > 0,
      'both sends logged',
    );
    for (const address of [SAM.emails![0], unknown]) {
      const touches = touchesOf(log, address);
      expect(touches).toHaveLength(1);
      expect(touches[0]).toMatchObject({
        channel: 'email',
        direction: 'out',
        source: 'auto',
        summary: subject,
        score,
      });
    }
    // Who it was logged for and when they are next due (issue 14), read from the log.
    await until(
      () => sidebar.locator('[data-wiifm="logged-line"]').innerText(),
      (t) => /^Logged for Sam and Una · next follow-up /.test(t),
      'the logged line',
    );

    await sidebar.click('[data-wiifm="undo"]');
    await sidebar.waitForSelector('[data-wiifm="undo-bar"][data-phase="done"]');
    const undone = await readLog(h);
    expect(touchesOf(undone, SAM.emails![0])).toEqual([]);
    expect(touchesOf(undone, unknown)).toEqual([]);
    // The contact the send created goes with it; the one the rep already had stays.
    const addresses = undone.contacts.flatMap((c) => c.emails);
    expect(addresses).not.toContain(unknown);
    expect(addresses).toContain(SAM.emails![0]);
  });

  it('logs a Ctrl+Enter send once per recipient and never logs a never-log domain', async () => {
    const colleague = 'pat@colleague.example';
    const options = await h.extensionPage('options.html');
    await options.fill('textarea[name="neverLogDomains"]', 'colleague.example');
    await options.click('[data-wiifm="save"]');
    await options.waitForFunction(() =>
      /Saved/.test(document.querySelector('[data-wiifm="settings-status"]')?.textContent ?? ''),
    );
    await options.close();

    const { page, sidebar } = await openGmail(
      composeTo([CORA.emails![0], colleague]),
      'ctrl-enter',
    );
    const pat = sidebar.locator(`[data-wiifm="recipient"][data-email="${colleague}"]`);
    await until(
      () => pat.innerText(),
      (t) => t.includes('never logged'),
      'Pat shown as never logged',
    );

    await caretInFirstLine(page);
    await page.keyboard.press('Control+Enter');
    await sidebar.waitForSelector('[data-wiifm="undo-bar"][data-phase="offer"]');
    await until(
      () => sidebar.locator('[data-wiifm="logged-line"]').innerText(),
      (t) => /^Logged for Cora · next follow-up /.test(t),
      'the logged line',
    );
    const log = await until(
      () => readLog(h),
      (l) => touchesOf(l, CORA.emails![0]).length > 0,
      'the send logged',
    );
    // A moment more, for a second log of the same send to show if there were one.
    await page.waitForTimeout(500);
    const settled = await readLog(h);
    expect(touchesOf(settled, CORA.emails![0])).toHaveLength(1);
    expect(touchesOf(settled, CORA.emails![0])[0]).toMatchObject({
      channel: 'email',
      direction: 'out',
      source: 'auto',
      summary: 'Cut month-end close to two days',
      score: expect.any(Number),
    });
    expect(settled.contacts.some((c) => c.emails.includes(colleague))).toBe(false);
    expect(settled.touches).toHaveLength(log.touches.length);
  });

  it('logs a message received in an open thread once, across reloads, and makes the sender due today', async () => {
    const dana = DANA.emails![0];
    const badgeBefore = Number((await h.badgeText()) || 0);
    expect(touchesOf(await readLog(h), dana)).toEqual([]);
    const openedAt = Date.now();
    const { page, sidebar } = await openGmail(threadReceivedNow(), 'inbound');

    const log = await until(
      () => readLog(h),
      (l) => touchesOf(l, dana).length > 0,
      'the received message logged',
    );
    const inbound = () => touchesOf(log, dana).filter((t) => t.direction === 'in');
    expect(inbound()).toEqual([
      expect.objectContaining({
        channel: 'email',
        direction: 'in',
        source: 'auto',
        summary: 'Q3 renewal for Acme',
        externalId: '#msg-f:1828900000000000001',
      }),
    ]);
    // Dated as Gmail dates it (to the minute).
    expect(Math.abs(Number(inbound()[0].at) - openedAt)).toBeLessThan(120_000);
    // The rep's own message in the thread (dated Apr 2025 in the fixture) is an outbound touch, not an inbound one.
    expect(log.touches.some((t) => t.externalId === '#msg-a:r-3813000000000000001')).toBe(false);
    expect(touchesOf(log, dana).filter((t) => t.direction === 'out')).toEqual([
      expect.objectContaining({
        externalId: '#msg-a:r-3813000000000000001:dana.buyer@acme.example',
      }),
    ]);

    await openPanel(sidebar);
    await sidebar.click('[data-tab="today"]');
    const item = sidebar.locator('[data-wiifm="today-item"]', { hasText: 'Dana Buyer' });
    await item.waitFor();
    expect(await item.getAttribute('data-overdue-days')).toBe('0');
    expect(await item.innerText()).toContain('They replied');
    await until(
      async () => Number((await h.badgeText()) || 0),
      (n) => n === badgeBefore + 1,
      'the badge counting Dana',
    );

    for (let i = 0; i < 2; i++) {
      await page.reload({ waitUntil: 'domcontentloaded' });
      await (await sidebarFrame(page, 15_000)).waitForSelector('[data-view="draft"]');
      await page.waitForTimeout(500); // the content script reports the thread at once
    }
    expect(touchesOf(await readLog(h), dana)).toHaveLength(2);
  });

  it("lists today's follow-ups when no compose is open", async () => {
    const { sidebar } = await openGmail(INBOX_ONLY, 'today');
    await sidebar.waitForSelector('[data-wiifm="sidebar"][data-view="today"]');
    // With no compose, the sidebar rests as its handle with the due count; a click opens it.
    await sidebar.waitForSelector('[data-collapsed="true"] [data-wiifm="due-count"]');
    await openPanel(sidebar);
    const kim = sidebar.locator('[data-wiifm="today-item"]', { hasText: 'Kim Known' });
    await kim.waitFor();
    expect(await kim.getAttribute('data-overdue-days')).toBe(String(KIM_DAYS - 7));
    expect(await kim.innerText()).toContain(`${KIM_DAYS - 7} days overdue`);
    expect(await sidebar.locator('[data-tab="draft"]').count()).toBe(0);
  });

  it("says it can't read a draft it does not recognise, and checks a pasted one the same way", async () => {
    const { page, sidebar } = await openGmail(BROKEN_HTML, 'broken');
    await sidebar.waitForSelector('[data-wiifm="sidebar"][data-view="paste"]');
    expect(await sidebar.locator('[data-wiifm="paste-intro"]').innerText()).toMatch(
      /Can't read this draft/,
    );
    await sidebar.fill('[data-wiifm="paste-text"]', WEAK_DRAFT);
    const shown = await until(
      () => checksShown(sidebar),
      (s) => Object.keys(s.status).length > 0,
      'the pasted draft checked',
    );
    expect(Object.keys(shown.status)).toEqual(EMAIL_CHECKS);
    expect(shown.status.purpose).toBe('fail');
    expect(['fail', 'warn']).toContain(shown.status.benefit);
    // The page still works: its compose is untouched and can be typed in.
    await page.click('input[name="subjectbox"]');
    await page.keyboard.type('!');
    expect(await page.inputValue('input[name="subjectbox"]')).toBe('Quick question!');
  });

  it("keeps the touch log out of the page's reach", async () => {
    const { page, sidebar } = await openGmail(composeTo([KIM.emails![0]]), 'privacy');
    await sidebar.waitForSelector('[data-wiifm="recipient"][data-known="true"]');

    const fromPage = await page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      // Opening "wiifm" in Gmail's origin makes an empty database of the page's own.
      const stores = await new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('wiifm');
        open.onsuccess = () => {
          const count = open.result.objectStoreNames.length;
          open.result.close();
          indexedDB.deleteDatabase('wiifm');
          resolve(count);
        };
        open.onerror = () => reject(open.error);
      });
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      return {
        names,
        stores,
        frames: window.length,
        iframes: document.querySelectorAll('iframe').length,
        canMessageExtension: typeof runtime?.sendMessage === 'function',
      };
    });
    expect(fromPage).toEqual({
      names: [],
      stores: 0,
      frames: 0,
      iframes: 0,
      canMessageExtension: false,
    });

    // Even holding the sidebar's iframe element (the page cannot: it sits in a
    // closed shadow root), the page could not read its document.
    const element = await sidebar.frameElement();
    const reach = await page.evaluate((iframe) => {
      const frame = iframe as HTMLIFrameElement;
      let read = 'read';
      try {
        void frame.contentWindow!.document.body;
      } catch (error) {
        read = (error as Error).name;
      }
      return { contentDocument: frame.contentDocument, read };
    }, element);
    expect(reach).toEqual({ contentDocument: null, read: 'SecurityError' });
  });

  describe('the log records what really happened', () => {
    /** A compose page for `to` whose Gmail offers Undo for `undoMs` after Send. */
    const sendPage = (to: string[], label: string, undoMs = 1500, subject?: string) =>
      openGmail(composeTo(to, subject), `${label}&undo=${undoMs}`);
    const one = (c: SeedContact) => c.emails![0];
    /** The sends the background holds for their undo window (storage.session, read in the worker). */
    const held = () =>
      h.swEval(async (api) => {
        const got = await api.storage.session.get('wiifm.pendingSends');
        return ((got['wiifm.pendingSends'] as { held?: unknown[] } | undefined)?.held ?? []).length;
      });

    it("logs nothing when the rep clicks Gmail's Undo, and the draft comes back", async () => {
      const { page, sidebar } = await sendPage([one(UMA)], 'gmail-undo', 8000);
      await sidebar.waitForSelector('[data-view="draft"] [data-check]');
      await page.click(SEND);
      await page.waitForSelector('#link_undo');
      await until(held, (n) => n === 1, 'the send held by the background');
      await page.click('#link_undo');
      await page.waitForSelector(`[role="dialog"] ${SEND}`);
      await until(held, (n) => n === 0, 'the held send withdrawn');
      // Past the rep's undo window and the grace after it: still nothing.
      await page.waitForTimeout(2500);
      expect(touchesOf(await readLog(h), one(UMA))).toEqual([]);
      expect(await sidebar.locator('[data-wiifm="undo-bar"]').count()).toBe(0);
      // The draft is back and coached again.
      await sidebar.waitForSelector('[data-view="draft"] [data-check]');
    });

    it('logs nothing for a send Gmail refuses, and a send without a subject only once the rep says OK', async () => {
      const refused = await sendPage([one(RAE), 'finance@@acme'], 'refused');
      await refused.page.click(SEND);
      await refused.page.waitForSelector('[role="alertdialog"]');
      await refused.page.click('[role="alertdialog"] button[name="ok"]');

      const { page } = await sendPage([one(NIA)], 'no-subject', 1500, '');
      await page.click(SEND);
      await page.click('[role="alertdialog"] button[name="cancel"]');
      await page.waitForTimeout(3000);
      const log = await readLog(h);
      expect(touchesOf(log, one(RAE))).toEqual([]);
      expect(touchesOf(log, one(NIA))).toEqual([]);
      // Both composes are still open, as Gmail leaves them.
      expect(await refused.page.locator(SEND).count()).toBe(1);
      expect(await page.locator(SEND).count()).toBe(1);

      await page.click(SEND);
      await page.click('[role="alertdialog"] button[name="ok"]');
      const sent = await until(
        () => readLog(h),
        (l) => touchesOf(l, one(NIA)).length > 0,
        'the confirmed send logged',
      );
      expect(touchesOf(sent, one(NIA))).toEqual([
        expect.objectContaining({
          channel: 'email',
          direction: 'out',
          externalId: '#msg-a:r-1111222233334444555:nia.nosubject@acme.example',
        }),
      ]);
    });

    it('logs a scheduled send as scheduled, at the time the rep chose', async () => {
      const { page, sidebar } = await sendPage([one(SKY)], 'scheduled');
      await sidebar.waitForSelector('[data-view="draft"] [data-check]');
      await page.click('[aria-label="More send options"]');
      await page.click('[selector="scheduledSend"]');
      await page.click('.ZkmAeb .Az >> nth=0'); // Tomorrow morning
      await page.waitForSelector('#link_undo');
      const log = await until(
        () => readLog(h),
        (l) => touchesOf(l, one(SKY)).length > 0,
        'the scheduled send logged',
      );
      const tomorrow8 = new Date();
      tomorrow8.setDate(tomorrow8.getDate() + 1);
      tomorrow8.setHours(8, 0, 0, 0);
      expect(touchesOf(log, one(SKY))).toEqual([
        expect.objectContaining({ direction: 'out', scheduled: true, at: tomorrow8.getTime() }),
      ]);
      // Counted from when it goes: not due now.
      const sky = log.contacts.find((c) => c.emails.includes(one(SKY)))!;
      expect(sky.lastOutAt).toBe(tomorrow8.getTime());
    });

    it('still logs a send whose tab closed while Gmail offered Undo, at the deadline', async () => {
      const { page } = await sendPage([one(DEE)], 'tab-closed', 60_000);
      await page.click(SEND);
      await page.waitForSelector('#link_undo');
      await until(held, (n) => n === 1, 'the send held by the background');
      await page.close();
      await new Promise((r) => setTimeout(r, 300));
      expect(touchesOf(await readLog(h), one(DEE))).toEqual([]);
      // Instead of waiting out the 30 s: the test moves the held send's deadline to now and
      // wakes the worker the way the alarm would.
      await h.swEval(async (api) => {
        const key = 'wiifm.pendingSends';
        const state = (await api.storage.session.get(key))[key] as {
          held: Array<{ deadline: number }>;
        };
        for (const entry of state.held) entry.deadline = Date.now() - 1;
        await api.storage.session.set({ [key]: state });
        await api.alarms.create('wiifm-pending-sends', { when: Date.now() + 100 });
      });
      const log = await until(
        () => readLog(h),
        (l) => touchesOf(l, one(DEE)).length > 0,
        'the send logged at the deadline',
      );
      expect(touchesOf(log, one(DEE))).toEqual([
        expect.objectContaining({ direction: 'out', source: 'auto', score: expect.any(Number) }),
      ]);
    });

    it("acts only on the rep's real input: a page script's click() on Send or dispatched Ctrl+Enter logs nothing", async () => {
      const byScript = await sendPage([one(TESS)], 'script-click', 300);
      await byScript.sidebar.waitForSelector('[data-view="draft"] [data-check]');
      await byScript.page.evaluate(
        (send) => (document.querySelector(send) as HTMLElement).click(),
        SEND,
      );
      // Gmail's stand-in sends it (a page script can do that), but the rep did not.
      await byScript.page.waitForSelector('#link_undo');

      const byKeys = await sendPage([one(TESS)], 'script-keys', 300);
      await byKeys.sidebar.waitForSelector('[data-view="draft"] [data-check]');
      await byKeys.page.evaluate((body) => {
        const event = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true });
        document.querySelector(body)!.dispatchEvent(event);
      }, BODY);
      await byKeys.page.waitForSelector('#link_undo');
      await byKeys.page.waitForTimeout(2500);
      expect(touchesOf(await readLog(h), one(TESS))).toEqual([]);

      const real = await sendPage([one(TESS)], 'real-click', 300);
      await real.sidebar.waitForSelector('[data-view="draft"] [data-check]');
      await real.page.click(SEND);
      const log = await until(
        () => readLog(h),
        (l) => touchesOf(l, one(TESS)).length > 0,
        "the rep's own send logged",
      );
      await real.page.waitForTimeout(500);
      expect(touchesOf(await readLog(h), one(TESS))).toHaveLength(1);
      expect(touchesOf(log, one(TESS))[0]).toMatchObject({ direction: 'out' });
    });

    it('reads the inbox list: a reply is due today and counted on the badge, auto-replies are not, a bounce marks the address', async () => {
      const badgeBefore = Number((await h.badgeText()) || 0);
      const { page } = await openGmail(inboxNow(), 'inbox');
      const log = await until(
        () => readLog(h),
        (l) =>
          touchesOf(l, one(RHEA)).some((t) => t.direction === 'in') &&
          (l.contacts.find((c) => c.id === BEA.id)?.undeliverable as string[] | undefined)
            ?.length === 1,
        'the reply and the bounce read',
      );
      expect(touchesOf(log, one(RHEA)).filter((t) => t.direction === 'in')).toEqual([
        expect.objectContaining({
          source: 'auto',
          externalId: msgF('19612c0ffee00001'),
          summary: 'Re: Pilot for the May close',
          // The row's conversation, for the popup's "Reply in thread" (issue 14).
          threadId: '19612c0ffee00000',
        }),
      ]);
      for (const c of [OTTO, GRETA, BEA]) {
        expect(touchesOf(log, one(c)).map((t) => t.direction)).toEqual(['out']);
      }
      expect(log.contacts.find((c) => c.id === BEA.id)?.undeliverable).toEqual([one(BEA)]);
      // The newsletter and the delivery system are nobody in the log.
      expect(log.contacts.some((c) => c.emails.includes('news@ledger-weekly.example'))).toBe(false);
      expect(log.contacts.some((c) => c.emails.includes('mailer-daemon@googlemail.com'))).toBe(
        false,
      );

      const sidebar = await sidebarFrame(page, 15_000);
      await openPanel(sidebar);
      await sidebar.click('[data-tab="today"]').catch(() => undefined);
      const rhea = sidebar.locator('[data-wiifm="today-item"]', { hasText: 'Rhea Reply' });
      await rhea.waitFor();
      expect(await rhea.getAttribute('data-overdue-days')).toBe('0');
      expect(await rhea.innerText()).toContain('They replied');
      for (const name of ['Otto Ooo', 'Greta Abwesend']) {
        expect(await sidebar.locator('[data-wiifm="today-item"]', { hasText: name }).count()).toBe(
          0,
        );
      }
      await until(
        async () => Number((await h.badgeText()) || 0),
        (n) => n === badgeBefore + 1,
        'the badge counting Rhea',
      );

      // Read again after a reload: still one.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await (await sidebarFrame(page, 15_000)).waitForSelector('[data-wiifm="sidebar"]');
      await page.waitForTimeout(500);
      expect(
        touchesOf(await readLog(h), one(RHEA)).filter((t) => t.direction === 'in'),
      ).toHaveLength(1);

      // Writing to Bea again, the sidebar says her address bounced.
      const compose = await openGmail(composeTo([one(BEA)]), 'to-bounced');
      const card = compose.sidebar.locator(`[data-wiifm="recipient"][data-email="${one(BEA)}"]`);
      await card.locator('[data-wiifm="undeliverable"]').waitFor();
      expect(await card.innerText()).toContain('Undeliverable');
    });

    it("logs the rep's own message in an opened thread as one outbound touch, the same after reloads", async () => {
      const { page } = await openGmail(
        threadFrom(one(OWEN), '#msg-f:1828900000000000777'),
        'own-message',
      );
      const own = (l: StoredLog) => touchesOf(l, one(OWEN)).filter((t) => t.direction === 'out');
      const log = await until(
        () => readLog(h),
        (l) => own(l).length > 0,
        'the own message logged',
      );
      expect(own(log)).toEqual([
        expect.objectContaining({
          channel: 'email',
          source: 'auto',
          summary: 'Q3 renewal for Acme',
          externalId: '#msg-a:r-3813000000000000001:owen.own@acme.example',
          at: new Date(2025, 3, 9, 8, 1).getTime(),
        }),
      ]);
      expect(own(log)[0]).not.toHaveProperty('score');
      for (let i = 0; i < 2; i++) {
        await page.reload({ waitUntil: 'domcontentloaded' });
        await (await sidebarFrame(page, 15_000)).waitForSelector('[data-wiifm="sidebar"]');
        await page.waitForTimeout(500);
      }
      const after = await readLog(h);
      expect(own(after)).toEqual(own(log));
      expect(touchesOf(after, one(OWEN))).toHaveLength(2); // and Owen's message, in
    });
  });

  describe.skipIf(!realPresent)('on pages saved from the real Gmail', () => {
    it('coaches the saved compose dialog: checks follow typing, sidebar shown within 150 ms', async () => {
      const { page, sidebar } = await openGmail(
        wrapCompose(real('gmail-compose-nguyenv119.html')),
        'real-compose',
      );
      // Its body holds only the signature: an empty draft, nothing to check yet.
      await sidebar.waitForSelector('[data-view="draft"] [data-wiifm="empty-draft"]');

      await caretInFirstLine(page, 'start');
      await page.keyboard.type(WEAK_DRAFT);
      // The signature is still there, and still not counted.
      const typed = await until(
        () => checksShown(sidebar),
        (s) => s.words === WEAK_DRAFT.split(/\s+/).length,
        'the typed draft checked',
      );
      expect(Object.keys(typed.status)).toEqual(EMAIL_CHECKS);
      expect(typed.status.purpose).toBe('fail');
      expect(await page.locator('.gmail_signature').count()).toBe(1);

      // Opening this compose again, with the draft in it: see the first test.
      const trials = await sidebarShownTrials(page, sidebar, 3);
      expect(Math.max(...trials)).toBeLessThan(1000);
      expect(median(trials)).toBeLessThan(150);
    });

    it("logs the saved page's inbox reply and the owner's own message once each, across reloads, and no newsletter sender", async () => {
      const before = await readLog(h);
      const { page } = await openGmail(offline(real('gmail-thread-brocc.html')), 'real-thread');
      const logged = (l: StoredLog) => ({
        received: touchesOf(l, realSender).filter((t) => t.direction === 'in'),
        own: touchesOf(l, realSender).filter((t) => t.direction === 'out'),
        row: touchesOf(l, REAL_ROW_SENDER).filter((t) => t.direction === 'in'),
      });
      const all = (l: StoredLog) => {
        const x = logged(l);
        return x.received.length > 0 && x.own.length > 0 && x.row.length > 0;
      };
      const first = logged(
        await until(() => readLog(h), all, 'the thread and the inbox row logged'),
      );
      // The open thread: the contact's message in, the owner's reply out (sent from elsewhere).
      expect(first.received).toEqual([
        expect.objectContaining({
          channel: 'email',
          source: 'auto',
          externalId: expect.stringMatching(/^#msg-f:\d+$/),
        }),
      ]);
      expect(first.own).toEqual([
        expect.objectContaining({
          channel: 'email',
          source: 'auto',
          externalId: expect.stringMatching(
            new RegExp(`^#msg-a:r-?\\d+:${realSender.replaceAll('.', '\\.')}$`),
          ),
        }),
      ]);
      expect(Number(first.own[0].at)).toBeGreaterThan(Number(first.received[0].at));
      // A row of the inbox: the known contact's message, dated as the row dates it (8 Apr 2025).
      expect(first.row).toEqual([
        expect.objectContaining({
          externalId: msgF(REAL_ROW_HEX),
          at: new Date(2025, 3, 8, 15, 4).getTime(),
        }),
      ]);

      for (let i = 0; i < 2; i++) {
        await page.reload({ waitUntil: 'domcontentloaded' });
        await (await sidebarFrame(page, 15_000)).waitForSelector('[data-wiifm="sidebar"]');
        await page.waitForTimeout(500);
      }
      const after = await readLog(h);
      expect(logged(after)).toEqual(first);
      // Newsletters and other senders in the inbox are nobody in the log: no contact was made.
      expect(after.contacts.map((c) => c.id).toSorted()).toEqual(
        before.contacts.map((c) => c.id).toSorted(),
      );
    });
  });
});
