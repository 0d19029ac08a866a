import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './build';

/**
 * Finds Firefox and builds the Firefox add-on, for the Firefox smoke suite
 * (`npm run test:firefox`) and `.ci/run`, so both agree on what "no Firefox"
 * means. Debian's `firefox-esr` comes first: it is what CI installs.
 *
 * Run directly (`tsx scripts/firefox.ts`) it prints the path, or the install
 * hint on stderr and exits 1.
 */

/** Where `wxt build -b firefox` puts the Firefox MV2 production build. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');

export const NO_FIREFOX_MESSAGE =
  'No Firefox found. Install one: `sudo apt-get install -y firefox-esr` (Debian/Ubuntu), ' +
  'or set FIREFOX_PATH=/path/to/firefox.';

const SYSTEM_PATHS: Record<string, string[]> = {
  linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
  darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Firefox to drive, or null when there is none. A FIREFOX_PATH that is
 * not an executable is an error, not a silent fallback: the user asked for it.
 */
export function findFirefox(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const chosen = env.FIREFOX_PATH;
  if (chosen) {
    if (!isExecutable(chosen)) {
      throw new Error(`FIREFOX_PATH=${chosen} is not an executable file. ${NO_FIREFOX_MESSAGE}`);
    }
    return chosen;
  }
  return (SYSTEM_PATHS[platform] ?? []).find(isExecutable) ?? null;
}

/** Like `findFirefox`, but a missing browser throws with the install hint. */
export function requireFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const path = findFirefox(env);
  if (!path) throw new Error(NO_FIREFOX_MESSAGE);
  return path;
}

/** Runs `wxt build -b firefox` (what `npm run build:firefox` runs); throws when it fails. */
export function buildFirefox(): void {
  const wxt = join(ROOT, 'node_modules', '.bin', 'wxt');
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development
  // build (larger, slower, with dev-only warnings): the production build is
  // what is tested and shipped.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(wxt, ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`wxt build -b firefox failed (exit ${result.status})`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`wxt build -b firefox wrote no manifest in ${FIREFOX_EXTENSION_DIR}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const path = findFirefox();
    if (!path) throw new Error(NO_FIREFOX_MESSAGE);
    console.log(path);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
