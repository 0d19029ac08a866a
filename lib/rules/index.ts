/**
 * The WII-FM rules in rulebook order (shared/rulebook.md), and the one call
 * that runs them on a draft. Which rule applies to which mode is each rule's
 * `modes`: `ask` is not scored for voicemail, `proof` is for email and
 * LinkedIn, `ease` for voicemail only; the rest apply everywhere.
 */
import { ask } from './ask';
import { benefit } from './benefit';
import { ease } from './ease';
import { createEngine } from './engine';
import { jargon } from './jargon';
import { length } from './length';
import type { RuleOptionsInput } from './options';
import { price } from './price';
import { proof } from './proof';
import { purpose } from './purpose';
import type { Rule } from './rule';
import type { DraftInput, Report } from './types';
import { urgency } from './urgency';

export const RULES: readonly Rule[] = [
  purpose,
  benefit,
  length,
  ask,
  price,
  urgency,
  jargon,
  proof,
  ease,
];

const run = createEngine(RULES);

/**
 * Checks one draft against every rule that applies to its mode, minus
 * `options.disabledRules`. Throws a ZodError when `options` are invalid.
 */
export function checkDraft(input: DraftInput, options?: RuleOptionsInput): Report {
  return run(input, options);
}

export type { Rule } from './rule';
export { RuleOptionsSchema, type RuleOptions, type RuleOptionsInput } from './options';
export * from './types';
