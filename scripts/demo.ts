import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Frame, Page } from 'playwright-core';
import { ROOT, buildExtension } from '@/scripts/build';
import { ChromiumNotFoundError, findChromium } from '@/scripts/chromium';
import {
  DEMO_GMAIL_FIXTURE,
  DEMO_GMAIL_URL,
  DEMO_LINKEDIN_FIXTURE,
  DEMO_LINKEDIN_URL,
  gmailDemoPage,
  linkedinDemoPage,
  seedDemo,
  type DemoPlan,
} from '@/scripts/demo-seed';
import { launchExtension, type ExtensionHarness } from '@/tests/e2e/harness';
import { openPanel, sidebarFrame, waitFor } from '@/tests/e2e/helpers';

/**
 * `npm run demo`: builds the production extension and opens it in Chromium
 * on a Gmail page whose compose holds a weak draft and on a LinkedIn profile,
 * both served locally at their real addresses (nothing leaves the machine),
 * with demo contacts and touches imported as a backup. It runs the e2e
 * harness, so the demo shows what is tested; `tests/e2e/demo.e2e.ts` runs
 * `startDemo` so it cannot rot unnoticed.
 */

const USAGE = `Usage: npm run demo -- [--headless] [--screenshots DIR] [--no-build]

  --headless         run without a window: set up, report, exit
  --screenshots DIR  save gmail.png, linkedin.png, popup.png and options.png
                     into DIR, then exit
  --no-build         reuse the existing .output/chrome-mv3 build`;

const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The screenshots' size (and the headless window's). */
export const DEMO_VIEWPORT = { width: 1280, height: 800 };
/** How long each page gets to show what the demo is about. */
const READY_MS = 20_000;

export interface DemoOptions {
  /** Defaults to true. */
  headless?: boolean;
  /** Run `wxt build` first (default true); false uses `.output/chrome-mv3` as it is. */
  build?: boolean;
  /** The demo's "now", from which the seeded touches are dated. */
  now?: Date;
}

export interface Demo {
  h: ExtensionHarness;
  /** What was seeded and the follow-ups it should produce. */
  plan: DemoPlan;
  gmail: Page;
  linkedin: Page;
  popup: Page;
  options: Page;
  /** The sidebar frames in the Gmail and LinkedIn tabs. */
  gmailSidebar: Frame;
  linkedinSidebar: Frame;
  /** The toolbar badge once the seeded data was counted. */
  badge: string;
  close(): Promise<void>;
}

/** Waits for `selector` in `where`, failing with a sentence a person can act on. */
async function shows(where: Page | Frame, selector: string, what: string): Promise<void> {
  try {
    await where.waitForSelector(selector, { timeout: READY_MS });
  } catch {
    throw new Error(`The demo's ${what} did not appear within ${READY_MS / 1000} s (${selector})`);
  }
}

/**
 * Whether the draft's words are highlighted (CSS Custom Highlight API; the
 * registry belongs to the document, so the page's own world sees it too).
 */
async function highlightsShown(page: Page): Promise<boolean> {
  const count = () =>
    page.evaluate(() => {
      const registry = (globalThis as { CSS?: { highlights?: { size: number } } }).CSS?.highlights;
      return (registry?.size ?? 0) > 0;
    });
  return waitFor(count, true, 3_000);
}

/**
 * Sets the demo up: builds (unless `build: false`), launches Chromium with
 * the extension, seeds the demo data through the options page's import and
 * opens the Gmail, LinkedIn, popup and options tabs, each waited on until it
 * shows its part. Close it with `close()`.
 */
export async function startDemo(opts: DemoOptions = {}): Promise<Demo> {
  const { headless = true, build = true, now = new Date() } = opts;
  if (!findChromium()) throw new ChromiumNotFoundError();
  if (build) buildExtension();

  const gmailFixture = readFileSync(join(FIXTURES, DEMO_GMAIL_FIXTURE), 'utf8');
  const linkedinFixture = readFileSync(join(FIXTURES, DEMO_LINKEDIN_FIXTURE), 'utf8');
  const h = await launchExtension({
    headless,
    viewport: headless ? DEMO_VIEWPORT : null,
    pages: { [DEMO_LINKEDIN_URL]: linkedinDemoPage(linkedinFixture) },
  });
  try {
    const plan = await seedDemo(h, now);
    h.serve(DEMO_GMAIL_URL, gmailDemoPage(gmailFixture, plan, now));

    const gmail = await h.openPage(DEMO_GMAIL_URL);
    const linkedin = await h.openPage(DEMO_LINKEDIN_URL);
    const popup = await h.extensionPage('popup.html');
    const options = await h.extensionPage('options.html');
    // Chromium opens with an empty tab; the demo's own tabs replace it.
    for (const page of h.ctx.pages()) if (page.url() === 'about:blank') await page.close();

    const gmailSidebar = await sidebarFrame(gmail, READY_MS);
    await shows(gmailSidebar, '[data-wiifm="sidebar"] [data-check="purpose"]', 'Gmail checks');
    await shows(gmailSidebar, '[data-wiifm="recipient"][data-known="true"]', 'Gmail recipient');
    const linkedinSidebar = await sidebarFrame(linkedin, READY_MS);
    // On a profile, with no message being written, the sidebar rests as its handle: open it.
    await openPanel(linkedinSidebar, READY_MS);
    await shows(linkedinSidebar, '[data-wiifm="history-item"]', 'LinkedIn contact history');
    await shows(popup, '[data-wiifm="due-item"]', "popup's follow-ups");
    await shows(options, '[data-wiifm="options"]', 'options page');
    if (!(await highlightsShown(gmail))) {
      console.warn('The draft shows no highlights (CSS Custom Highlight API).');
    }
    const badge = await waitFor(() => h.badgeText(), plan.badge);

    return {
      h,
      plan,
      gmail,
      linkedin,
      popup,
      options,
      gmailSidebar,
      linkedinSidebar,
      badge,
      close: () => h.close(),
    };
  } catch (error) {
    await h.close();
    throw error;
  }
}

/** Saves one PNG per tab into `dir`; returns their paths. */
export async function saveScreenshots(demo: Demo, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const tabs: [string, Page][] = [
    ['gmail', demo.gmail],
    ['linkedin', demo.linkedin],
    ['popup', demo.popup],
    ['options', demo.options],
  ];
  const paths: string[] = [];
  for (const [name, page] of tabs) {
    await page.bringToFront();
    // A tab that was in the background lays out again once shown (the sidebar's frame
    // resized from its handle while hidden): give it a moment before the picture.
    await page.waitForTimeout(500);
    const path = join(dir, `${name}.png`);
    // The popup is a small panel under the toolbar button: show just the panel.
    if (page === demo.popup) await page.locator('[data-wiifm="popup"]').screenshot({ path });
    else await page.screenshot({ path });
    paths.push(path);
  }
  return paths;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Resolves when the browser quits or its last tab is closed. */
function untilClosed(demo: Demo): Promise<void> {
  const { ctx } = demo.h;
  return new Promise<void>((done) => {
    // An extension can keep Chromium running after its last window closes.
    const ifNoTabsLeft = () => {
      if (ctx.pages().length === 0) done();
    };
    ctx.once('close', () => done());
    for (const page of ctx.pages()) page.once('close', ifNoTabsLeft);
    ctx.on('page', (page) => page.once('close', ifNoTabsLeft));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      screenshots: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const shotsDir = values.screenshots ? resolve(values.screenshots) : undefined;
  const noDisplay =
    process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  // Screenshots need no window, so they work on a machine without a display too.
  const headless = values.headless || (shotsDir !== undefined && noDisplay);

  try {
    if (!findChromium()) throw new ChromiumNotFoundError();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (!headless && noDisplay) {
    fail(
      'No display to open Chromium on. Run it headless instead:\n' +
        '  npm run demo -- --headless --screenshots demo-shots',
    );
  }

  const demo = await startDemo({ headless, build: !values['no-build'] });
  process.once('SIGINT', () => void demo.close().then(() => process.exit(130)));
  try {
    const { plan } = demo;
    console.log(
      `Seeded ${plan.contacts.length} demo contacts and ${plan.touches.length} touches ` +
        `(imported as a backup on the options page).`,
    );
    console.log(`Due today: ${plan.due.join(', ') || 'nobody'} (${plan.overdue.length} overdue).`);
    console.log(
      `Toolbar badge: "${demo.badge}"${demo.badge === plan.badge ? '' : ` (expected "${plan.badge}")`}`,
    );
    console.log(`Gmail: ${DEMO_GMAIL_URL} (from ${DEMO_GMAIL_FIXTURE}, with the demo draft)`);
    console.log(`LinkedIn: ${DEMO_LINKEDIN_URL} (from ${DEMO_LINKEDIN_FIXTURE})`);
    const offsite = demo.h.offsiteRequests();
    if (offsite.length) {
      console.warn(`${offsite.length} request(s) to other hosts were refused:`);
      for (const request of offsite) console.warn(`  ${request.outcome} ${request.url}`);
    }

    if (shotsDir) {
      for (const path of await saveScreenshots(demo, shotsDir)) console.log(`Saved ${path}`);
      return;
    }
    if (headless) return;

    await demo.gmail.bringToFront();
    console.log('Chromium is open with the demo. Close its window (or press Ctrl-C) to end.');
    await untilClosed(demo);
  } finally {
    await demo.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
