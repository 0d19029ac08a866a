import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { DueItem } from '@/lib/db';
import { DueRow, type DueActions } from './DueRow';

const ROW = '[data-wiifm="due-item"]';

function rowsIn(el: HTMLElement | null): HTMLElement[] {
  return Array.from(el?.querySelectorAll<HTMLElement>(ROW) ?? []);
}

/**
 * Today's follow-ups, overdue first (most overdue at the top), then the ones
 * due today. Arrow keys move between rows, Home/End jump, Enter opens the
 * focused contact; Tab walks into a row's buttons.
 */
export function DueList(props: {
  items: DueItem[];
  now: Date;
  timeZone: string;
  cadenceDays: number;
  actions: DueActions;
  /** Per contact id: the last note and Gmail conversation (see Popup). */
  facts?: ReadonlyMap<number, { note: string | null; threadId: string | null }>;
}) {
  const { items } = props;
  const listRef = useRef<HTMLDivElement>(null);
  // Index of a row an action is about to remove, so focus lands on its
  // neighbour instead of falling back to the page.
  const leavingIndex = useRef<number | null>(null);

  useLayoutEffect(() => {
    const i = leavingIndex.current;
    if (i === null) return;
    leavingIndex.current = null;
    if (items.length > 0) rowsIn(listRef.current)[Math.min(i, items.length - 1)]?.focus();
    else listRef.current?.querySelector<HTMLElement>('[data-wiifm="empty"]')?.focus();
  }, [items]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = e.target as HTMLElement;
    if (!row.matches(ROW)) return; // keys inside a row's buttons keep their meaning
    const all = rowsIn(listRef.current);
    const i = all.indexOf(row);
    let next: number | undefined;
    if (e.key === 'ArrowDown') next = Math.min(i + 1, all.length - 1);
    else if (e.key === 'ArrowUp') next = Math.max(i - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = all.length - 1;
    else if (e.key === 'Enter') {
      e.preventDefault();
      const id = Number(row.dataset.contactId);
      const item = items.find((it) => it.contact.id === id);
      if (item) props.actions.open(item);
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    all[next]?.focus();
  };

  const overdue = items.filter((i) => i.overdueDays > 0);
  const today = items.filter((i) => i.overdueDays <= 0);
  const section = (title: string, list: DueItem[], id: string) =>
    list.length > 0 && (
      <section aria-labelledby={id}>
        <h2 id={id}>
          {title} <span className="count">{list.length}</span>
        </h2>
        <ul className="due-list">
          {list.map((item) => (
            <DueRow
              key={item.contact.id}
              item={item}
              facts={props.facts?.get(item.contact.id!)}
              now={props.now}
              timeZone={props.timeZone}
              actions={props.actions}
              onLeaving={() => {
                leavingIndex.current = items.indexOf(item);
              }}
            />
          ))}
        </ul>
      </section>
    );

  return (
    <div ref={listRef} onKeyDown={onKeyDown}>
      {items.length === 0 ? (
        <div className="empty" data-wiifm="empty" tabIndex={-1}>
          <p>
            <strong>No follow-ups due today.</strong>
          </p>
          <p>
            Write to a prospect from Gmail or LinkedIn: WII-FM Coach logs what you send and puts the
            contact back here {props.cadenceDays} days later, on a working day. A reply puts them
            here the same day.
          </p>
        </div>
      ) : (
        <>
          {section('Overdue', overdue, 'due-overdue')}
          {section('Due today', today, 'due-today')}
        </>
      )}
    </div>
  );
}
