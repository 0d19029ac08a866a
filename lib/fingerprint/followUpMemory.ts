import { countsForCadence, type Touch } from '@/lib/db/model';
import { similarity } from './fingerprint';

/**
 * What the sidebar remembers of a contact while the rep writes to them:
 * which follow-up this draft is, and whether it repeats the last email.
 *
 * The threshold: an email sent again with a day changed shares 0.91 of its
 * 3-word shingles with the first, one bumped with "Following up on my note
 * below" 0.73, one with a new paragraph under the old text still 0.73; a
 * follow-up re-written on the same topic shares 0.01, an unrelated email 0
 * (fingerprint.test.ts). Half sits in that gap, and a draft that keeps a
 * third of the old email (0.3) stays below it by more than three standard
 * errors of the 64-value estimate.
 */
export const REPEAT_THRESHOLD = 0.5;

export interface FollowUpMemory {
  /**
   * Outbound touches since the contact last replied (or ever, when they never
   * did): the draft is follow-up number `followUp`; 0 is a first email or an
   * answer to their reply.
   */
  followUp: number;
  /** When they last replied (epoch ms), if ever. */
  lastReplyAt?: number;
  /** The contact's reply is the newest touch: the draft answers it. */
  answersReply: boolean;
  /** The last email sent to them, when the draft repeats it. */
  repeats: { at: number; similarity: number } | null;
}

/**
 * The contact's follow-up memory from their touches (any order) and the
 * draft's fingerprint (null: too short to compare). Notes are the rep's own
 * memos and count for nothing.
 */
export function followUpMemory(touches: readonly Touch[], draft: string | null): FollowUpMemory {
  const talk = touches.filter((t) => countsForCadence(t.channel)).toSorted((a, b) => a.at - b.at);
  let lastReplyAt: number | undefined;
  for (const t of talk) if (t.direction === 'in') lastReplyAt = t.at;
  const since = talk.filter(
    (t) => t.direction === 'out' && (lastReplyAt === undefined || t.at > lastReplyAt),
  );
  const lastEmail = talk.findLast((t) => t.channel === 'email' && t.direction === 'out');
  let repeats: FollowUpMemory['repeats'] = null;
  if (draft && lastEmail?.fingerprint) {
    const s = similarity(draft, lastEmail.fingerprint);
    if (s >= REPEAT_THRESHOLD) repeats = { at: lastEmail.at, similarity: s };
  }
  return {
    followUp: since.length,
    ...(lastReplyAt !== undefined && { lastReplyAt }),
    answersReply: lastReplyAt !== undefined && since.length === 0,
    repeats,
  };
}
