/**
 * Runs a list of rules on a draft: compiles every rule's phrases into one
 * lexicon (once), prepares the draft, runs the rules that apply to its mode
 * and scores the result.
 */
import { prepareDraft } from './draft';
import { Lexicon } from './lexicon';
import { RuleOptionsSchema, type RuleOptions, type RuleOptionsInput } from './options';
import { isEnglish } from './language';
import { bandOf, scoreChecks, toCheck } from './report';
import type { Rule } from './rule';
import { SHARED_PHRASES } from './signals';
import type { DraftInput, Mode, Report, RuleId, Unscored } from './types';

/** Fewer words than this is "nothing to check yet" (rulebook.md: "fewer than about 8 words"). */
export const MIN_SCORED_WORDS = 8;

const DEFAULT_OPTIONS: RuleOptions = RuleOptionsSchema.parse({});

export type CheckDraft = (input: DraftInput, options?: RuleOptionsInput) => Report;

export function createEngine(rules: readonly Rule[]): CheckDraft {
  const lexicon = new Lexicon(
    Object.assign({}, SHARED_PHRASES, ...rules.map((r) => r.phrases ?? {})),
  );
  /** Parsed options per options object: the sidebar passes the same one on every keystroke. */
  const parsed = new WeakMap<object, RuleOptions>();
  const parseOptions = (options: RuleOptionsInput | undefined): RuleOptions => {
    if (options === undefined) return DEFAULT_OPTIONS;
    let o = parsed.get(options);
    if (o === undefined) {
      o = RuleOptionsSchema.parse(options);
      parsed.set(options, o);
    }
    return o;
  };

  /** The rules that run, per mode and set of disabled rules. */
  const active = new Map<string, readonly Rule[]>();
  const rulesFor = (mode: Mode, disabled: readonly RuleId[]): readonly Rule[] => {
    const key = `${mode}:${disabled.join(',')}`;
    let list = active.get(key);
    if (list === undefined) {
      list = rules.filter((r) => r.modes.includes(mode) && !disabled.includes(r.id));
      if (active.size > 64) active.clear();
      active.set(key, list);
    }
    return list;
  };

  return (input, options) => {
    const opts = parseOptions(options);
    const draft = prepareDraft(input, opts, lexicon);
    const run = rulesFor(input.mode, opts.disabledRules);
    const checks = run.map((r) => toCheck(r, r.check(draft), input.text.length));
    let unscored: Unscored | null = null;
    if (draft.wordCount < MIN_SCORED_WORDS) unscored = 'too-short';
    else if (!isEnglish(draft.body, draft.words)) unscored = 'not-english';
    const score = unscored === null ? scoreChecks(run, checks) : null;
    return {
      mode: input.mode,
      score,
      band: score === null ? null : bandOf(score),
      unscored,
      words: draft.wordCount,
      speakingSeconds: draft.speakingSeconds,
      checks,
    };
  };
}
