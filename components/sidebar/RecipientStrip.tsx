import { useLiveQuery } from 'dexie-react-hooks';
import {
  findContactByEmail,
  findContactByLinkedIn,
  getDb,
  normaliseLinkedInUrl,
  parseAddress,
} from '@/lib/db';
import type { Settings } from '@/lib/settings';
import { lastNote, threadLine } from '../contactFacts';
import { summarise } from '../contactSummary';
import { dueLine, dueTone } from './format';
import type { DraftMessage } from './state';

interface Props {
  draft: DraftMessage;
  settings: Settings;
  now: Date;
  timeZone: string;
}

/**
 * Who the draft goes to, pinned above the checks (issue 14): name and
 * company, where the conversation stands ("3rd email · last Thu 12 Nov · no
 * reply"), the rep's last note and whether the follow-up is overdue. The
 * first recipient the log knows; the others are listed under the checks.
 */
export function RecipientStrip({ draft, settings, now, timeZone }: Props) {
  const emails =
    draft.mode === 'email'
      ? draft.recipients.map((r) => parseAddress(r)?.email ?? r.trim()).filter(Boolean)
      : [];
  const emailsKey = emails.join('\n');
  const profileUrl = draft.partnerProfileUrl
    ? (normaliseLinkedInUrl(draft.partnerProfileUrl) ?? undefined)
    : undefined;
  const minute = Math.floor(now.getTime() / 60_000);
  const found = useLiveQuery(async () => {
    const db = getDb();
    const opts = { now, timeZone, settings };
    for (const email of emailsKey === '' ? [] : emailsKey.split('\n')) {
      const s = await summarise(db, await findContactByEmail(db, email), opts);
      if (s) return s;
    }
    if (profileUrl) return summarise(db, await findContactByLinkedIn(db, profileUrl), opts);
    return null;
  }, [emailsKey, profileUrl, minute, timeZone, settings]);

  const others = Math.max(0, emails.length - 1);
  const label = emails[0] ?? draft.partnerName ?? profileUrl;
  if (found === undefined || (!found && !label)) return null;
  if (!found) {
    return (
      <section
        className="wiifm-strip"
        data-wiifm="recipient-strip"
        data-known="false"
        aria-label="Who this draft goes to"
      >
        <div className="wiifm-strip-who">
          To {label}
          <span className="wiifm-muted"> · not in your log yet</span>
        </div>
      </section>
    );
  }
  const { contact, touches, due } = found;
  const note = lastNote(contact, touches);
  const line = dueLine(due, now, timeZone);
  const tone = dueTone(due, now, timeZone);
  return (
    <section
      className="wiifm-strip"
      data-wiifm="recipient-strip"
      data-known="true"
      data-contact-id={contact.id}
      aria-label="Who this draft goes to"
    >
      <div className="wiifm-strip-who">
        <span className="wiifm-contact-name">{contact.name}</span>
        {contact.company && <span className="wiifm-muted"> · {contact.company}</span>}
        {others > 0 && <span className="wiifm-muted"> · +{others} more below</span>}
      </div>
      <div className="wiifm-strip-line" data-wiifm="strip-thread">
        {threadLine(touches, draft.mode === 'email' ? 'email' : 'linkedin', timeZone)}
      </div>
      {note && (
        <div className="wiifm-strip-line" data-wiifm="strip-note">
          Note: “{note}”
        </div>
      )}
      {line && (
        <div className={`wiifm-due wiifm-due-${tone}`} data-wiifm="strip-due" data-tone={tone}>
          {line}
        </div>
      )}
    </section>
  );
}
