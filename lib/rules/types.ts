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
}

/** The rulebook's output contract for one draft. */
export interface Report {
  mode: Mode;
  score: number;
  words: number;
  speakingSeconds: number;
  checks: Check[];
}

export interface DraftInput {
  mode: Mode;
  text: string;
  subject?: string;
  /** LinkedIn only: the draft is a connection note (300 characters is a hard limit). */
  connectionNote?: boolean;
}
