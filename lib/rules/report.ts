/**
 * Turning rule results into the report: clean spans, one score, and what
 * each check costs.
 *
 * The score is read as a verdict (rulebook.md, "The score"): 85–100 ready to
 * send, 60–84 needs work, 0–59 weak. It starts at 100 and each check takes
 * off what its verdict costs (the rule's `cost`); a failed core rule
 * (purpose, benefit, length) or a failed price or urgency check caps it
 * below 60, whatever else is right.
 */
import type { Rule, RuleResult } from './rule';
import type { Band, Check, Span, Status } from './types';

/** More highlights than this per check would only be noise in the sidebar. */
const MAX_SPANS = 50;

/** The top of the "weak" band: where a capping failure puts the draft at most. */
export const WEAK_MAX = 59;
/** The lowest score of "ready to send". */
export const READY_MIN = 85;
/** The lowest score of "needs work". */
export const NEEDS_WORK_MIN = 60;

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
    points: 0,
  };
}

function costOf(rule: Rule, status: Status): number {
  return status === 'pass' ? 0 : (rule.cost[status] ?? 0);
}

function scoreOf(rules: readonly Rule[], statuses: readonly Status[]): number {
  let lost = 0;
  let capped = false;
  for (let i = 0; i < rules.length; i++) {
    lost += costOf(rules[i], statuses[i]);
    if (statuses[i] === 'fail' && rules[i].capsScore === true) capped = true;
  }
  const score = Math.max(0, Math.min(100, Math.round(100 - lost)));
  return capped ? Math.min(score, WEAK_MAX) : score;
}

/**
 * The score of the checks (run by `rules`, in the same order), and on each
 * check the points it costs: how much the score would rise if that check
 * alone passed.
 */
export function scoreChecks(rules: readonly Rule[], checks: Check[]): number {
  const statuses = checks.map((c) => c.status);
  const score = scoreOf(rules, statuses);
  for (let i = 0; i < checks.length; i++) {
    if (statuses[i] === 'pass') continue;
    const fixed = statuses.with(i, 'pass');
    checks[i].points = scoreOf(rules, fixed) - score;
  }
  return score;
}

/** The rulebook's band for a score. */
export function bandOf(score: number): Band {
  if (score >= READY_MIN) return 'ready';
  if (score >= NEEDS_WORK_MIN) return 'needs-work';
  return 'weak';
}
