import type { CallOutcome, Channel } from '@/lib/db';

/**
 * One vocabulary for the sidebar and the popup (issue 14): the same words
 * for the same touch, and the same snooze choices, wherever the rep meets
 * them. A call that reached voicemail is "Left voicemail" everywhere.
 */

/** A touch's channel, as a button or a history line names it. */
export const CHANNEL_WORDS: Record<Channel, string> = {
  email: 'Email',
  call: 'Call',
  voicemail: 'Voicemail',
  linkedin: 'LinkedIn message',
  meeting: 'Meeting',
  note: 'Note',
};

/** How a call went. */
export const OUTCOME_WORDS: Record<CallOutcome, string> = {
  connected: 'Connected',
  voicemail: 'Left voicemail',
  'no-answer': 'No answer',
};

/** How long a snooze lasts, in the sidebar and the popup alike. */
export const SNOOZE_CHOICES: readonly { days: number; label: string }[] = [
  { days: 1, label: '1 day' },
  { days: 3, label: '3 days' },
  { days: 7, label: '1 week' },
];

/** A touch the rep logs by hand: a channel, and for a call how it went. */
export interface LogChoice {
  /** Stable key for tests and `data-channel`. */
  key: string;
  channel: Channel;
  outcome?: CallOutcome;
  label: string;
}

/** What a follow-up can be marked done as, quickest first (the popup's Done). */
export const DONE_CHOICES: readonly LogChoice[] = [
  { key: 'email', channel: 'email', label: CHANNEL_WORDS.email },
  { key: 'call', channel: 'call', outcome: 'connected', label: CHANNEL_WORDS.call },
  { key: 'voicemail', channel: 'call', outcome: 'voicemail', label: OUTCOME_WORDS.voicemail },
  { key: 'linkedin', channel: 'linkedin', label: CHANNEL_WORDS.linkedin },
];
