import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Finds a Chromium to drive with playwright-core. Shared by the e2e harness,
 * `npm run demo` and `.ci/run`, so all three agree on what "no Chromium" means.
 * `npx playwright install` needs a download we cannot count on, so the system
 * browser comes first and Playwright's cache is only a fallback.
 *
 * Run directly (`tsx scripts/chromium.ts`) it prints the path, or the install
 * hint on stderr and exits 1.
 */

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or set CHROME_PATH=/path/to/chrome.';

export class ChromiumNotFoundError extends Error {
  constructor(message = NO_CHROMIUM_MESSAGE) {
    super(message);
    this.name = 'ChromiumNotFoundError';
  }
}

const SYSTEM_PATHS: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/** Executables inside one `chromium-<revision>` folder of Playwright's cache, old and new layouts. */
const PLAYWRIGHT_LAYOUTS = [
  'chrome-linux64/chrome',
  'chrome-linux/chrome',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's browser caches, newest Chromium revision first. */
function playwrightCandidates(env: NodeJS.ProcessEnv, home: string): string[] {
  const caches = [
    env.PLAYWRIGHT_BROWSERS_PATH,
    join(home, '.cache', 'ms-playwright'),
    join(home, 'Library', 'Caches', 'ms-playwright'),
  ].filter((dir): dir is string => Boolean(dir) && dir !== '0');
  const found: string[] = [];
  for (const cache of caches) {
    let entries: string[];
    try {
      entries = readdirSync(cache);
    } catch {
      continue;
    }
    const revisions = entries
      .filter((name) => /^chromium-\d+$/.test(name))
      .toSorted((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
    for (const revision of revisions) {
      for (const layout of PLAYWRIGHT_LAYOUTS) found.push(join(cache, revision, layout));
    }
  }
  return found;
}

/** Every place we look, in order (CHROME_PATH is handled by `findChromium`). */
export function chromiumCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string[] {
  return [...(SYSTEM_PATHS[platform] ?? []), ...playwrightCandidates(env, home)];
}

/**
 * The Chromium to use, or null when there is none. A CHROME_PATH that does
 * not point at an executable is an error rather than a silent fallback: the
 * user asked for that browser.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string | null {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    if (!isExecutable(chosen)) {
      throw new ChromiumNotFoundError(
        `CHROME_PATH=${chosen} is not an executable file. ${NO_CHROMIUM_MESSAGE}`,
      );
    }
    return chosen;
  }
  return chromiumCandidates(env, platform, home).find(isExecutable) ?? null;
}

/** Like `findChromium`, but a missing browser throws `ChromiumNotFoundError`. */
export function requireChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const path = findChromium(env, platform, home);
  if (!path) throw new ChromiumNotFoundError();
  return path;
}

/**
 * Command-line switches for a Chromium that loads only our extension and
 * keeps to itself. The resolver rule makes every host name fail to resolve,
 * so even a request that slipped past Playwright's routing could not leave
 * the machine; routed fixture pages are answered before name resolution.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox', // CI runs as root, where the sandbox refuses to start
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ];
}

/**
 * A fresh profile folder for one run. Playwright turns off third-party
 * storage partitioning, and Debian's Chromium blocks third-party cookies; with
 * both, IndexedDB is refused to our sidebar, an extension page framed by
 * Gmail (seen 2026-11, Chromium 156: "The user denied permission to access the
 * database"). Real Chrome partitions storage and lets an extension frame with
 * host permissions for the top site reach its own database, so the profile
 * allows third-party cookies to give the sidebar what it has in production.
 */
export function makeProfileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiifm-chromium-'));
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0 } }),
  );
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(requireChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
