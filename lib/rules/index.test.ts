import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { RULES, checkDraft } from './index';
import { RULE_IDS } from './types';

const GOOD = `Hi Anna,

I saw your team is hiring six reps; we helped Northwind cut ramp from 5 months to 7 weeks.

Worth 15 minutes on Tuesday?`;

function ids(mode: 'email' | 'voicemail' | 'linkedin'): string[] {
  return checkDraft({ mode, text: GOOD }).checks.map((c) => c.id);
}

describe('checkDraft', () => {
  it('lists the rules in rulebook order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('runs the rules that apply to each mode', () => {
    expect(ids('email')).toEqual([
      'purpose',
      'benefit',
      'length',
      'ask',
      'price',
      'urgency',
      'jargon',
      'proof',
    ]);
    expect(ids('linkedin')).toEqual(ids('email'));
    expect(ids('voicemail')).toEqual([
      'purpose',
      'benefit',
      'length',
      'price',
      'urgency',
      'jargon',
      'ease',
    ]);
  });

  it('leaves out the rules the rep switched off', () => {
    const report = checkDraft(
      { mode: 'email', text: GOOD },
      { disabledRules: ['proof', 'jargon'] },
    );
    expect(report.checks.map((c) => c.id)).not.toContain('proof');
    expect(report.checks.map((c) => c.id)).not.toContain('jargon');
    expect(report.checks).toHaveLength(6);
  });

  it('scores 100 when every rule is switched off', () => {
    expect(checkDraft({ mode: 'email', text: '' }, { disabledRules: [...RULE_IDS] }).score).toBe(
      100,
    );
  });

  it('scores a draft with a failing check at 70 at most', () => {
    const report = checkDraft({
      mode: 'email',
      text: `${GOOD}\n\nThis week only: 20% off, only 3 spots left!`,
    });
    expect(report.checks.find((c) => c.id === 'urgency')?.status).toBe('fail');
    expect(report.score).toBeLessThanOrEqual(70);
  });

  it('weighs purpose more than jargon', () => {
    const noPurpose = checkDraft({
      mode: 'email',
      text: 'Hi Anna,\n\nJust checking in.\n\nWorth a call on Tuesday?',
    });
    const oneAcronym = checkDraft({ mode: 'email', text: GOOD.replace('six reps', 'six SDRs') });
    expect(noPurpose.score).toBeLessThan(oneAcronym.score);
  });

  it('uses the rep’s thresholds', () => {
    const text = `Hi Anna,\n\n${'Your team could save time. '.repeat(12)}`;
    const strict = checkDraft({ mode: 'email', text }, { emailWarnWords: 40 });
    const loose = checkDraft({ mode: 'email', text });
    expect(strict.checks.find((c) => c.id === 'length')?.status).toBe('warn');
    expect(loose.checks.find((c) => c.id === 'length')?.status).toBe('pass');
  });

  it('rejects invalid options with a ZodError naming the field', () => {
    expect(() => checkDraft({ mode: 'email', text: GOOD }, { emailWarnWords: 3 })).toThrow(
      ZodError,
    );
  });

  it('counts the rep’s own company names as talking about themselves', () => {
    const text = 'Hi Anna,\n\nAcme Cloud is the choice of Acme customers. Acme helps you.';
    const withNames = checkDraft({ mode: 'email', text }, { ownNames: ['Acme', 'Acme Cloud'] });
    const benefit = withNames.checks.find((c) => c.id === 'benefit');
    expect(benefit?.message).toMatch(/I\/we ×3, you\/your ×1/);
  });
});
