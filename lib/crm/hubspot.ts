import Papa from 'papaparse';
import type { Contact, Touch } from '@/lib/db/model';
import { guardCell } from '@/lib/db/csvGuard';

/**
 * The activity history in HubSpot's import format, so a rep who joins a
 * team on HubSpot takes it along.
 *
 * HubSpot imports activities only together with the record they belong to
 * (emails, meetings and notes "must be imported and associated with a CRM
 * object"), and its import files need, for contacts, First name, Last name
 * and Email (Email is how it matches a contact it already has), and for
 * notes, Activity date and Note body (HubSpot's knowledge base, "Set up
 * your import files", seen 2026-12). So each touch is one row of a
 * two-object import, contacts and notes: the contact's names and email,
 * then the touch as a note saying what it was ("Email sent: Month-end close
 * · WII-FM score 82"). Notes, not HubSpot's email or call activities: those
 * take properties a log without the message or the call's details cannot
 * fill. Activity date is "YYYY-MM-DD HH:mm" in the rep's zone (choose that
 * date format and zone in the import). A contact without an email cannot be
 * matched by HubSpot, so their touches are left out and counted. Cells go
 * through the CSV formula guard; the file starts with a byte-order mark.
 */

export const HUBSPOT_COLUMNS = [
  'First Name',
  'Last Name',
  'Email',
  'Activity date',
  'Note body',
] as const;

/** "Zoë Ødegaard" → first "Zoë", last "Ødegaard"; a one-word name is all first name. */
export function splitName(name: string): { first: string; last: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { first: parts[0] ?? '', last: '' };
  return { first: parts.slice(0, -1).join(' '), last: parts.at(-1)! };
}

const CHANNEL_WORDS: Record<Touch['channel'], string> = {
  email: 'Email',
  linkedin: 'LinkedIn message',
  call: 'Call',
  voicemail: 'Voicemail',
  meeting: 'Meeting',
  note: 'Note',
};

/** What a touch was, in a sentence for the note: "Email sent: Month-end close · WII-FM score 82". */
export function noteBody(t: Touch): string {
  const what =
    t.channel === 'note'
      ? 'Note'
      : t.channel === 'call'
        ? `Call${t.direction === 'in' ? ' from them' : ''}${t.outcome ? ` (${t.outcome.replace('-', ' ')})` : ''}`
        : t.channel === 'meeting'
          ? 'Meeting'
          : `${CHANNEL_WORDS[t.channel]} ${t.direction === 'out' ? 'sent' : 'received'}`;
  return [
    t.summary ? `${what}: ${t.summary}` : what,
    t.score !== undefined ? `WII-FM score ${Math.round(t.score)}` : '',
    t.scheduled ? 'scheduled send' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function activityDate(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The HubSpot import file (BOM first), oldest touch first, and how many touches it had to leave out. */
export function hubspotActivities(
  contacts: readonly Contact[],
  touches: readonly Touch[],
  timeZone: string,
): { csv: string; rows: number; leftOut: number } {
  const byId = new Map(contacts.map((c) => [c.id!, c]));
  let leftOut = 0;
  const data: string[][] = [];
  for (const t of touches.toSorted((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0))) {
    const c = byId.get(t.contactId);
    const email = c?.emails[0];
    if (!c || !email) {
      leftOut++;
      continue;
    }
    const { first, last } = splitName(c.name);
    data.push([first, last, email, activityDate(t.at, timeZone), noteBody(t)].map(guardCell));
  }
  const csv = '\uFEFF' + Papa.unparse({ fields: [...HUBSPOT_COLUMNS], data });
  return { csv, rows: data.length, leftOut };
}
