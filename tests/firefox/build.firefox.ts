import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from '@/scripts/build';
import { FIREFOX_EXTENSION_DIR as FIREFOX_DIR } from '@/scripts/firefox';
import { DEPENDENCY_WARNINGS, explain, lintFirefox, type LintResult } from '@/scripts/lint-firefox';

/**
 * The Firefox build as the Firefox store takes it: the manifest WXT writes
 * for Firefox (MV2, a gecko id, background scripts) against the Chrome
 * build's, the zip a store upload takes, and addons-linter, the check
 * addons.mozilla.org runs on every upload. The global setup has just built
 * it. The Chrome zip (`wxt zip`) would rebuild the Chrome build that other
 * suites may be using at the same moment, so only the Firefox half of
 * `npm run zip` runs here.
 */

const WXT = join(ROOT, 'node_modules', '.bin', 'wxt');
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  background?: { scripts?: string[]; service_worker?: string };
  browser_action?: { default_popup?: string; default_title?: string };
  action?: { default_popup?: string; default_title?: string };
  options_ui?: { page?: string };
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: unknown[];
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The files in a zip by name, read from its central directory (no unzip tool needed). */
function readZip(path: string): Map<string, () => string> {
  const zip = readFileSync(path);
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, () => string>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    files.set(zip.toString('utf8', at + 46, at + 46 + nameLength), () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    });
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

// Vitest sets NODE_ENV=test, with which Vite would bundle React's development build.
const wxt = (...args: string[]) =>
  execFileSync(WXT, args, {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 120_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });

describe('the Firefox build', () => {
  let firefox: Manifest;
  let chrome: Manifest;

  beforeAll(() => {
    // The Chrome build, to compare with: `npm test` has just made it. Not
    // ensureBuild(), which would build under vitest's NODE_ENV=test and leave
    // React's development build in .output/chrome-mv3 for everyone after us.
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) wxt('build');
    firefox = readManifest(FIREFOX_DIR);
    chrome = readManifest(EXTENSION_DIR);
  });

  it('is a Manifest V2 add-on with a stable gecko id and background scripts', () => {
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.browser_specific_settings?.gecko?.id).toBe('wiifm-coach@wiifm.local');
    expect(firefox.background?.service_worker).toBeUndefined();
    expect(firefox.background?.scripts).toEqual(['background.js']);
    for (const file of firefox.background!.scripts!) {
      expect(existsSync(join(FIREFOX_DIR, file))).toBe(true);
    }
    // Chrome warns about the Firefox-only key: only the Firefox build has it.
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('asks for exactly what the Chrome build asks for, in MV2 form', () => {
    expect((firefox.permissions ?? []).toSorted()).toEqual(
      [...(chrome.permissions ?? []), ...(chrome.host_permissions ?? [])].toSorted(),
    );
    expect(firefox.optional_permissions ?? []).toEqual([]);
    expect(firefox.host_permissions).toBeUndefined();
    expect(firefox.content_scripts?.map((c) => c.matches)).toEqual(
      chrome.content_scripts?.map((c) => c.matches),
    );
    expect(firefox.web_accessible_resources).toEqual(['sidebar.html']);
  });

  it('has the toolbar popup, the options page and every file it names', () => {
    expect(firefox.browser_action).toEqual(chrome.action);
    expect(firefox.options_ui?.page).toBe(chrome.options_ui?.page);
    const files = [
      firefox.browser_action?.default_popup,
      firefox.options_ui?.page,
      'sidebar.html',
      ...(firefox.content_scripts ?? []).flatMap((c) => c.js ?? []),
    ];
    for (const file of files) expect(existsSync(join(FIREFOX_DIR, file!)), file).toBe(true);
  });

  it('zips for the store: the add-on with its manifest, and the sources reviewers ask for', () => {
    const addon = join(ROOT, '.output', `wiifm-coach-${VERSION}-firefox.zip`);
    const sources = join(ROOT, '.output', `wiifm-coach-${VERSION}-sources.zip`);
    rmSync(addon, { force: true });
    rmSync(sources, { force: true });
    wxt('zip', '-b', 'firefox'); // the second half of `npm run zip`

    const addonFiles = readZip(addon);
    for (const file of ['manifest.json', 'background.js', 'popup.html', 'sidebar.html']) {
      expect(addonFiles.has(file), file).toBe(true);
    }
    // React's production build: the development one is twice the size and slower.
    const scripts = [...addonFiles.keys()].filter((f) => f.endsWith('.js'));
    for (const file of scripts) {
      expect(addonFiles.get(file)!(), file).not.toContain('Download the React DevTools');
    }
    const manifest = JSON.parse(addonFiles.get('manifest.json')!()) as Manifest;
    expect(manifest).toEqual(readManifest(FIREFOX_DIR));
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('wiifm-coach@wiifm.local');

    const sourceFiles = [...readZip(sources).keys()];
    expect(sourceFiles).toContain('package.json');
    expect(sourceFiles).toContain('wxt.config.ts');
    expect(sourceFiles.some((f) => f.startsWith('node_modules/'))).toBe(false);
    expect(sourceFiles.some((f) => f.startsWith('.output/'))).toBe(false);
  }, 120_000);

  it("passes addons.mozilla.org's linter: no errors, and only the dependency warnings the README explains", async () => {
    const result: LintResult = await lintFirefox(FIREFOX_DIR);
    expect(result.errors).toEqual([]);
    const unexplained = result.warnings
      .filter((warning) => !explain(warning, FIREFOX_DIR))
      .map(
        (w) =>
          `${w.code} in ${w.file}${w.line ? `:${w.line}:${w.column}` : ''}: ${w.description ?? w.message}`,
      );
    expect(unexplained).toEqual([]);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const known of DEPENDENCY_WARNINGS) {
      expect(readme, `README explains ${known.code}`).toContain(known.code);
      expect(readme).toContain(known.dependency);
    }
  }, 120_000);
});
