/**
 * Concrete rewrites for the checks a draft fails or warns on (issue 14):
 * one to three per check, each one contiguous edit of the body or the
 * subject that the compose can apply in one step (and the rep undo in one).
 *
 * Deterministic and local: the candidates (rewrites.ts) come from the
 * draft's own words and what the extension knows, and each is run back
 * through the same engine the sidebar uses. A suggestion is offered only
 * when, applied, its check passes and no other check gets worse, so
 * clicking one never trades one problem for another.
 */
import { checkDraft } from '@/lib/rules';
import type { RuleOptionsInput } from '@/lib/rules/options';
import type { Check, DraftInput, Report, RuleId, Status } from '@/lib/rules/types';
import { GENERATORS } from './rewrites';
import { diff } from './text';

export interface Suggestion {
  /** Which check it fixes. */
  check: RuleId;
  /** What the button says: "End with “Worth a 15-minute call on Friday?”". */
  label: string;
  target: 'body' | 'subject';
  /** The edit: `expect` at `start`–`end` of the body (or subject) becomes `text`. */
  start: number;
  end: number;
  expect: string;
  text: string;
}

export interface SuggestInput {
  draft: DraftInput;
  /** The rep's rule settings, as the sidebar checks with them. */
  options?: RuleOptionsInput;
  /** The draft's report with the same options; run here when not given. */
  report?: Report;
  /** Today in the rep's zone (YYYY-MM-DD): asks name real weekdays. */
  today: string;
  workingDays?: readonly number[];
}

/** At most this many suggestions per check. */
export const MAX_PER_CHECK = 3;

const RANK: Record<Status, number> = { pass: 0, info: 1, warn: 2, fail: 3 };

/** The draft with one suggestion applied. */
export function applySuggestion(draft: DraftInput, s: Suggestion): DraftInput {
  const current = s.target === 'body' ? draft.text : (draft.subject ?? '');
  if (current.slice(s.start, s.end) !== s.expect) {
    throw new Error('the draft changed since the suggestion was made');
  }
  const next = current.slice(0, s.start) + s.text + current.slice(s.end);
  return s.target === 'body' ? { ...draft, text: next } : { ...draft, subject: next };
}

/** Whether `after` passes `id` and leaves every other check at least as good as `before`. */
export function fixesWithoutHarm(
  before: readonly Check[],
  after: readonly Check[],
  id: RuleId,
): boolean {
  const now = new Map(after.map((c) => [c.id, c.status]));
  return before.every((c) => {
    const status = now.get(c.id);
    if (status === undefined) return false;
    return c.id === id ? status === 'pass' : RANK[status] <= RANK[c.status];
  });
}

/** Suggestions for every failed or warned check of the draft, by check id. */
export function suggest(input: SuggestInput): Map<RuleId, Suggestion[]> {
  const { draft, options } = input;
  const out = new Map<RuleId, Suggestion[]>();
  if (draft.text.trim() === '') return out;
  const report = input.report ?? checkDraft(draft, options);
  const ctx = {
    input: draft,
    checks: report.checks,
    today: input.today,
    workingDays: input.workingDays,
  };
  for (const check of report.checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue;
    const generate = GENERATORS[check.id];
    if (!generate) continue;
    const kept: Suggestion[] = [];
    const seen = new Set<string>();
    let candidates;
    try {
      candidates = generate(check, ctx);
    } catch {
      continue; // a generator that trips on odd text offers nothing, the check still shows
    }
    for (const c of candidates) {
      if (kept.length >= MAX_PER_CHECK) break;
      const before = c.target === 'body' ? draft.text : (draft.subject ?? '');
      if (c.target === 'subject' && draft.subject === undefined) continue;
      const edit = diff(before, c.value);
      if (!edit || c.value.trim() === '') continue;
      const key = `${c.target}\u0000${c.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const s: Suggestion = {
        check: check.id,
        label: c.label,
        target: c.target,
        start: edit.start,
        end: edit.end,
        expect: before.slice(edit.start, edit.end),
        text: edit.text,
      };
      const after = checkDraft(applySuggestion(draft, s), options);
      if (fixesWithoutHarm(report.checks, after.checks, check.id)) kept.push(s);
    }
    if (kept.length > 0) out.set(check.id, kept);
  }
  return out;
}
