import type { Channel, Contact, Touch } from '@/lib/db';
import { calendarDaysBetween, localDate } from '@/lib/followups';

// The same wording and snooze times as the sidebar's.
export { overdueLabel, startOfDayAfter } from '@/components/sidebar/format';

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'email',
  linkedin: 'LinkedIn',
  call: 'call',
  voicemail: 'voicemail',
  meeting: 'meeting',
  note: 'note',
};

/** How long ago, in the rep's calendar days: "today", "yesterday", "5 days ago". */
export function daysAgoLabel(at: number, now: Date, timeZone: string): string {
  const days = calendarDaysBetween(localDate(at, timeZone), localDate(now, timeZone));
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** "Last touch: email, 5 days ago", "They replied by email today", "No touch yet". */
export function lastTouchLabel(touch: Touch | undefined, now: Date, timeZone: string): string {
  if (!touch) return 'No touch logged yet';
  const when = daysAgoLabel(touch.at, now, timeZone);
  const channel = CHANNEL_LABELS[touch.channel];
  if (touch.direction === 'in') return `They replied (${channel}) ${when}`;
  return `Last touch: ${channel}, ${when}`;
}

export type OpenTarget = { kind: 'email' | 'linkedin'; url: string; label: string };

const GMAIL_COMPOSE = 'https://mail.google.com/mail/?view=cm&fs=1&to=';
/** A conversation by its legacy hex id: Gmail opens it with the reply box one click away. */
const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#all/';

/**
 * Where one click on a due contact goes: a Gmail compose to their first
 * address, else their LinkedIn profile. Only those two sites: a stored URL
 * that is anything else (a damaged import) is not opened.
 */
export function openTarget(
  contact: Pick<Contact, 'emails' | 'linkedinUrls'>,
  /** Gmail's id of the last conversation with them (`Touch.threadId`), when known. */
  threadId?: string | null,
): OpenTarget | null {
  const email = contact.emails[0];
  if (email && threadId && /^[0-9a-f]{1,16}$/.test(threadId)) {
    return { kind: 'email', url: GMAIL_THREAD + threadId, label: 'Reply in thread' };
  }
  if (email) {
    return {
      kind: 'email',
      url: GMAIL_COMPOSE + encodeURIComponent(email),
      label: 'Email',
    };
  }
  const profile = contact.linkedinUrls.find((u) => u.startsWith('https://www.linkedin.com/'));
  if (profile) return { kind: 'linkedin', url: profile, label: 'LinkedIn' };
  return null;
}

/** "3 Mar" for a YYYY-MM-DD week start. */
export function shortDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  // In the rep's locale, like every other date (issue 14).
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
