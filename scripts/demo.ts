import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { ROOT, buildExtension } from '@/scripts/build';
import { ChromiumNotFoundError, findChromium } from '@/scripts/chromium';
import { DEMO_GMAIL_URL, DEMO_LINKEDIN_URL, seedDemo } from '@/scripts/demo-seed';
import { launchExtension } from '@/tests/e2e/harness';

/**
 * `npm run demo`: builds the production extension, opens it in Chromium
 * beside a demo Gmail and LinkedIn page (served locally at their real
 * addresses, nothing leaves the machine), with demo contacts seeded.
 * It runs the same harness as the e2e tests, so the demo shows what is tested.
 */

const USAGE = `Usage: npm run demo -- [--headless] [--screenshots DIR] [--no-build]

  --headless         run without a window (prints what it opened, then exits)
  --screenshots DIR  save a PNG of each tab into DIR, then exit
  --no-build         reuse the existing .output/chrome-mv3 build`;

const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** How long content scripts and the sidebar get to draw before screenshots. */
const SETTLE_MS = 2_000;

interface DemoPage {
  name: string;
  html: string;
  from: string;
}

/**
 * The fixture page for a site, preferring names with `prefer` in them
 * (newest date first), or a placeholder while none exists yet.
 */
function demoPage(site: 'gmail' | 'linkedin', prefer: string): DemoPage {
  const files = existsSync(FIXTURES)
    ? readdirSync(FIXTURES)
        .filter((file) => file.startsWith(`${site}-`) && file.endsWith('.html'))
        .toSorted()
        .toReversed()
    : [];
  const file = files.find((name) => name.includes(prefer)) ?? files[0];
  if (file) return { name: site, html: readFileSync(join(FIXTURES, file), 'utf8'), from: file };
  const title = site === 'gmail' ? 'Inbox - Gmail (demo)' : 'LinkedIn (demo)';
  return {
    name: site,
    from: 'placeholder',
    html: `<!doctype html><title>${title}</title><main style="font:16px sans-serif;padding:2em">
<h1>${title}</h1><p>Placeholder: no tests/fixtures/${site}-*.html page yet.</p></main>`,
  };
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load').catch(() => undefined);
  await page.waitForTimeout(SETTLE_MS);
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

  if (!values['no-build']) buildExtension();

  const gmail = demoPage('gmail', 'compose');
  const linkedin = demoPage('linkedin', 'profile');
  const h = await launchExtension({
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    pages: { [DEMO_GMAIL_URL]: gmail.html, [DEMO_LINKEDIN_URL]: linkedin.html },
  });
  process.once('SIGINT', () => void h.close().then(() => process.exit(130)));

  try {
    const seeded = await seedDemo(h.ctx, h.extensionId);
    console.log(`Seeded ${seeded.contacts} demo contacts, ${seeded.touches} touches.`);
    for (const note of seeded.notes) console.log(`  note: ${note}`);

    const tabs: { name: string; page: Page }[] = [
      { name: 'gmail', page: await h.openPage(DEMO_GMAIL_URL) },
      { name: 'linkedin', page: await h.openPage(DEMO_LINKEDIN_URL) },
      { name: 'popup', page: await h.extensionPage('popup.html') },
    ];
    const manifest = await h.manifest();
    const optionsPage = manifest.options_ui?.page ?? manifest.options_page;
    if (optionsPage) tabs.push({ name: 'options', page: await h.extensionPage(optionsPage) });
    // Chromium opens with an empty tab; the demo's own tabs replace it.
    for (const page of h.ctx.pages()) if (page.url() === 'about:blank') await page.close();
    await Promise.all(tabs.map((tab) => settle(tab.page)));

    console.log(`Gmail page: ${gmail.from}; LinkedIn page: ${linkedin.from}`);
    console.log(`Toolbar badge: "${await h.badgeText()}"`);
    const offsite = h.offsiteRequests();
    if (offsite.length) {
      console.warn(`${offsite.length} request(s) to other hosts were refused:`);
      for (const request of offsite) console.warn(`  ${request.outcome} ${request.url}`);
    }

    if (shotsDir) {
      mkdirSync(shotsDir, { recursive: true });
      for (const [i, { name, page }] of tabs.entries()) {
        // The popup is a small panel in real use; show it at that size.
        if (name === 'popup') await page.setViewportSize({ width: 400, height: 600 });
        await page.bringToFront();
        const path = join(shotsDir, `${String(i + 1).padStart(2, '0')}-${name}.png`);
        await page.screenshot({ path });
        console.log(`Saved ${path}`);
      }
      return;
    }
    if (headless) return;

    await tabs[0].page.bringToFront();
    console.log('Chromium is open with the demo. Close its window (or press Ctrl-C) to end.');
    // Ends when the browser quits or its last tab is closed (an extension can
    // keep Chromium running in the background after its last window closes).
    await new Promise<void>((done) => {
      const ifNoTabsLeft = () => {
        if (h.ctx.pages().length === 0) done();
      };
      h.ctx.once('close', () => done());
      for (const page of h.ctx.pages()) page.once('close', ifNoTabsLeft);
      h.ctx.on('page', (page) => page.once('close', ifNoTabsLeft));
    });
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
