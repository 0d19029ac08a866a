/**
 * The corpus itself: well-formed, big enough, and split so that both halves
 * can judge every rule. The figures the engine gets on it are `npm run eval`'s
 * business, not a test's.
 */
import { describe, expect, it } from 'vitest';
import {
  CorpusError,
  EVAL_RULES,
  MODES,
  RULES_BY_MODE,
  loadHalf,
  parseCorpus,
  type EvalDraft,
} from './corpus';
import { splitCorpus } from './split';

const tune = loadHalf('tune');
const test = loadHalf('test');
const all = [...tune, ...test];

describe('the evaluation corpus', () => {
  it('holds at least 300 drafts with unique ids', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
  });

  it('is mostly email, with LinkedIn and voicemail each a real share', () => {
    const share = (m: string) => all.filter((d) => d.mode === m).length / all.length;
    expect(share('email')).toBeGreaterThan(0.5);
    expect(share('linkedin')).toBeGreaterThan(0.15);
    expect(share('voicemail')).toBeGreaterThan(0.15);
  });

  it('has good and bad drafts, and unscored ones (empty or not English) in every mode', () => {
    for (const mode of MODES) {
      const inMode = all.filter((d) => d.mode === mode);
      expect(inMode.some((d) => d.verdict === 'good')).toBe(true);
      expect(inMode.some((d) => d.verdict === 'bad')).toBe(true);
      expect(inMode.some((d) => d.scored === false)).toBe(true);
    }
  });

  it('labels only rules that apply to the draft’s mode', () => {
    for (const d of all)
      for (const rule of Object.keys(d.labels))
        expect(RULES_BY_MODE[d.mode], `${d.id} ${rule}`).toContain(rule);
  });
});

describe('the split', () => {
  it('keeps the halves disjoint and about equal', () => {
    const tuneIds = new Set(tune.map((d) => d.id));
    expect(test.filter((d) => tuneIds.has(d.id))).toEqual([]);
    expect(Math.abs(tune.length - test.length)).toBeLessThanOrEqual(all.length * 0.05);
  });

  it.each([
    ['tune', tune],
    ['test', test],
  ] as const)('gives the %s half every mode and both labels of every rule', (_, half) => {
    for (const mode of MODES) expect(half.some((d) => d.mode === mode)).toBe(true);
    for (const rule of EVAL_RULES) {
      const labels = new Set(half.map((d: EvalDraft) => d.labels[rule]).filter(Boolean));
      expect([...labels].toSorted(), rule).toEqual(['flag', 'pass']);
    }
  });

  it('is what split.ts gives for the whole corpus, so it can be reproduced', () => {
    const again = splitCorpus(all.toReversed());
    expect(again.tune.map((d) => d.id)).toEqual(tune.map((d) => d.id));
    expect(again.test.map((d) => d.id)).toEqual(test.map((d) => d.id));
  });
});

describe('parseCorpus', () => {
  const good = JSON.stringify({
    id: 'e999',
    mode: 'email',
    subject: 'Fewer no-shows',
    text: 'Hi Ana, Harbor Dental cut no-shows by half. Worth a call on Tuesday?',
    verdict: 'good',
    labels: { purpose: 'pass' },
    kind: 'cold',
  });

  it('reads a well-formed line', () => {
    expect(parseCorpus(good + '\n', 'x.jsonl').map((d) => d.id)).toEqual(['e999']);
  });

  it('names the file and line of a malformed draft', () => {
    const bad = good.replace('"pass"', '"maybe"');
    expect(() => parseCorpus(`${good}\n\n${bad}\n`, 'x.jsonl')).toThrow(CorpusError);
    expect(() => parseCorpus(`${good}\n\n${bad}\n`, 'x.jsonl')).toThrow(
      /^x\.jsonl:3: labels\.purpose/,
    );
  });

  it('refuses a line that is not JSON, a repeated id, and a rule that does not apply to the mode', () => {
    expect(() => parseCorpus('{"id": ', 'x.jsonl')).toThrow(/x\.jsonl:1: not valid JSON/);
    expect(() => parseCorpus(`${good}\n${good}`, 'x.jsonl')).toThrow(
      /x\.jsonl:2: id e999 already used on line 1/,
    );
    const ease = good.replace('"purpose"', '"ease"');
    expect(() => parseCorpus(ease, 'x.jsonl')).toThrow(/ease does not apply to email/);
  });
});
