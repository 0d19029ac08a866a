/**
 * The figures `npm run eval` reports, as pure functions: per-rule agreement
 * with the labels, and how well the score ranks good drafts above bad ones.
 */
import type { Label } from './corpus';

/** An engine status read as a label: anything but a green pass is a flag (info included). */
export function outcomeOf(status: string): Label {
  return status === 'pass' ? 'pass' : 'flag';
}

/**
 * Area under the ROC curve of a score separating `good` from `bad`: the
 * chance that a random good draft scores above a random bad one, ties
 * counting half. Null when either side is empty.
 */
export function auc(good: readonly number[], bad: readonly number[]): number | null {
  if (good.length === 0 || bad.length === 0) return null;
  const sortedBad = bad.toSorted((a, b) => a - b);
  let wins = 0;
  for (const g of good) {
    const below = lowerBound(sortedBad, g);
    const upTo = upperBound(sortedBad, g);
    wins += below + (upTo - below) / 2;
  }
  return wins / (good.length * bad.length);
}

/** First index with xs[i] >= x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index with xs[i] > x. */
function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** n/N as a percentage, null when N is 0. */
export function percent(n: number, total: number): number | null {
  return total === 0 ? null : (100 * n) / total;
}

/** One labelled rule on one draft, and what the engine said (null: it has no such check). */
export interface RuleObservation {
  id: string;
  rule: string;
  mode: string;
  expected: Label;
  /** The engine's status, or null when the engine has no check for this rule in this mode. */
  status: string | null;
}

export interface RuleTally {
  flags: number;
  flagsCaught: number;
  passes: number;
  passesKept: number;
  /** Labels the engine could not be judged on, per mode: no check of that id there. */
  notImplemented: Record<string, number>;
}

export function tallyRules(observations: readonly RuleObservation[]): Map<string, RuleTally> {
  const out = new Map<string, RuleTally>();
  for (const o of observations) {
    let t = out.get(o.rule);
    if (t === undefined) {
      t = { flags: 0, flagsCaught: 0, passes: 0, passesKept: 0, notImplemented: {} };
      out.set(o.rule, t);
    }
    if (o.status === null) {
      t.notImplemented[o.mode] = (t.notImplemented[o.mode] ?? 0) + 1;
      continue;
    }
    const got = outcomeOf(o.status);
    if (o.expected === 'flag') {
      t.flags++;
      if (got === 'flag') t.flagsCaught++;
    } else {
      t.passes++;
      if (got === 'pass') t.passesKept++;
    }
  }
  return out;
}

/** Observations the engine got wrong (those it could not be judged on are not misses). */
export function misses(observations: readonly RuleObservation[]): RuleObservation[] {
  return observations.filter((o) => o.status !== null && outcomeOf(o.status) !== o.expected);
}

export interface ScoredDraft {
  verdict: 'good' | 'mediocre' | 'bad';
  /** What the draft should get: false for empty and non-English drafts (score null). */
  scored: boolean;
  /** The engine's score; null or undefined when it gave none. */
  score: number | null | undefined;
}

export interface ScoreSummary {
  auc: number | null;
  meanGood: number | null;
  meanBad: number | null;
  good: number;
  bad: number;
  /** Drafts that should have no score, and how many of them got none. */
  unscored: number;
  unscoredNull: number;
  /** Drafts that should be scored but got no score. */
  scoredMissing: number;
}

export function summariseScores(drafts: readonly ScoredDraft[]): ScoreSummary {
  const good: number[] = [];
  const bad: number[] = [];
  let unscored = 0;
  let unscoredNull = 0;
  let scoredMissing = 0;
  for (const d of drafts) {
    const has = typeof d.score === 'number';
    if (!d.scored) {
      unscored++;
      if (!has) unscoredNull++;
      continue;
    }
    if (!has) {
      scoredMissing++;
      continue;
    }
    if (d.verdict === 'good') good.push(d.score as number);
    else if (d.verdict === 'bad') bad.push(d.score as number);
  }
  return {
    auc: auc(good, bad),
    meanGood: mean(good),
    meanBad: mean(bad),
    good: good.length,
    bad: bad.length,
    unscored,
    unscoredNull,
    scoredMissing,
  };
}
