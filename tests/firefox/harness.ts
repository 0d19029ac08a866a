import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, ElementHandle, Frame, HTTPRequest, Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, requireFirefox } from '@/scripts/firefox';

/**
 * Drives the Firefox production build (`.output/firefox-mv2`) in a real
 * Firefox ESR over WebDriver BiDi (puppeteer-core), installed as a temporary
 * add-on the way `about:debugging` would. Gmail and LinkedIn are answered
 * from fixture HTML at their real URLs (request interception, per tab), so
 * the content scripts match exactly as in production; any other request a
 * tab makes is refused and recorded.
 *
 * Firefox quirks this works around (Firefox 153 ESR, seen 2026-12):
 * - BiDi may only navigate to `moz-extension://` pages when Firefox runs
 *   with `--remote-allow-system-access`.
 * - Firefox sends no BiDi events for extension documents: `page.goto` to one
 *   never settles and the sidebar's iframe keeps the URL `about:blank` in
 *   puppeteer's frame tree. Both are found by polling `evaluate`, which does
 *   reach them.
 * - The add-on's internal UUID (its `moz-extension://` host) is random per
 *   install; the `extensions.webextensions.uuids` pref pins it.
 * - Requests that extension documents make are invisible to BiDi, so the
 *   profile routes everything through a proxy that does not exist: whatever
 *   escaped interception fails instead of leaving the machine.
 */

/** The sites we coach on; requests to them are answered from fixtures. */
export const FIXTURE_ORIGINS = ['https://mail.google.com', 'https://www.linkedin.com'];
const ADDON_ID = 'wiifm-coach@wiifm.local';
const POLL_MS = 50;

export type FixtureHandler = (url: URL) => string | undefined;

export interface FirefoxLaunchOptions {
  /** Page HTML by URL (the hash is ignored). */
  pages?: Record<string, string>;
  /** Asked for fixture-origin URLs that `pages` does not have; undefined means 404. */
  handler?: FixtureHandler;
}

export interface RecordedRequest {
  url: string;
  outcome: 'served' | 'not-found' | 'blocked';
}

/** The touch log as stored, read back from the extension's IndexedDB. */
export interface StoredLog {
  contacts: Array<Record<string, unknown> & { id: number; name: string; emails: string[] }>;
  touches: Array<
    Record<string, unknown> & { id: number; contactId: number; channel: string; direction: string }
  >;
}

export interface FirefoxHarness {
  browser: Browser;
  /** `moz-extension://<uuid>/`, the add-on's origin with a trailing slash. */
  extensionBase: string;
  /** Every request a fixture tab made, in order. */
  readonly requests: RecordedRequest[];
  /** Requests that were not a fixture page. Should be empty. */
  offsiteRequests(): RecordedRequest[];
  /** Uncaught errors in the fixture tabs, as `url: message`. */
  readonly pageErrors: string[];
  /**
   * Errors Firefox printed for the add-on's own documents (background,
   * sidebar, popup, options): BiDi does not report those, Firefox's console
   * output does.
   */
  extensionErrors(): string[];
  /** Opens a new tab at `url`, serving `html` there first when given. */
  openPage(url: string, html?: string): Promise<Page>;
  /** Opens an extension page (e.g. `popup.html`) in a new tab, once it has loaded. */
  extensionPage(path: string): Promise<Page>;
  /**
   * Runs `fn` in an extension page with the WebExtension API (`browser`) as
   * its first argument. `fn` is sent as source: only `arg` (JSON) crosses.
   */
  extensionEval<R, A = undefined>(
    fn: (api: unknown, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R>;
  /** The sidebar iframe in a Gmail or LinkedIn tab, once React has rendered it. */
  sidebarFrame(page: Page, timeout?: number): Promise<Frame>;
  /** Imports a `wiifm-backup` JSON file through the options page, as a rep restoring one would. */
  seed(json: string): Promise<void>;
  /** The whole touch log, from the extension's own database. */
  readLog(): Promise<StoredLog>;
  /** The toolbar badge text ('' when none). */
  badgeText(): Promise<string>;
  close(): Promise<void>;
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** Polls `read` until it returns a value that is not undefined; throws `what` on timeout. */
export async function poll<T>(
  read: () => Promise<T | undefined>,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error; // a document between loads cannot be evaluated yet
    }
    if (Date.now() > end) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Launches Firefox with the Firefox build installed. Close it in afterAll. */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const executablePath = requireFirefox();
  const uuid = randomUUID();
  const extensionBase = `moz-extension://${uuid}/`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: process.env.HEADED !== '1',
    // As the Chromium harness: a laptop's window, where the sidebar fits beside a compose.
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // A proxy that is not there: a request interception did not answer fails.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Tab icons: Firefox's own /favicon.ico requests would pass for the page's.
      'browser.chrome.site_icons': false,
    },
  });

  const output: string[] = [];
  let pending = '';
  const onOutput = (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    output.push(...lines);
  };
  browser.process()?.stdout?.on('data', onOutput);
  browser.process()?.stderr?.on('data', onOutput);

  try {
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(
        `No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first`,
      );
    }
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== ADDON_ID) throw new Error(`installed add-on ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }

  const tmp = mkdtempSync(join(tmpdir(), 'wiifm-firefox-'));
  const pages = new Map<string, string>();
  for (const [url, html] of Object.entries(options.pages ?? {})) pages.set(withoutHash(url), html);
  const requests: RecordedRequest[] = [];
  const pageErrors: string[] = [];

  const fixtureFor = (url: URL): string | undefined =>
    pages.get(withoutHash(url.href)) ?? options.handler?.(url);

  async function route(request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (url.protocol === 'moz-extension:' || url.protocol === 'data:') return request.continue();
    if (FIXTURE_ORIGINS.includes(url.origin)) {
      const body = fixtureFor(url);
      requests.push({ url: url.href, outcome: body === undefined ? 'not-found' : 'served' });
      return request.respond(
        body === undefined
          ? { status: 404, contentType: 'text/plain', body: 'No fixture for this URL' }
          : { status: 200, contentType: 'text/html; charset=utf-8', body },
      );
    }
    requests.push({ url: url.href, outcome: 'blocked' });
    return request.abort('blockedbyclient');
  }

  /** Waits until the tab shows the extension page `path` and it has loaded. */
  const loaded = (page: Page, href: string) =>
    poll(
      () =>
        page
          .evaluate(() => `${location.href} ${document.readyState}`)
          .then((state) => (state === `${href} complete` ? true : undefined)),
      `${href} to load`,
      15_000,
    );

  async function extensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    const href = new URL(path.replace(/^\//, ''), extensionBase).href;
    // Never settles for an extension page (no BiDi events): the poll below waits instead.
    void page.goto(href, { timeout: 15_000 }).catch(() => undefined);
    await loaded(page, href);
    return page;
  }

  let control: Page | null = null;
  /** One options tab, kept open, for reading the database and seeding. */
  async function controlPage(): Promise<Page> {
    if (!control || control.isClosed()) control = await extensionPage('options.html');
    return control;
  }

  const extensionEval = async <R, A = undefined>(
    fn: (api: unknown, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R> =>
    (await controlPage()).evaluate(
      `(${fn.toString()})(browser, ${JSON.stringify(arg) ?? 'undefined'})`,
    ) as Promise<R>;

  let closed = false;
  return {
    browser,
    extensionBase,
    get requests() {
      return [...requests];
    },
    offsiteRequests: () => requests.filter((r) => r.outcome !== 'served'),
    pageErrors,
    extensionErrors: () =>
      output.filter((line) => /JavaScript error/.test(line) && line.includes(extensionBase)),
    async openPage(url, html) {
      if (html !== undefined) pages.set(withoutHash(url), html);
      const page = await browser.newPage();
      page.on('pageerror', (error) =>
        pageErrors.push(`${page.url()}: ${(error as Error).message ?? String(error)}`),
      );
      await page.setRequestInterception(true);
      page.on('request', (request) => void route(request));
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    extensionPage,
    extensionEval,
    async sidebarFrame(page, timeout = 15_000) {
      const sidebarUrl = `${extensionBase}sidebar.html`;
      return poll(
        async () => {
          for (const frame of page.frames()) {
            if (frame === page.mainFrame()) continue;
            const ready = await frame
              .evaluate(
                (url) =>
                  location.href.startsWith(url) &&
                  document.querySelector('[data-wiifm="sidebar"]') !== null,
                sidebarUrl,
              )
              .catch(() => false);
            if (ready) return frame;
          }
          return undefined;
        },
        'the WII-FM sidebar to appear',
        timeout,
      );
    },
    async seed(json) {
      const page = await controlPage();
      const file = join(tmp, `seed-${Date.now()}.json`);
      writeFileSync(file, json);
      await page.evaluate(() => document.querySelector('[data-wiifm="import-result"]')?.remove());
      const input = (await page.waitForSelector(
        'input[data-wiifm="import-input"]',
      )) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
      const [kind, text] = await poll(
        () =>
          page.evaluate(() => {
            const done = document.querySelector(
              '[data-wiifm="import-result"], [data-wiifm="import-error"]',
            );
            return done ? [done.getAttribute('data-wiifm'), done.textContent ?? ''] : undefined;
          }),
        'the import to finish',
        30_000,
      );
      if (kind === 'import-error') throw new Error(`seed import failed: ${text}`);
    },
    async readLog() {
      return (await controlPage()).evaluate(
        () =>
          new Promise<StoredLog>((resolve, reject) => {
            const open = indexedDB.open('wiifm');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(['contacts', 'touches'], 'readonly');
              const contacts = tx.objectStore('contacts').getAll();
              const touches = tx.objectStore('touches').getAll();
              tx.oncomplete = () => {
                db.close();
                resolve({ contacts: contacts.result, touches: touches.result } as StoredLog);
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
    },
    badgeText: () =>
      extensionEval((api) =>
        (
          api as { browserAction: { getBadgeText(d: object): Promise<string> } }
        ).browserAction.getBadgeText({}),
      ),
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => undefined);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
