import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';

describe('settings defaults', () => {
  it('follow the rulebook: 125-word emails, 7-day cadence, weekdays', () => {
    expect(DEFAULT_SETTINGS.rules.emailWarnWords).toBe(125);
    expect(DEFAULT_SETTINGS.defaultCadenceDays).toBe(7);
    expect(DEFAULT_SETTINGS.workingDays).toEqual([1, 2, 3, 4, 5]);
  });
});
