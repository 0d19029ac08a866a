import type { Contact, Touch } from '@/lib/db';
import { localDate } from '@/lib/followups';
import { formatDay } from './sidebar/format';

/**
 * What a rep wants to know about someone while writing to them (issue 14),
 * from their touches: the rep's last own note, and where the conversation
 * on this channel stands ("3rd email · last Thu 12 Nov · no reply"). Pure:
 * callers pass the clock, zone and locale.
 */

/** The rep's newest note on a contact: a summary typed by hand, else the contact's notes. */
export function lastNote(
  contact: Pick<Contact, 'notes'>,
  touches: readonly Touch[],
): string | null {
  // Newest first; a logged email's summary is its subject, not a note.
  const typed = touches.find((t) => t.source === 'manual' && t.summary?.trim());
  return typed?.summary?.trim() || contact.notes?.trim() || null;
}

const ORDINAL = ['th', 'st', 'nd', 'rd'];

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (ORDINAL[n % 10] ?? 'th')}`;
}

/**
 * "3rd email · last Thu 12 Nov · no reply": the draft's place in the
 * conversation on `channel` (this one is the next), when the last one went,
 * and whether they answered since (on any channel).
 */
export function threadLine(
  touches: readonly Touch[],
  channel: 'email' | 'linkedin',
  timeZone: string,
  locale?: string,
): string {
  const word = channel === 'email' ? 'email' : 'LinkedIn message';
  const sent = touches.filter((t) => t.channel === channel && t.direction === 'out');
  const next = `${ordinal(sent.length + 1)} ${word}`;
  if (sent.length === 0)
    return `${next} · first contact on ${channel === 'email' ? 'email' : 'LinkedIn'}`;
  const last = sent[0]; // newest first
  const day = (at: number) => formatDay(localDate(at, timeZone), locale);
  const reply = touches.find((t) => t.direction === 'in' && t.at > last.at && t.channel !== 'note');
  return `${next} · last ${day(last.at)} · ${reply ? `replied ${day(reply.at)}` : 'no reply'}`;
}
