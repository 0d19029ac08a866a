/**
 * The WII-FM rules in rulebook order (shared/rulebook.md), and the one call
 * that runs them on a draft. Which rule applies to which mode is each rule's
 * `modes`: `proof` is for email and LinkedIn, `ease` for voicemail only,
 * `subject` for email only; the rest apply everywhere (in voicemail, `ask`
 * is the call-back).
 */
import { ask } from './ask';
import { benefit } from './benefit';
import { clarity } from './clarity';
import { ease } from './ease';
import { createEngine } from './engine';
import { jargon } from './jargon';
import { length } from './length';
import type { RuleOptionsInput } from './options';
import { price } from './price';
import { proof } from './proof';
import { purpose } from './purpose';
import type { Rule } from './rule';
import { subject } from './subject';
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
  subject,
  clarity,
];

const run = createEngine(RULES);

/**
 * Checks one draft against every rule that applies to its mode, minus
 * `options.disabledRules`. `input.context` (the recipient, the rep) sharpens
 * the checks when the extension knows it. Throws a ZodError when `options`
 * are invalid.
 */
export function checkDraft(input: DraftInput, options?: RuleOptionsInput): Report {
  return run(input, options);
}

export type { Rule } from './rule';
export { RuleOptionsSchema, type RuleOptions, type RuleOptionsInput } from './options';
export * from './types';
