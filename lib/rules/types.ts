/** The three kinds of draft the rulebook knows (rulebook.md, "Modes"). */
export type Mode = 'email' | 'voicemail' | 'linkedin';

/** Rule ids in rulebook order. `checks` in a report keeps this order. */
export const RULE_IDS = [
  'purpose',
  'benefit',
  'length',
  'ask',
  'price',
  'urgency',
  'jargon',
  'proof',
  'ease',
  'subject',
  'clarity',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Status = 'pass' | 'warn' | 'fail' | 'info';

/** UTF-16 offsets into the text that was checked, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Check {
  id: RuleId;
  status: Status;
  message: string;
  spans: Span[];
  /**
   * What fixing this check is worth: how many points the score would gain if
   * it passed ("fix length: +26"). 0 for a pass, and for every check of a
   * draft that has no score.
   */
  points: number;
}

/** Why a draft has no score: too little to judge, or not written in English. */
export type Unscored = 'too-short' | 'not-english';

/** The rulebook's verdict bands: 85–100 ready to send, 60–84 needs work, 0–59 weak. */
export type Band = 'ready' | 'needs-work' | 'weak';

/** The rulebook's output contract for one draft. */
export interface Report {
  mode: Mode;
  /** 0–100, or null when the draft is too short or not in English (`unscored` says which). */
  score: number | null;
  /** The score's band; null with the score. */
  band: Band | null;
  /** Why there is no score; null when there is one. */
  unscored: Unscored | null;
  words: number;
  speakingSeconds: number;
  checks: Check[];
}

/** Who the draft goes to, as far as the extension knows (contact log, To chips, LinkedIn profile). */
export interface RecipientContext {
  name?: string;
  company?: string;
  /** Their job title: says which trade's acronyms they speak ("VP Revenue Operations"). */
  title?: string;
}

/** The rep: their own names and product names count as talking about "us". */
export interface RepContext {
  names?: string[];
  products?: string[];
}

export interface DraftContext {
  recipient?: RecipientContext;
  rep?: RepContext;
}

export interface DraftInput {
  mode: Mode;
  text: string;
  subject?: string;
  /** LinkedIn only: the draft is a connection note (300 characters is a hard limit). */
  connectionNote?: boolean;
  /** What is known of the recipient and the rep; the rules work on the text alone without it. */
  context?: DraftContext;
}
