import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { formToSettings, settingsToForm, type FormState } from './form';

const edit = (patch: (f: FormState) => void): FormState => {
  const f = settingsToForm(DEFAULT_SETTINGS);
  patch(f);
  return f;
};

describe('options form', () => {
  it('saves the defaults unchanged when the rep touches nothing', () => {
    expect(formToSettings(settingsToForm(DEFAULT_SETTINGS))).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    });
  });

  it('keeps a changed threshold, names and never-log domains', () => {
    const r = formToSettings(
      edit((f) => {
        f.numbers['rules.emailWarnWords'] = '90';
        f.ownNames = 'Acme\n  AcmeCloud \n\nacme';
        f.neverLogDomains = 'Acme.com\n@family.org';
        f.workingDays = [5, 1, 3];
        f.disabledRules = ['proof', 'jargon'];
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.rules.emailWarnWords).toBe(90);
    expect(r.settings.rules.ownNames).toEqual(['Acme', 'AcmeCloud']);
    expect(r.settings.neverLogDomains).toEqual(['acme.com', 'family.org']);
    expect(r.settings.workingDays).toEqual([1, 3, 5]);
    // Rulebook order, whatever order they were ticked in.
    expect(r.settings.rules.disabledRules).toEqual(['jargon', 'proof']);
  });

  it('refuses a threshold below its minimum and says the limit beside the field', () => {
    const r = formToSettings(edit((f) => (f.numbers['rules.emailWarnWords'] = '3')));
    expect(r).toEqual({ ok: false, errors: { 'rules.emailWarnWords': 'At least 10 words.' } });
  });

  it('says "at least 1 day", not "1 days", for a cadence of 0', () => {
    const r = formToSettings(edit((f) => (f.numbers.defaultCadenceDays = '0')));
    expect(r).toEqual({ ok: false, errors: { defaultCadenceDays: 'At least 1 day.' } });
  });

  it('keeps the plural for any other limit', () => {
    const r = formToSettings(edit((f) => (f.numbers.defaultCadenceDays = '91')));
    expect(r).toEqual({ ok: false, errors: { defaultCadenceDays: 'At most 90 days.' } });
  });

  it('refuses an empty or fractional number', () => {
    const r = formToSettings(
      edit((f) => {
        f.numbers.defaultCadenceDays = '';
        f.numbers['rules.wordsPerMinute'] = '150.5';
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.defaultCadenceDays).toBe('Enter a number from 1 to 90.');
    expect(r.errors['rules.wordsPerMinute']).toBe('Enter a whole number from 60 to 300.');
  });

  it('names the line of a never-log entry that is not a domain', () => {
    const r = formToSettings(edit((f) => (f.neverLogDomains = 'acme.com\nnot a domain')));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.neverLogDomains).toBe(
      'Line 2 ("not a domain"): not a domain such as example.com.',
    );
  });

  it('asks for at least one working day', () => {
    const r = formToSettings(edit((f) => (f.workingDays = [])));
    expect(r).toEqual({ ok: false, errors: { workingDays: 'Pick at least one working day.' } });
  });

  it('refuses a fail limit below the warning limit', () => {
    const r = formToSettings(
      edit((f) => {
        f.numbers['rules.emailWarnWords'] = '150';
        f.numbers['rules.emailFailWords'] = '120';
      }),
    );
    expect(r).toEqual({
      ok: false,
      errors: { 'rules.emailFailWords': 'Must be at least the warning limit (150).' },
    });
  });

  it('refuses an over-long company name with its line', () => {
    const r = formToSettings(edit((f) => (f.ownNames = `Acme\n${'x'.repeat(81)}`)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors['rules.ownNames']).toMatch(/^Line 2 .*at most 80 characters\.$/);
  });
});
