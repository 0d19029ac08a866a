import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DueItem } from '@/lib/db';
import { DONE_CHOICES, SNOOZE_CHOICES, type LogChoice } from '../vocabulary';
import { lastTouchLabel, openTarget, overdueLabel } from './format';

/**
 * What a rep logs by hand from the popup, quickest first, in the sidebar's
 * words (components/vocabulary.ts). Only real touches: a note is the rep's
 * own memo and does not answer a follow-up (`countsForCadence`), so "Done →
 * Note" would leave the row where it was.
 */
const DONE_CHANNELS = DONE_CHOICES;
const SNOOZES = SNOOZE_CHOICES;

export interface DueActions {
  open(item: DueItem): void;
  done(item: DueItem, choice: LogChoice): Promise<void>;
  snooze(item: DueItem, days: number): Promise<void>;
  no(item: DueItem, reason: string): Promise<void>;
}

type Panel = 'none' | 'done' | 'snooze' | 'no';

export function DueRow(props: {
  item: DueItem;
  /** The rep's last note on them and Gmail's last conversation with them, when known. */
  facts?: { note: string | null; threadId: string | null };
  now: Date;
  timeZone: string;
  actions: DueActions;
  /** Called before an action that removes the row, so focus can move on. */
  onLeaving: () => void;
}) {
  const { item, now, timeZone, actions } = props;
  const { contact } = item;
  const [panel, setPanel] = useState<Panel>('none');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [busy, setBusy] = useState(false);
  const rowRef = useRef<HTMLLIElement>(null);
  // The button that opened the panel just closed, so focus can go back to it.
  const returnFocus = useRef<Panel>('none');
  const ids = useId();
  const target = openTarget(contact, props.facts?.threadId);
  const note = props.facts?.note;
  const overdue = overdueLabel(item.overdueDays);
  const last =
    lastTouchLabel(item.lastTouch, now, timeZone) +
    (item.reason === 'snooze' ? ' · snooze ended' : '');

  useEffect(() => {
    if (panel !== 'none' || returnFocus.current === 'none') return;
    rowRef.current?.querySelector<HTMLElement>(`[data-wiifm="${returnFocus.current}"]`)?.focus();
    returnFocus.current = 'none';
  }, [panel]);

  const close = () => {
    returnFocus.current = panel;
    setPanel('none');
    setReasonError('');
  };
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    props.onLeaving();
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const onPanelKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      close();
    }
  };
  const submitNo = () => {
    const r = reason.trim();
    if (!r) {
      setReasonError('Write the reason they gave: it is what you will read next quarter.');
      return;
    }
    void run(() => actions.no(item, r));
  };

  return (
    <li
      ref={rowRef}
      className={item.overdueDays > 0 ? 'due-item overdue' : 'due-item'}
      data-wiifm="due-item"
      data-contact-id={contact.id}
      data-overdue-days={item.overdueDays}
      tabIndex={0}
      aria-label={`${contact.name}${contact.company ? `, ${contact.company}` : ''}: ${overdue}. ${last}.`}
      onClick={(e) => {
        // Clicking the row opens it; its buttons and fields do their own thing.
        if ((e.target as Element).closest('button, input, form')) return;
        actions.open(item);
      }}
    >
      <div className="due-head">
        <span className="due-name">
          {contact.name}
          {contact.company && <span className="due-company"> · {contact.company}</span>}
        </span>
        <span className="due-when" data-wiifm="due-when">
          {overdue}
        </span>
      </div>
      <div className="due-last">{last}</div>
      {note && (
        <div className="due-last due-note" data-wiifm="due-note">
          Note: “{note}”
        </div>
      )}
      {!target && <div className="due-last">No email address or LinkedIn profile saved</div>}

      {panel === 'none' && (
        <div className="due-actions">
          {target && (
            <button
              type="button"
              className="open"
              data-wiifm="open"
              title={target.kind === 'email' ? contact.emails[0] : target.url}
              onClick={() => actions.open(item)}
            >
              {target.label} ↗
            </button>
          )}
          <button type="button" data-wiifm="done" disabled={busy} onClick={() => setPanel('done')}>
            Done
          </button>
          <button
            type="button"
            data-wiifm="snooze"
            disabled={busy}
            onClick={() => setPanel('snooze')}
          >
            Snooze
          </button>
          <button type="button" data-wiifm="no" disabled={busy} onClick={() => setPanel('no')}>
            No
          </button>
        </div>
      )}

      {panel === 'done' && (
        <div
          className="due-panel"
          role="group"
          aria-label="Log this follow-up as"
          onKeyDown={onPanelKey}
        >
          <span className="panel-label">Log as:</span>
          {DONE_CHANNELS.map((c, i) => (
            <button
              key={c.key}
              type="button"
              data-wiifm="done-channel"
              data-channel={c.key}
              autoFocus={i === 0}
              disabled={busy}
              onClick={() => void run(() => actions.done(item, c))}
            >
              {c.label}
            </button>
          ))}
          <button type="button" className="quiet" onClick={close}>
            Cancel
          </button>
        </div>
      )}

      {panel === 'snooze' && (
        <div className="due-panel" role="group" aria-label="Snooze for" onKeyDown={onPanelKey}>
          <span className="panel-label">Snooze for:</span>
          {SNOOZES.map((s, i) => (
            <button
              key={s.days}
              type="button"
              data-wiifm="snooze-option"
              data-days={s.days}
              autoFocus={i === 0}
              disabled={busy}
              onClick={() => void run(() => actions.snooze(item, s.days))}
            >
              {s.label}
            </button>
          ))}
          <button type="button" className="quiet" onClick={close}>
            Cancel
          </button>
        </div>
      )}

      {panel === 'no' && (
        <form
          className="due-panel no-form"
          noValidate
          onKeyDown={onPanelKey}
          onSubmit={(e) => {
            e.preventDefault();
            submitNo();
          }}
        >
          <label htmlFor={`${ids}-reason`}>Their definitive no, in their words</label>
          <input
            id={`${ids}-reason`}
            data-wiifm="no-reason"
            value={reason}
            autoFocus
            aria-required="true"
            maxLength={500}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${ids}-reason-error` : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              if (e.target.value.trim()) setReasonError('');
            }}
          />
          {reasonError && (
            <p id={`${ids}-reason-error`} className="field-error" data-wiifm="field-error">
              {reasonError}
            </p>
          )}
          <div className="due-actions">
            <button type="submit" data-wiifm="no-confirm" disabled={busy}>
              Stop following up
            </button>
            <button type="button" className="quiet" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
