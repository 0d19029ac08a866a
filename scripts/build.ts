import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file sits in `scripts/`). */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Where `wxt build` puts the Chrome MV3 production build. */
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const MANIFEST = join(EXTENSION_DIR, 'manifest.json');

/** What goes into the build; a change here makes an existing build stale. */
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'assets', 'wxt.config.ts'];
const TEST_FILE = /\.test\.tsx?$/;

function newestMtime(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return TEST_FILE.test(path) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the build in `.output/chrome-mv3` cannot be used as is, or null when it can. */
export function buildProblem(): string | null {
  if (!existsSync(MANIFEST)) return `no build at ${MANIFEST}`;
  const builtAt = statSync(MANIFEST).mtimeMs;
  const changed = SOURCES.filter((source) => newestMtime(join(ROOT, source)) > builtAt);
  return changed.length ? `sources changed since the last build (${changed.join(', ')})` : null;
}

/** Runs `wxt build` (the production build) with its output shown; throws when it fails. */
export function buildExtension(): void {
  const wxt = join(ROOT, 'node_modules', '.bin', 'wxt');
  // The production build whatever the caller's environment: vitest sets
  // NODE_ENV=test, which would give React's development build.
  const result = spawnSync(wxt, ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`wxt build failed (exit code ${result.status})`);
  if (!existsSync(MANIFEST)) throw new Error(`wxt build wrote no ${MANIFEST}`);
}

/**
 * Makes sure a current production build exists, building only when it is
 * missing or older than its sources (`npm test` has just built it).
 * WIIFM_SKIP_BUILD=1 never builds: a missing build is then an error.
 */
export function ensureBuild(env: NodeJS.ProcessEnv = process.env): void {
  const problem = buildProblem();
  if (!problem) return;
  if (env.WIIFM_SKIP_BUILD === '1') {
    if (!existsSync(MANIFEST)) throw new Error(`${problem}; run \`npm run build\` first`);
    console.warn(`[build] ${problem}; testing the existing build (WIIFM_SKIP_BUILD=1)`);
    return;
  }
  console.log(`[build] ${problem}; building the extension`);
  buildExtension();
}
