import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '@/scripts/chromium';

/**
 * The Gmail adapter and the shared page pieces in a real Chromium: Ranges,
 * the Highlight API, focus, selection, postMessage between the page and the
 * sidebar iframe, and the coach reacting to typing and sending. Our fixture
 * pages are served at Gmail's real URL; a stand-in sidebar page (another
 * origin, as the extension's is) records what it receives and can answer.
 * The production build with the real sidebar is the e2e suite's job.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GMAIL = 'https://mail.google.com/mail/u/0/';
const SIDEBAR_ORIGIN = 'https://sidebar.test';
const fixture = (name: string) => readFileSync(`${ROOT}tests/fixtures/${name}`, 'utf8');

const chromePath = findChromium();
if (!chromePath) console.warn('Gmail DOM tests skipped: no Chromium found');

// Records what the sidebar receives on the port the content script hands it
// (with the secret from its own URL); \`reply\` answers on that port, as the
// real sidebar does. \`windowMessages\` counts what reached it any other way.
const FAKE_SIDEBAR = `<!doctype html><html><body><script>
  window.received = [];
  window.windowMessages = 0;
  let port = null;
  const secret = location.hash.slice(1);
  addEventListener('message', (e) => {
    if (!port && e.data?.type === 'wiifm:connect' && e.data.secret === secret && e.ports.length === 1) {
      port = e.ports[0];
      port.onmessage = (m) => received.push(m.data);
      reply({ type: 'wiifm:ready' });
      // As the real sidebar asks beside a compose (it rests as a handle until asked).
      reply({ type: 'wiifm:layout', want: 'panel' });
    } else {
      windowMessages += 1;
    }
  });
  window.reply = (msg) => port?.postMessage(msg);
</script></body></html>`;

let browser: Browser;
let context: BrowserContext;
let bundle: string;
let currentPage = '';

beforeAll(async () => {
  if (!chromePath) return;
  const built = await build({
    stdin: {
      contents: `
        import * as gmail from '@/lib/sites/gmail';
        import * as shared from '@/lib/sites/shared';
        window.wiifm = { ...gmail, ...shared };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    tsconfig: `${ROOT}tsconfig.json`,
    plugins: [
      {
        name: 'browser-stub',
        setup(b) {
          b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'browser', namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents: `export const browser = { runtime: { getURL: (p) => '${SIDEBAR_ORIGIN}' + p } };`,
            loader: 'js',
          }));
        },
      },
    ],
  });
  bundle = built.outputFiles[0].text;
  browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(GMAIL))
      return route.fulfill({ body: currentPage, contentType: 'text/html' });
    if (url.startsWith(`${SIDEBAR_ORIGIN}/sidebar.html`)) {
      return route.fulfill({ body: FAKE_SIDEBAR, contentType: 'text/html' });
    }
    return route.abort();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** A message the stand-in sidebar received or the coach sent. */
type Logged = { type: string; [k: string]: unknown };

interface Opened {
  page: Page;
  errors: string[];
  sidebar: () => Promise<Frame>;
  received: () => Promise<Array<{ type: string; [k: string]: unknown }>>;
  sent: () => Promise<Array<{ type: string; [k: string]: unknown }>>;
}

/** Opens a fixture at Gmail's URL and starts the coach on it, as the content script does. */
async function open(name: string): Promise<Opened> {
  currentPage = fixture(name);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(GMAIL);
  await page.addScriptTag({ content: bundle });
  await page.evaluate((sidebarUrl) => {
    const w = window as unknown as {
      // The test bundle's exports, typed at the call sites below.
      wiifm: {
        startGmailCoach(doc: Document, deps: object): void;
        mountSidebar(doc: Document, opts: object): unknown;
      };
      sent: unknown[];
    };
    w.sent = [];
    w.wiifm.startGmailCoach(document, {
      mount: (anchor: () => DOMRect | null) =>
        w.wiifm.mountSidebar(document, { site: 'gmail', anchor, url: sidebarUrl }),
      send: (msg: unknown) => {
        w.sent.push(msg);
        return Promise.resolve({ ok: true, touchIds: [7], skipped: 0 });
      },
    });
  }, `${SIDEBAR_ORIGIN}/sidebar.html`);
  const sidebar = async () => {
    for (let i = 0; i < 100; i++) {
      const frame = page.frames().find((f) => f.url().startsWith(SIDEBAR_ORIGIN));
      if (frame) return frame;
      await page.waitForTimeout(20);
    }
    throw new Error('sidebar frame never loaded');
  };
  const received = async () =>
    (await sidebar()).evaluate(() => (window as unknown as { received: Logged[] }).received);
  const sent = () => page.evaluate(() => (window as unknown as { sent: Logged[] }).sent);
  return { page, errors, sidebar, received, sent };
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 500)}`);
}

const lastDraft = (msgs: Array<{ type: string; [k: string]: unknown }>) =>
  msgs.filter((m) => m.type === 'wiifm:draft').pop() as
    { composeId: string; text: string; subject: string; recipients: string[] } | undefined;

describe.skipIf(!chromePath)('Gmail in Chromium', () => {
  it('shows the open draft in the sidebar, then follows the rep typing', async () => {
    const { page, received, errors } = await open('gmail-compose-2026-03.html');
    const first = await until(received, (m) => !!lastDraft(m), 'the first draft');
    expect(lastDraft(first)).toMatchObject({
      subject: 'Cut month-end close to two days',
      recipients: ['dana.buyer@acme.example'],
    });
    expect(lastDraft(first)!.text.endsWith('Thursday?\n\nRiley')).toBe(true);

    await page.click('text=Worth a 15-minute call');
    await page.keyboard.press('End');
    await page.keyboard.type(' Or Friday');
    const typed = await until(
      received,
      (m) => !!lastDraft(m)?.text.includes('Thursday? Or Friday'),
      'the typed words',
    );
    expect(lastDraft(typed)!.text).not.toContain('Account Executive');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('docks the sidebar to the left of the compose without covering it', async () => {
    const { page, sidebar } = await open('gmail-compose-2026-03.html');
    await sidebar();
    // The panel once the sidebar has asked for it (its handle until then).
    await page.waitForFunction(
      () => document.getElementById('wiifm-coach-sidebar')!.getBoundingClientRect().width > 250,
    );
    const boxes = await page.evaluate(() => {
      const host = document.getElementById('wiifm-coach-sidebar')!.getBoundingClientRect();
      const compose = document.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { host: host.toJSON(), compose: compose.toJSON() };
    });
    expect(boxes.host.width).toBeGreaterThan(250);
    expect(boxes.host.right).toBeLessThanOrEqual(boxes.compose.left);
    const iframeSrc = await (await sidebar()).evaluate(() => location.href);
    expect(iframeSrc).toMatch(
      new RegExp(`^${SIDEBAR_ORIGIN}/sidebar\\.html\\?site=gmail#[0-9a-f]{32}$`),
    );
    await page.close();
  });

  it("underlines the sidebar's findings in the draft without changing the draft's DOM", async () => {
    const { page, sidebar, received } = await open('gmail-compose-2026-03.html');
    const draft = lastDraft(await until(received, (m) => !!lastDraft(m), 'the draft'))!;
    const before = await page.$eval('[g_editable="true"]', (el) => el.innerHTML);
    const start = draft.text.indexOf('six days to two');
    const spans = [{ start, end: start + 'six days to two'.length, status: 'fail' }];

    // The page itself posting the same message, to itself or to the frame, is not the sidebar: ignored.
    await page.evaluate(
      (msg) => {
        window.postMessage(msg, '*');
        for (let i = 0; i < window.frames.length; i++) window.frames[i].postMessage(msg, '*');
      },
      {
        type: 'wiifm:highlights',
        composeId: draft.composeId,
        spans,
      },
    );
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => CSS.highlights.has('wiifm-fail'))).toBe(false);

    await (
      await sidebar()
    ).evaluate((msg) => (window as unknown as { reply: (m: unknown) => void }).reply(msg), {
      type: 'wiifm:highlights',
      composeId: draft.composeId,
      spans,
    });
    const painted = await until(
      () =>
        page.evaluate(() => {
          const h = CSS.highlights.get('wiifm-fail');
          return h ? [...h].map((r) => r.toString()) : [];
        }),
      (words) => words.length > 0,
      'the highlight',
    );
    expect(painted).toEqual(['six days to two']);
    expect(await page.$eval('[g_editable="true"]', (el) => el.innerHTML)).toBe(before);

    // Clicking a finding selects its words in the draft.
    await (
      await sidebar()
    ).evaluate((msg) => (window as unknown as { reply: (m: unknown) => void }).reply(msg), {
      type: 'wiifm:select',
      composeId: draft.composeId,
      span: spans[0],
    });
    const selected = await until(
      () => page.evaluate(() => String(window.getSelection())),
      (s) => s.length > 0,
      'the selection',
    );
    expect(selected).toBe('six days to two');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe(
      'true',
    );
    await page.close();
  });

  /** Waits (up to 10 s: Gmail's undo window passes first) until the coach sent a message of `type`. */
  const sentOfType = async (page: Page, type: string) => {
    await page.waitForFunction(
      (t) => (window as unknown as { sent: Logged[] }).sent.some((m) => m.type === t),
      type,
      { timeout: 10_000 },
    );
    return page.evaluate(() => (window as unknown as { sent: Logged[] }).sent);
  };

  it('holds a send while Gmail offers Undo, logs it once when the window closes, tells the sidebar, then shows "no compose"', async () => {
    const { page, received, sent } = await open('gmail-compose-2026-03.html');
    await until(received, (m) => !!lastDraft(m), 'the draft');
    await page.click('[data-tooltip^="Send"]');
    await page.waitForSelector('#link_undo');
    const held = await until(sent, (s) => s.some((m) => m.type === 'touch.emailPending'), 'held');
    expect(held.some((m) => m.type === 'touch.emailSent')).toBe(false);
    const log = await sentOfType(page, 'touch.emailSent');
    const sends = log.filter((m) => m.type === 'touch.emailSent');
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({
      recipients: ['dana.buyer@acme.example'],
      subject: 'Cut month-end close to two days',
      externalId: '#msg-a:r-1111222233334444555',
      seenIn: 'compose',
    });
    expect(String(sends[0].text)).toContain('Worth a 15-minute call');
    const after = await until(
      received,
      (m) => m.some((x) => x.type === 'wiifm:logged'),
      'the logged offer',
    );
    expect(after).toContainEqual({ type: 'wiifm:no-compose', site: 'gmail' });
    expect(after).toContainEqual({ type: 'wiifm:logged', touchIds: [7] });
    await page.close();
  });

  it("logs the thread's messages once (the prospect's in, the rep's own out) and a reply sent by Ctrl+Enter, not again from the thread", async () => {
    const { page, received, sent } = await open('gmail-thread-2025-04.html');
    const draft = lastDraft(await until(received, (m) => !!lastDraft(m), 'the reply draft'))!;
    expect(draft.text.endsWith('keep the May price?')).toBe(true);
    await page.click('text=Shall I send the order form');
    await page.keyboard.type(' Thanks!');
    await page.keyboard.press('Control+Enter');
    // Gmail shows the reply in the thread at once, under its draft's id, while Undo is offered.
    await page.waitForSelector('[data-message-id="#msg-a:r-9990000000000000002"]');
    await page.waitForFunction(
      () =>
        (window as unknown as { sent: Logged[] }).sent.some(
          (m) => m.type === 'touch.emailSent' && m.seenIn === 'compose',
        ),
      null,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(300); // for a second log of the reply from the thread, if there were one
    const log = await sent();
    expect(log.filter((m) => m.type === 'touch.emailReceived')).toEqual([
      {
        type: 'touch.emailReceived',
        from: 'dana.buyer@acme.example',
        fromName: 'Dana Buyer',
        subject: 'Q3 renewal for Acme',
        externalId: '#msg-f:1828900000000000001',
        seenIn: 'thread',
        at: await page.evaluate(() => new Date(2025, 3, 9, 3, 2).getTime()),
        // The conversation, so the popup's "Reply in thread" can open it (issue 14).
        threadId: '1961900000000001',
      },
    ]);
    const sends = log.filter((m) => m.type === 'touch.emailSent');
    expect(sends).toEqual([
      expect.objectContaining({
        externalId: '#msg-a:r-3813000000000000001',
        recipients: ['dana.buyer@acme.example'],
        seenIn: 'thread',
      }),
      expect.objectContaining({
        externalId: '#msg-a:r-9990000000000000002',
        subject: 'Re: Q3 renewal for Acme',
        seenIn: 'compose',
      }),
    ]);
    expect(String(sends[1].text)).not.toContain('wrote:');
    await page.close();
  });

  it("tells the sidebar it can't read a compose whose body it does not recognise", async () => {
    const { page, received, errors } = await open('gmail-broken-2026.html');
    const msgs = await until(
      received,
      (m) => m.some((x) => x.type === 'wiifm:unreadable'),
      'the unreadable notice',
    );
    expect(msgs).toContainEqual({
      type: 'wiifm:unreadable',
      site: 'gmail',
      what: 'the message body',
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a compose that opens after the page loaded (Gmail navigates without reloading)', async () => {
    const { page, received } = await open('gmail-compose-2026-03.html');
    await until(received, (m) => !!lastDraft(m), 'the draft');
    const dialog = await page.$eval('[role="dialog"]', (el) => el.outerHTML);
    await page.$eval('[role="dialog"]', (el) => el.remove());
    await until(received, (m) => m[m.length - 1]?.type === 'wiifm:no-compose', 'no-compose');
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), dialog);
    const back = await until(
      received,
      (m) => m[m.length - 1]?.type === 'wiifm:draft',
      'the reopened draft',
    );
    expect(lastDraft(back)!.subject).toBe('Cut month-end close to two days');
    await page.close();
  });
});
