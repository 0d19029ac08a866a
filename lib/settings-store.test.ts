import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { loadSettings, readSettings, saveSettings, watchSettings } from './settings-store';

describe('settings store', () => {
  it('gives the rulebook defaults before the rep saved anything', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a saved threshold and tells open sidebars about it', async () => {
    const seen: number[] = [];
    const stop = watchSettings((s) => seen.push(s.rules.emailWarnWords));
    await saveSettings({
      ...DEFAULT_SETTINGS,
      rules: { ...DEFAULT_SETTINGS.rules, emailWarnWords: 90 },
    });
    expect((await loadSettings()).rules.emailWarnWords).toBe(90);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toContain(90);
    stop();
  });

  it('refuses to store an invalid cadence and keeps the old value', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, defaultCadenceDays: 0 })).rejects.toThrow();
    expect((await loadSettings()).defaultCadenceDays).toBe(7);
  });

  it('keeps the valid fields of a damaged stored object', () => {
    const s = readSettings({ defaultCadenceDays: 14, workingDays: 'weekdays' });
    expect(s.defaultCadenceDays).toBe(14);
    expect(s.workingDays).toEqual([1, 2, 3, 4, 5]);
  });
});
