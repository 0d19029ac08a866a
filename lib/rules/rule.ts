/**
 * The shape of one rule of the rulebook. Each rule file exports one of these;
 * `index.ts` lists them in rulebook order.
 */
import type { Draft } from './draft';
import type { PhraseGroups } from './lexicon';
import type { Mode, RuleId, Span, Status } from './types';

export interface RuleResult {
  status: Status;
  /** In a rep's words: what is wrong and how to fix it (or what is right). */
  message: string;
  /** The words that triggered the verdict, as offsets into the draft's text. */
  spans: Span[];
}

export interface Rule {
  id: RuleId;
  /** A short label for the UI and the CLI. */
  title: string;
  /** The modes the rule is scored in (rulebook.md: ask not for voicemail, ease only for it). */
  modes: readonly Mode[];
  /**
   * What each verdict costs the score, in points off 100 (a pass costs
   * nothing, a status left out costs nothing). Purpose, benefit and length
   * cost most.
   */
  cost: Partial<Record<Exclude<Status, 'pass'>, number>>;
  /**
   * A failure of this rule puts the draft below the "needs work" band
   * (rulebook.md, "The score": the core rules, price and urgency).
   */
  capsScore?: boolean;
  /**
   * The phrases the rule looks for, by tag (syntax in lexicon.ts). All rules'
   * phrases are found in one pass; `check` reads them with `draft.hits(tag)`.
   */
  phrases?: PhraseGroups;
  check(draft: Draft): RuleResult;
}

export const ALL_MODES: readonly Mode[] = ['email', 'voicemail', 'linkedin'];
