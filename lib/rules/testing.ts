/**
 * Helpers for the rule tests: run the real engine on a draft and look at one
 * check the way the sidebar shows it (status, message, highlighted words).
 */
import { checkDraft } from './index';
import type { RuleOptionsInput } from './options';
import type { Check, DraftInput, RuleId } from './types';

export interface Case {
  /** What the rep wrote, in the test's words: 'an opener that cites their job posts'. */
  name: string;
  text: string;
  mode?: DraftInput['mode'];
  subject?: string;
  connectionNote?: boolean;
  /** What the extension knows of the recipient and the rep. */
  context?: DraftInput['context'];
}

/** The check `id` for a draft (email unless the case says otherwise). */
export function checkOf(id: RuleId, c: Case | string, options?: RuleOptionsInput): Check {
  const input: Case = typeof c === 'string' ? { name: '', text: c } : c;
  const report = checkDraft(
    {
      mode: input.mode ?? 'email',
      text: input.text,
      subject: input.subject,
      connectionNote: input.connectionNote,
      context: input.context,
    },
    options,
  );
  const check = report.checks.find((x) => x.id === id);
  if (check === undefined) throw new Error(`no '${id}' check in ${input.mode ?? 'email'} mode`);
  return check;
}

/** The words a check highlights, as the rep sees them. */
export function highlighted(text: string, check: Check): string[] {
  return check.spans.map((s) => text.slice(s.start, s.end));
}
