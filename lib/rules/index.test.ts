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
      'subject',
      'clarity',
    ]);
    expect(ids('linkedin')).toEqual(ids('email').filter((id) => id !== 'subject'));
    expect(ids('voicemail')).toEqual([
      'purpose',
      'benefit',
      'length',
      'ask',
      'price',
      'urgency',
      'jargon',
      'ease',
      'clarity',
    ]);
  });

  it('leaves out the rules the rep switched off', () => {
    const report = checkDraft(
      { mode: 'email', text: GOOD },
      { disabledRules: ['proof', 'jargon'] },
    );
    expect(report.checks.map((c) => c.id)).not.toContain('proof');
    expect(report.checks.map((c) => c.id)).not.toContain('jargon');
    expect(report.checks).toHaveLength(8);
  });

  it('scores 100 when every rule is switched off', () => {
    expect(checkDraft({ mode: 'email', text: GOOD }, { disabledRules: [...RULE_IDS] }).score).toBe(
      100,
    );
  });

  it('puts a draft with a failed price or urgency check in the weak band, below 60', () => {
    const report = checkDraft({
      mode: 'email',
      text: `${GOOD}\n\nThis week only: 20% off, only 3 spots left!`,
    });
    expect(report.checks.find((c) => c.id === 'urgency')?.status).toBe('fail');
    expect(report.score).toBeLessThan(60);
    expect(report.band).toBe('weak');
  });

  it('bands scores as the rulebook does: ready to send, needs work, weak', () => {
    const ready = checkDraft({ mode: 'email', text: GOOD, subject: 'Ramp for your six reps' });
    expect(ready.score).toBeGreaterThanOrEqual(85);
    expect(ready.band).toBe('ready');
    const jargony = checkDraft({
      mode: 'email',
      subject: 'Ramp for your six reps',
      text: GOOD.replace('six reps', 'six SDRs, BDRs and AEs with robust, scalable synergy'),
    });
    expect(jargony.band).toBe('needs-work');
  });

  it('gives no score to a draft of a few words: nothing to check yet', () => {
    for (const text of ['', 'Hi Anna,', 'Hi Anna, quick one about Tuesday']) {
      const report = checkDraft({ mode: 'email', text });
      expect(report.score).toBeNull();
      expect(report.band).toBeNull();
      expect(report.unscored).toBe('too-short');
      expect(report.checks.every((c) => c.points === 0)).toBe(true);
    }
  });

  it('gives no score to a draft that is not in English, and says so', () => {
    const spanish = checkDraft({
      mode: 'email',
      text: 'Hola Ana,\n\nTe escribo porque este mes tenemos un descuento del 20% para tu empresa. ¿Hablamos el martes?\n\nSaludos,\nMarta',
    });
    expect(spanish.score).toBeNull();
    expect(spanish.unscored).toBe('not-english');
    const german = checkDraft({
      mode: 'linkedin',
      text: 'Hallo Herr Weber, ich habe gesehen, dass Sie drei neue Stellen ausgeschrieben haben. Wir helfen Teams wie Ihrem, schneller einzustellen. Hätten Sie am Dienstag Zeit?',
    });
    expect(german.unscored).toBe('not-english');
    // A Spanish name and sign-off in an English draft are still English.
    const english = checkDraft({
      mode: 'email',
      text: `${GOOD.replace('Anna', 'José')}\n\nUn saludo,\nMarta`,
    });
    expect(english.unscored).toBeNull();
  });

  it('says how many points each check costs, so the rep fixes the dearest first', () => {
    const report = checkDraft({
      mode: 'email',
      subject: 'Ramp for your six reps',
      text: `Hi Anna,\n\nJust checking in. Hope all is well!\n\nWorth 15 minutes on Tuesday to talk about your six new reps?`,
    });
    const purpose = report.checks.find((c) => c.id === 'purpose');
    expect(purpose?.status).toBe('fail');
    expect(purpose?.points).toBeGreaterThan(0);
    expect((report.score ?? 0) + (purpose?.points ?? 0)).toBeGreaterThanOrEqual(60);
    for (const c of report.checks) if (c.status === 'pass') expect(c.points).toBe(0);
  });

  it('weighs purpose more than jargon', () => {
    const noPurpose = checkDraft({
      mode: 'email',
      text: 'Hi Anna,\n\nJust checking in.\n\nWorth a call on Tuesday about your six new reps?',
    });
    const oneAcronym = checkDraft({ mode: 'email', text: GOOD.replace('six reps', 'six SDRs') });
    expect(noPurpose.score).toBeLessThan(oneAcronym.score ?? 0);
  });

  it("counts the recipient's name and company as talking about them", () => {
    const text =
      'Hi Anna,\n\nWe built a ramp plan for Northwind. We think Northwind will like it a lot.\n\nWorth 15 minutes on Tuesday?';
    const bare = checkDraft({ mode: 'email', text });
    const known = checkDraft({
      mode: 'email',
      text,
      context: { recipient: { name: 'Anna Berg', company: 'Northwind Ltd' } },
    });
    const benefitOf = (r: typeof bare) => r.checks.find((c) => c.id === 'benefit')?.message;
    expect(benefitOf(bare)).toMatch(/I\/we ×2, you\/your ×0/);
    expect(benefitOf(known)).not.toMatch(/about yourself/);
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
    const text =
      'Hi Anna,\n\nIt is the choice of Acme customers, and Acme Cloud runs it. Acme helps you.';
    const highlightedBy = (report: ReturnType<typeof checkDraft>) =>
      report.checks.find((c) => c.id === 'benefit')?.spans.map((s) => text.slice(s.start, s.end));
    const withNames = checkDraft({ mode: 'email', text }, { ownNames: ['Acme', 'Acme Cloud'] });
    expect(highlightedBy(withNames)).toEqual(['Acme', 'Acme Cloud', 'Acme']);
    const fromContext = checkDraft({
      mode: 'email',
      text,
      context: { rep: { names: ['Acme'], products: ['Acme Cloud'] } },
    });
    expect(highlightedBy(fromContext)).toEqual(['Acme', 'Acme Cloud', 'Acme']);
    expect(highlightedBy(checkDraft({ mode: 'email', text }))).toEqual([]);
  });
});
