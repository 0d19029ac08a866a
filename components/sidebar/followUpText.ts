import type { FollowUpMemory } from '@/lib/fingerprint/followUpMemory';

/**
 * The words of the follow-up memory in the sidebar's recipient row. Pure,
 * like format.ts: the caller passes the clock and the zone.
 */

/** "12 Nov", or "12 Nov 2025" when not this year: the rep's own calendar day of `at`. */
export function shortDay(at: number, now: Date, timeZone: string): string {
  const year = (t: number | Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric' }).format(t);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    ...(year(at) !== year(now) && { year: 'numeric' }),
  }).format(at);
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Which follow-up the draft is: "3rd follow-up, no reply yet", "First email to them", … */
export function followUpLine(m: FollowUpMemory, now: Date, timeZone: string): string {
  if (m.answersReply) return `Answering their reply of ${shortDay(m.lastReplyAt!, now, timeZone)}`;
  if (m.followUp === 0) return 'First email to them';
  const since =
    m.lastReplyAt === undefined
      ? 'no reply yet'
      : `since their reply of ${shortDay(m.lastReplyAt, now, timeZone)}`;
  return `${ordinal(m.followUp)} follow-up${m.lastReplyAt === undefined ? ', ' : ' '}${since}`;
}

/** The words: what the draft repeats, and what to add. */
export function repeatWarning(at: number, now: Date, timeZone: string): string {
  return `This repeats your ${shortDay(at, now, timeZone)} email: add one new thing: a result, a resource, a question.`;
}
