/**
 * Turning rule results into the report: clean spans and one score.
 */
import type { Rule, RuleResult } from './rule';
import type { Check, Span, Status } from './types';

/** What each status is worth towards the score; info is advice, so it costs little. */
const POINTS: Record<Status, number> = { pass: 1, info: 0.75, warn: 0.5, fail: 0 };

/** More highlights than this per check would only be noise in the sidebar. */
const MAX_SPANS = 50;

/** Spans inside the text, non-empty, sorted, without duplicates, at most {@link MAX_SPANS}. */
export function cleanSpans(spans: readonly Span[], textLength: number): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const start = Math.max(0, Math.min(s.start, textLength));
    const end = Math.max(0, Math.min(s.end, textLength));
    if (start < end) out.push({ start, end });
  }
  const sorted = out.toSorted((a, b) => a.start - b.start || a.end - b.end);
  const unique = sorted.filter(
    (s, i) => i === 0 || s.start !== sorted[i - 1].start || s.end !== sorted[i - 1].end,
  );
  return unique.slice(0, MAX_SPANS);
}

export function toCheck(rule: Rule, result: RuleResult, textLength: number): Check {
  return {
    id: rule.id,
    status: result.status,
    message: result.message,
    spans: cleanSpans(result.spans, textLength),
  };
}

/** A draft with a failing check scores at most this: the number must not say "fine" while a check is red. */
const FAILING_CAP = 70;

/**
 * 0–100: the weighted share of points over the checks in the report.
 * Purpose, benefit and length weigh most (rule `weight`).
 */
export function scoreChecks(rules: readonly Rule[], checks: readonly Check[]): number {
  let total = 0;
  let got = 0;
  let failing = false;
  for (let i = 0; i < checks.length; i++) {
    total += rules[i].weight;
    got += rules[i].weight * POINTS[checks[i].status];
    if (checks[i].status === 'fail') failing = true;
  }
  const score = total === 0 ? 100 : Math.round((100 * got) / total);
  return failing ? Math.min(score, FAILING_CAP) : score;
}
