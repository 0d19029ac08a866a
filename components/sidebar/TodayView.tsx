import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { dueToday, getDb, type DueItem } from '@/lib/db';
import type { Settings } from '@/lib/settings';
import { ContactActions } from '../ContactActions';
import { ErrorBoundary } from '../ErrorBoundary';
import { History } from '../History';
import { summarise } from '../contactSummary';
import { channelLabel, overdueLabel, whenLabel } from './format';

interface Props {
  settings: Settings;
  now: Date;
  timeZone: string;
}

/** Today's follow-ups: overdue first (most overdue first), then due today. */
export function TodayView({ settings, now, timeZone }: Props) {
  const minute = Math.floor(now.getTime() / 60_000);
  // What the rep just did to an item, shown after the item leaves the list.
  const [done, setDone] = useState('');
  const items = useLiveQuery(
    () => dueToday(getDb(), { now, timeZone, settings }),
    [minute, timeZone, settings],
  );
  return (
    <section className="wiifm-section" aria-label="Today's follow-ups">
      <h2 className="wiifm-h2">
        Today's follow-ups{items && items.length > 0 ? ` (${items.length})` : ''}
      </h2>
      <p className="wiifm-ok-text" role="status" data-wiifm="today-status">
        {done}
      </p>
      {items === undefined ? (
        <p className="wiifm-muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="wiifm-empty" data-wiifm="today-empty">
          No follow-ups due. Log a touch or send an email and WII-FM will remind you in a week.
        </p>
      ) : (
        <ul className="wiifm-list">
          {items.map((item) => (
            <TodayItem
              key={item.contact.id}
              item={item}
              onDone={setDone}
              settings={settings}
              now={now}
              timeZone={timeZone}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function TodayItem({
  item,
  settings,
  now,
  timeZone,
  onDone,
}: Props & { item: DueItem; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const { contact, lastTouch, overdueDays } = item;
  const detailsId = `today-${contact.id}`;
  return (
    <li
      className="wiifm-today-item"
      data-wiifm="today-item"
      data-contact-id={contact.id}
      data-overdue-days={overdueDays}
    >
      <button
        type="button"
        className="wiifm-today-head"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="wiifm-today-main">
          <span className="wiifm-contact-name">{contact.name}</span>
          {contact.company && <span className="wiifm-muted"> · {contact.company}</span>}
          <span className="wiifm-today-last">
            {lastTouch
              ? `Last: ${channelLabel(lastTouch.channel)}${lastTouch.direction === 'in' ? ' (in)' : ''}, ${whenLabel(lastTouch.at, now, timeZone)}`
              : 'No touches yet'}
          </span>
          {item.reason === 'reply' && (
            <span className="wiifm-today-last">They replied: you owe the answer.</span>
          )}
          {item.reason === 'snooze' && <span className="wiifm-today-last">Snooze ended.</span>}
        </span>
        <span
          className={`wiifm-pill ${overdueDays > 0 ? 'wiifm-pill-overdue' : 'wiifm-pill-today'}`}
        >
          {overdueLabel(overdueDays)}
        </span>
      </button>
      {open && (
        <div id={detailsId} className="wiifm-today-details">
          <ErrorBoundary what="this contact">
            <ContactDetails
              contactId={contact.id!}
              settings={settings}
              now={now}
              timeZone={timeZone}
              onDone={onDone}
            />
          </ErrorBoundary>
        </div>
      )}
    </li>
  );
}

/** Actions and history for one contact, live. */
export function ContactDetails({
  contactId,
  settings,
  now,
  timeZone,
  onDone,
}: Props & { contactId: number; onDone?: (message: string) => void }) {
  const minute = Math.floor(now.getTime() / 60_000);
  const summary = useLiveQuery(async () => {
    const db = getDb();
    return summarise(db, await db.contacts.get(contactId), { now, timeZone, settings });
  }, [contactId, minute, timeZone, settings]);
  if (summary === undefined) return <p className="wiifm-muted">Loading…</p>;
  if (summary === null) return <p className="wiifm-muted">This contact was removed.</p>;
  return (
    <>
      <ContactActions
        key={summary.contact.id}
        contact={summary.contact}
        now={now}
        timeZone={timeZone}
        defaultCadenceDays={settings.defaultCadenceDays}
        dueDate={summary.due?.dueDate ?? null}
        onDone={onDone}
      />
      <History touches={summary.touches} now={now} timeZone={timeZone} limit={5} />
    </>
  );
}
