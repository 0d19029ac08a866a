/**
 * The touch log's records (DB_API.md). Times are epoch ms; zones are IANA names.
 *
 * Fields marked "derived" are kept by lib/db itself, in the same transaction as
 * every touch or contact write, so "due today" reads only the contacts that can
 * be due instead of every touch. Callers never set them: upsertContact and
 * updateContact ignore them, and backups leave them out (import recomputes them).
 */
export type Channel = 'email' | 'linkedin' | 'call' | 'voicemail' | 'meeting' | 'note';
export type Direction = 'out' | 'in';
export type ContactStatus = 'active' | 'paused' | 'no' | 'client';
export type CallOutcome = 'connected' | 'voicemail' | 'no-answer';

export const CHANNELS = ['email', 'linkedin', 'call', 'voicemail', 'meeting', 'note'] as const;
export const DIRECTIONS = ['out', 'in'] as const;
export const CONTACT_STATUSES = ['active', 'paused', 'no', 'client'] as const;
export const CALL_OUTCOMES = ['connected', 'voicemail', 'no-answer'] as const;

/**
 * Channels that count as talking to the prospect. A note is the rep's own
 * memo: it neither answers a reply nor starts the next follow-up.
 */
export function countsForCadence(channel: Channel): boolean {
  return channel !== 'note';
}

export interface Contact {
  id?: number;
  name: string;
  /** Lower-cased, normalised (`normaliseEmail`). */
  emails: string[];
  /** Normalised `https://www.linkedin.com/in/<slug>/` (`normaliseLinkedInUrl`). */
  linkedinUrls: string[];
  company?: string;
  title?: string;
  status: ContactStatus;
  /** Epoch ms, with status 'paused' (a snooze). */
  pausedUntil?: number;
  /**
   * Epoch ms, with `pausedUntil`: when the rep set that snooze. A reply after
   * it ends the snooze's hold (lib/followups/cadence.ts); not indexed. Absent
   * on snoozes stored before it existed: `updatedAt` stands in.
   */
  snoozedAt?: number;
  /** With status 'no': the reason the prospect gave. */
  noReason?: string;
  /** Per-contact override of the default cadence, in days. */
  cadenceDays?: number;
  /**
   * Those of `emails` a delivery failure named (a bounce seen in Gmail):
   * mail to them does not arrive. Not indexed, so no schema version: only
   * the contact's own card reads it.
   */
  undeliverable?: string[];
  notes?: string;
  createdAt: number;
  updatedAt: number;

  /** Derived: `nameKey(name)`, the index behind name suggestions. */
  nameKey?: string;
  /** Derived: time of the newest outbound touch (notes excluded). */
  lastOutAt?: number;
  /** Derived: time of the newest inbound touch (notes excluded). */
  lastInAt?: number;
  /** Derived: max(lastOutAt, lastInAt); absent when the contact has no touches. */
  lastTouchAt?: number;
  /** Derived: 'in' when the newest touch is a strictly newer inbound one (the rep owes the answer). */
  lastTouchDirection?: Direction;
  /**
   * Derived: a copy of that newest touch, so "due today" can show what the
   * follow-up answers without a second read per contact.
   */
  lastTouch?: Touch;
}

/** The fields lib/db derives; never taken from callers or backups. */
export const DERIVED_CONTACT_FIELDS = [
  'nameKey',
  'lastOutAt',
  'lastInAt',
  'lastTouchAt',
  'lastTouchDirection',
  'lastTouch',
] as const satisfies readonly (keyof Contact)[];

export interface Touch {
  id?: number;
  contactId: number;
  channel: Channel;
  direction: Direction;
  at: number;
  /** Subject or summary. */
  summary?: string;
  /** The draft's WII-FM score when there was one. */
  score?: number;
  /**
   * The draft's status on each rule, with the score: `"purpose:p benefit:f …"`
   * (`ruleStatuses.ts`). What "what works for you" counts replies by.
   */
  ruleStatuses?: string;
  /**
   * Sent emails: a fingerprint of the body that holds none of its text
   * (`lib/fingerprint`), so the sidebar can tell a draft that repeats it.
   */
  fingerprint?: string;
  /** Calls only. */
  outcome?: CallOutcome;
  source: 'auto' | 'manual';
  /** Gmail / LinkedIn message id: never logged twice. */
  externalId?: string;
  /** An email the rep scheduled with Gmail's Schedule send: `at` is when it goes out. Not indexed. */
  scheduled?: boolean;
  /**
   * Emails: Gmail's conversation, as its legacy hex id (`#all/<id>` opens
   * it), so the popup's "Reply in thread" opens the last one. Not indexed:
   * read only with the contact's own touches, so no schema version.
   */
  threadId?: string;
}
