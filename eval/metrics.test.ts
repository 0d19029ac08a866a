import { describe, expect, it } from 'vitest';
import { auc, mean, misses, outcomeOf, percent, summariseScores, tallyRules } from './metrics';

describe('auc', () => {
  it('is the share of good-above-bad pairs, ties counting half (worked by hand)', () => {
    // Pairs (good, bad): 90 beats 60, 75, 80 → 3; 80 beats 60, 75, ties 80 → 2.5;
    // 70 beats 60 only → 1. Total 6.5 of 9 pairs.
    expect(auc([90, 80, 70], [60, 75, 80])).toBeCloseTo(6.5 / 9, 10);
  });

  it('is 1 when every good draft outscores every bad one, 0 when the reverse', () => {
    expect(auc([85, 99], [10, 40, 59])).toBe(1);
    expect(auc([10, 40], [85, 99])).toBe(0);
  });

  it('is 0.5 when all scores are equal', () => {
    expect(auc([70, 70], [70, 70, 70])).toBe(0.5);
  });

  it('is null without drafts on one side', () => {
    expect(auc([], [1])).toBeNull();
    expect(auc([1], [])).toBeNull();
  });
});

describe('tallyRules', () => {
  it('counts flags caught and passes kept, with info and warn both read as flags', () => {
    const t = tallyRules([
      { id: 'a', rule: 'proof', mode: 'email', expected: 'flag', status: 'info' },
      { id: 'b', rule: 'proof', mode: 'email', expected: 'flag', status: 'pass' },
      { id: 'c', rule: 'proof', mode: 'email', expected: 'pass', status: 'pass' },
      { id: 'd', rule: 'proof', mode: 'linkedin', expected: 'pass', status: 'warn' },
      { id: 'e', rule: 'proof', mode: 'linkedin', expected: 'flag', status: 'fail' },
    ]).get('proof');
    expect(t).toEqual({ flags: 3, flagsCaught: 2, passes: 2, passesKept: 1, notImplemented: {} });
  });

  it('keeps labels the engine has no check for apart, per mode, and out of the percentages', () => {
    const t = tallyRules([
      { id: 'a', rule: 'ask', mode: 'voicemail', expected: 'pass', status: null },
      { id: 'b', rule: 'ask', mode: 'voicemail', expected: 'flag', status: null },
      { id: 'c', rule: 'ask', mode: 'email', expected: 'flag', status: 'warn' },
    ]).get('ask');
    expect(t).toEqual({
      flags: 1,
      flagsCaught: 1,
      passes: 0,
      passesKept: 0,
      notImplemented: { voicemail: 2 },
    });
  });
});

describe('misses', () => {
  it('lists only the judged observations that disagree with the label', () => {
    const got = misses([
      { id: 'a', rule: 'urgency', mode: 'email', expected: 'flag', status: 'pass' },
      { id: 'b', rule: 'urgency', mode: 'email', expected: 'flag', status: 'warn' },
      { id: 'c', rule: 'subject', mode: 'email', expected: 'flag', status: null },
    ]);
    expect(got.map((m) => m.id)).toEqual(['a']);
  });
});

describe('summariseScores', () => {
  it('ranks good against bad, leaves mediocre out, and checks that empty drafts get no score', () => {
    const s = summariseScores([
      { verdict: 'good', scored: true, score: 90 },
      { verdict: 'good', scored: true, score: 80 },
      { verdict: 'bad', scored: true, score: 40 },
      { verdict: 'bad', scored: true, score: 85 },
      { verdict: 'mediocre', scored: true, score: 10 },
      { verdict: 'bad', scored: false, score: null },
      { verdict: 'bad', scored: false, score: 62 },
      { verdict: 'good', scored: true, score: null },
    ]);
    // Good 90, 80 vs bad 40, 85: 90 beats both, 80 beats 40 only → 3 of 4.
    expect(s).toEqual({
      auc: 0.75,
      meanGood: 85,
      meanBad: 62.5,
      good: 2,
      bad: 2,
      unscored: 2,
      unscoredNull: 1,
      scoredMissing: 1,
    });
  });
});

describe('small helpers', () => {
  it('reads only a green pass as a pass', () => {
    expect(['pass', 'info', 'warn', 'fail'].map(outcomeOf)).toEqual([
      'pass',
      'flag',
      'flag',
      'flag',
    ]);
  });

  it('gives no mean or percentage of nothing', () => {
    expect(mean([])).toBeNull();
    expect(percent(0, 0)).toBeNull();
    expect(percent(1, 4)).toBe(25);
    expect(mean([1, 2, 6])).toBe(3);
  });
});
