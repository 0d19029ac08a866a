import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_CHROMIUM_MESSAGE, findChromium, requireChromium } from '@/scripts/chromium';

// 'aix' has no system paths in the finder, so only the fake home's
// Playwright cache (or CHROME_PATH) can supply a browser.
const NO_SYSTEM_BROWSER = 'aix';

describe('finding Chromium for the e2e tests and the demo', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'wiifm-chromium-'));
  });
  afterEach(() => {
    rmSync(home, { recursive: true, force: true });
  });

  function fakeExecutable(relative: string): string {
    const path = join(home, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    return path;
  }

  it('tells the user how to install Chromium when there is none', () => {
    expect(findChromium({}, NO_SYSTEM_BROWSER, home)).toBeNull();
    expect(() => requireChromium({}, NO_SYSTEM_BROWSER, home)).toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toContain('sudo apt-get install -y chromium');
    expect(NO_CHROMIUM_MESSAGE).toContain('CHROME_PATH=');
  });

  it("uses the newest Chromium in Playwright's cache, old or new folder layout", () => {
    fakeExecutable('.cache/ms-playwright/chromium-1100/chrome-linux/chrome');
    const newest = fakeExecutable('.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
    expect(findChromium({}, NO_SYSTEM_BROWSER, home)).toBe(newest);
  });

  it('ignores a cached file that is not executable', () => {
    const path = join(home, '.cache/ms-playwright/chromium-1300/chrome-linux64/chrome');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
    expect(findChromium({}, NO_SYSTEM_BROWSER, home)).toBeNull();
  });

  it('prefers CHROME_PATH over every other browser', () => {
    fakeExecutable('.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
    const chosen = fakeExecutable('bin/my-chrome');
    expect(findChromium({ CHROME_PATH: chosen }, NO_SYSTEM_BROWSER, home)).toBe(chosen);
  });

  it('says so when CHROME_PATH points at nothing, instead of quietly using another browser', () => {
    fakeExecutable('.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
    const missing = join(home, 'nowhere/chrome');
    expect(() => findChromium({ CHROME_PATH: missing }, NO_SYSTEM_BROWSER, home)).toThrow(
      `CHROME_PATH=${missing} is not an executable file`,
    );
  });
});
