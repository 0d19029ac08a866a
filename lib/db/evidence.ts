import { Dexie } from 'dexie';
import {
  outcomesOf,
  REPLY_WINDOW_DAYS,
  replyRates,
  type ReplyRates,
  type ScoredSend,
} from '@/lib/evidence/replyRates';
import type { WiifmDB } from './db';
import { countsForCadence } from './model';

const WINDOW_MS = REPLY_WINDOW_DAYS * 86_400_000;

/**
 * "What works for you" from the touch log: the scored outbound emails (read
 * through the `score` index, schema version 2, so only scored touches are
 * read) and, for their contacts only, the inbound touches in the windows
 * after them. The counting is `lib/evidence/replyRates.ts`.
 */
export async function replyRatesOf(db: WiifmDB, now: number = Date.now()): Promise<ReplyRates> {
  return db.transaction('r', db.touches, async () => {
    const sends: ScoredSend[] = [];
    await db.touches
      .where('score')
      .between(Dexie.minKey, Dexie.maxKey)
      .each((t) => {
        if (t.channel !== 'email' || t.direction !== 'out' || t.score === undefined) return;
        sends.push({
          contactId: t.contactId,
          at: t.at,
          score: t.score,
          ...(t.ruleStatuses !== undefined && { ruleStatuses: t.ruleStatuses }),
        });
      });
    const span = new Map<number, { from: number; to: number }>();
    for (const s of sends) {
      const r = span.get(s.contactId);
      if (!r) span.set(s.contactId, { from: s.at, to: s.at + WINDOW_MS });
      else {
        r.from = Math.min(r.from, s.at);
        r.to = Math.max(r.to, s.at + WINDOW_MS);
      }
    }
    const replies: { contactId: number; at: number }[] = [];
    for (const [contactId, { from, to }] of span) {
      const touches = await db.touches
        .where('[contactId+at]')
        .between([contactId, from], [contactId, to], false, true)
        .toArray();
      for (const t of touches) {
        if (t.direction === 'in' && countsForCadence(t.channel))
          replies.push({ contactId, at: t.at });
      }
    }
    const { decided, waiting } = outcomesOf(sends, replies, now);
    return replyRates(decided, waiting);
  });
}
