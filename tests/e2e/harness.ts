import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import { EXTENSION_DIR } from '@/scripts/build';
import { chromiumArgs, makeProfileDir, requireChromium } from '@/scripts/chromium';

/**
 * Drives the production build in a real Chromium, as a user would meet it:
 * Gmail and LinkedIn are served at their real URLs (from fixture HTML), so
 * the content scripts match exactly as in production, and every other
 * request is refused and recorded, so a test can prove the extension talks
 * to nobody.
 */

/** The sites we coach on; requests to them are answered from fixtures. */
export const FIXTURE_ORIGINS = ['https://mail.google.com', 'https://www.linkedin.com'];

/** The extension API as seen inside the browser (`chrome.*`), for typing `swEval` callbacks. */
export type ExtensionApi = (typeof import('wxt/browser'))['browser'];
export type ExtensionManifest = ReturnType<ExtensionApi['runtime']['getManifest']>;

export interface FixtureResponse {
  body: string;
  status?: number;
  contentType?: string;
}
/** Answers a request to a fixture origin; undefined means 404. */
export type FixtureHandler = (url: URL) => string | FixtureResponse | undefined;

export interface LaunchOptions {
  /** Page HTML by URL (the hash is ignored), e.g. `{ 'https://mail.google.com/mail/u/0/': html }`. */
  pages?: Record<string, string>;
  /** Asked for fixture-origin URLs that `pages` does not have. */
  handler?: FixtureHandler;
  /** Defaults to true unless HEADED=1. */
  headless?: boolean;
  /** null lets a headed window size itself. */
  viewport?: { width: number; height: number } | null;
}

/**
 * What became of a request: answered from a fixture, an extension file,
 * a fixture origin without a fixture (404), refused (any other host), or
 * never seen by the router (should not happen; counts as offsite).
 */
export type RequestOutcome = 'served' | 'extension' | 'not-found' | 'blocked' | 'unrouted';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  outcome: RequestOutcome;
}

export interface ExtensionHarness {
  ctx: BrowserContext;
  /** The extension's background service worker. */
  sw: Worker;
  extensionId: string;
  /** Every request any page, frame or worker made so far, in order. */
  readonly requests: RecordedRequest[];
  /** Requests that were neither a fixture page nor an extension file. Should be empty. */
  offsiteRequests(): RecordedRequest[];
  /** Uncaught errors thrown in any page, as `url: message`. */
  readonly pageErrors: string[];
  /** Serves `html` at `url` from now on. */
  serve(url: string, html: string): void;
  /** Opens a new tab at `url` (serving `html` there first when given). */
  openPage(url: string, html?: string): Promise<Page>;
  /** Opens an extension page in a new tab, e.g. `extensionPage('popup.html')`. */
  extensionPage(path: string): Promise<Page>;
  /**
   * Runs `fn` in the service worker with the extension API as its first
   * argument. `fn` is sent as source: it may not use variables from the test,
   * only `arg` (JSON).
   */
  swEval<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  manifest(): Promise<ExtensionManifest>;
  /** The toolbar badge text ('' when none). */
  badgeText(): Promise<string>;
  close(): Promise<void>;
}

const LAUNCH_TIMEOUT_MS = 60_000;
const WORKER_TIMEOUT_MS = 30_000;

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');

async function extensionWorker(ctx: BrowserContext): Promise<Worker> {
  // Listen before looking, so a worker that starts in between is not missed.
  const starting = ctx
    .waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: WORKER_TIMEOUT_MS })
    .catch(() => null);
  const worker = ctx.serviceWorkers().find(isExtensionWorker) ?? (await starting);
  if (!worker) {
    throw new Error(
      `The extension's service worker did not start within ${WORKER_TIMEOUT_MS / 1000}s ` +
        `(is ${EXTENSION_DIR} a working build?)`,
    );
  }
  return worker;
}

/** Launches Chromium with the production build loaded. Close it in afterAll. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const executablePath = requireChromium();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build in ${EXTENSION_DIR}: run \`npm run build\` first`);
  }
  const headless = options.headless ?? process.env.HEADED !== '1';
  const profileDir = makeProfileDir();
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    args: chromiumArgs(EXTENSION_DIR),
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    timeout: LAUNCH_TIMEOUT_MS,
  });

  const pages = new Map<string, string>();
  for (const [url, html] of Object.entries(options.pages ?? {})) pages.set(withoutHash(url), html);

  const seen: Request[] = [];
  const outcomes = new WeakMap<Request, RequestOutcome>();
  const pageErrors: string[] = [];
  ctx.on('request', (request) => seen.push(request));
  ctx.on('weberror', (webError) => {
    pageErrors.push(`${webError.page()?.url() ?? '(worker)'}: ${webError.error().message}`);
  });

  function fixtureFor(url: URL): FixtureResponse | undefined {
    const html = pages.get(withoutHash(url.href));
    if (html !== undefined) return { body: html };
    const answer = options.handler?.(url);
    return typeof answer === 'string' ? { body: answer } : answer;
  }

  try {
    await ctx.route('**/*', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (url.protocol === 'chrome-extension:') {
        outcomes.set(request, 'extension');
        return route.continue();
      }
      if (FIXTURE_ORIGINS.includes(url.origin)) {
        const fixture = fixtureFor(url);
        outcomes.set(request, fixture ? 'served' : 'not-found');
        return route.fulfill(
          fixture
            ? {
                status: fixture.status ?? 200,
                contentType: fixture.contentType ?? 'text/html; charset=utf-8',
                body: fixture.body,
              }
            : { status: 404, contentType: 'text/plain', body: 'No fixture for this URL' },
        );
      }
      outcomes.set(request, 'blocked');
      return route.abort('blockedbyclient');
    });

    const sw = await extensionWorker(ctx);
    const extensionId = new URL(sw.url()).host;

    const recorded = (): RecordedRequest[] =>
      seen.map((request) => ({
        url: request.url(),
        method: request.method(),
        resourceType: request.resourceType(),
        outcome:
          outcomes.get(request) ??
          (request.url().startsWith('chrome-extension://') ? 'extension' : 'unrouted'),
      }));

    const swEval = <R, A = undefined>(
      fn: (api: ExtensionApi, arg: A) => R | Promise<R>,
      arg?: A,
    ): Promise<R> =>
      // A source string, not a function: inside the worker `chrome` is the
      // extension API, which the test's own types do not know as a global.
      sw.evaluate(
        `(${fn.toString()})(chrome, ${JSON.stringify(arg) ?? 'undefined'})`,
      ) as Promise<R>;

    let closed = false;
    return {
      ctx,
      sw,
      extensionId,
      get requests() {
        return recorded();
      },
      offsiteRequests: () =>
        recorded().filter((r) => r.outcome !== 'served' && r.outcome !== 'extension'),
      pageErrors,
      serve(url, html) {
        pages.set(withoutHash(url), html);
      },
      async openPage(url, html) {
        if (html !== undefined) pages.set(withoutHash(url), html);
        const page = await ctx.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        return page;
      },
      async extensionPage(path) {
        const page = await ctx.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`, {
          waitUntil: 'domcontentloaded',
        });
        return page;
      },
      swEval,
      manifest: () => swEval((api) => api.runtime.getManifest()),
      badgeText: () => swEval((api) => api.action.getBadgeText({})),
      async close() {
        if (closed) return;
        closed = true;
        await ctx.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await ctx.close().catch(() => undefined);
    throw error;
  }
}
