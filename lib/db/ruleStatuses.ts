import type { Status } from '@/lib/rules/types';

/**
 * A send's status on each rule, as kept with its touch: `"purpose:p
 * benefit:f length:p ask:w"`, one `id:letter` pair per check in the
 * report's order, the letter p(ass), w(arn), f(ail) or i(nfo). About 100
 * bytes a send where an object of full words would take 200, and it reads
 * the same in a CSV cell. Ids are kept as the report gave them, so a rule
 * added later (or renamed) is simply another id.
 */

const LETTER: Record<Status, string> = { pass: 'p', warn: 'w', fail: 'f', info: 'i' };
const STATUS: Record<string, Status> = { p: 'pass', w: 'warn', f: 'fail', i: 'info' };

/** One pair: a rule id (lower-case letters, digits, dashes) and a status letter. */
const PAIR = '[a-z0-9][a-z0-9-]{0,63}:[pwfi]';
const STATUSES_RE = new RegExp(`^${PAIR}(?: ${PAIR}){0,199}$`);

/** The compact statuses of a report's checks, or undefined when it has none. */
export function ruleStatusesOf(report: {
  checks: readonly { id: string; status: Status }[];
}): string | undefined {
  const pairs = report.checks
    .filter((c) => STATUSES_RE.test(`${c.id}:${LETTER[c.status]}`))
    .map((c) => `${c.id}:${LETTER[c.status]}`);
  return pairs.length > 0 ? pairs.join(' ') : undefined;
}

/** Whether `value` is statuses as `ruleStatusesOf` writes them (backups are checked with it). */
export function isRuleStatuses(value: string): boolean {
  return STATUSES_RE.test(value);
}

/** The statuses back as rule id → status (the last pair wins for a repeated id). */
export function parseRuleStatuses(value: string): Map<string, Status> {
  const out = new Map<string, Status>();
  if (!isRuleStatuses(value)) return out;
  for (const pair of value.split(' ')) {
    const [id, letter] = pair.split(':');
    out.set(id!, STATUS[letter!]!);
  }
  return out;
}
