import type { ReactNode } from 'react';
import type { Contact, Touch } from '@/lib/db';
import { localDate } from '@/lib/followups';
import {
  channelLabel,
  dueLine,
  dueTone,
  formatDay,
  plural,
  whenLabel,
  type DueInfo,
} from './sidebar/format';

interface Props {
  contact: Contact;
  /** Newest first; the card shows the first and the count. */
  touches?: Touch[];
  due?: DueInfo | null;
  now: Date;
  timeZone: string;
  locale?: string;
  /** Extra lines or buttons under the card (actions, a link button). */
  children?: ReactNode;
}

/** Who someone is in the touch log, at a glance: name, company, status, last touch, next follow-up. */
export function ContactCard({ contact, touches, due, now, timeZone, locale, children }: Props) {
  const last = touches?.[0];
  const line = dueLine(due, now, timeZone, locale);
  const tone = dueTone(due, now, timeZone);
  const role = [contact.title, contact.company].filter(Boolean).join(' · ');
  return (
    <div className="wiifm-contact" data-wiifm="contact-card" data-contact-id={contact.id}>
      <div className="wiifm-contact-head">
        <span className="wiifm-contact-name">{contact.name}</span>
        <StatusBadge contact={contact} timeZone={timeZone} locale={locale} />
      </div>
      {role && <div className="wiifm-contact-role">{role}</div>}
      {touches && (
        <div className="wiifm-contact-last">
          {last
            ? `Last: ${channelLabel(last.channel)}${last.direction === 'in' ? ' (in)' : ''}, ${whenLabel(last.at, now, timeZone, locale)} · ${plural(touches.length, 'touch', 'touches')}`
            : 'No touches yet'}
        </div>
      )}
      {line && (
        <div className={`wiifm-due wiifm-due-${tone}`} data-wiifm="due" data-tone={tone}>
          {line}
        </div>
      )}
      {children}
    </div>
  );
}

function StatusBadge({
  contact,
  timeZone,
  locale,
}: {
  contact: Contact;
  timeZone: string;
  locale?: string;
}) {
  switch (contact.status) {
    case 'client':
      return (
        <span className="wiifm-badge wiifm-badge-client" data-contact-status="client">
          Client
        </span>
      );
    case 'no':
      return (
        <span
          className="wiifm-badge wiifm-badge-no"
          data-contact-status="no"
          title={contact.noReason ? `Said no: ${contact.noReason}` : 'Said no'}
        >
          Said no{contact.noReason ? `: ${contact.noReason}` : ''}
        </span>
      );
    case 'paused':
      return (
        <span className="wiifm-badge wiifm-badge-paused" data-contact-status="paused">
          Snoozed
          {contact.pausedUntil
            ? ` until ${formatDay(localDate(contact.pausedUntil, timeZone), locale)}`
            : ''}
        </span>
      );
    default:
      return null;
  }
}
