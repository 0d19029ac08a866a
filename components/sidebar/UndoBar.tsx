import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb, nextDue } from '@/lib/db';
import type { Settings } from '@/lib/settings';
import { loggedForLine, loggedLine } from './format';
import type { Site } from './channel';

/** How long "Undo" stays offered after a send was logged. */
export const UNDO_MS = 10_000;
/** How long "Undone" stays up after the rep took the offer. */
export const UNDONE_MS = 3_000;

interface Props {
  touchIds: number[];
  seq: number;
  /** Set once the background answered the Undo: what to say instead of the offer. */
  undone: string | null;
  site: Site | null;
  settings: Settings;
  timeZone: string;
  /** Asks the background (through the content script) to withdraw this tab's latest send. */
  onUndo: () => void;
  onClosed: (seq: number) => void;
}

/**
 * "Logged 2 email touches · Undo" after a send. Its timer lives with the
 * sidebar (see `Sidebar`), so collapsing and reopening does not restart it.
 * Undo names no touches: the background removes what it logged for this
 * tab's latest send, within the undo window, and the answer comes back as
 * `undone`.
 */
export function UndoBar({
  touchIds,
  seq,
  undone,
  site,
  settings,
  timeZone,
  onUndo,
  onClosed,
}: Props) {
  const [busy, setBusy] = useState(false);
  // Who the send was logged for and when each is next due, read from the log itself.
  const idsKey = touchIds.join(',');
  const logged = useLiveQuery(async () => {
    const db = getDb();
    const ids = idsKey.split(',').map(Number);
    const touches = (await db.touches.bulkGet(ids)).filter((t) => t !== undefined);
    const out: { name: string; dueDate: string | null }[] = [];
    for (const contactId of new Set(touches.map((t) => t.contactId))) {
      const contact = await db.contacts.get(contactId);
      if (!contact) continue;
      const due = await nextDue(db, contactId, { now: new Date(), timeZone, settings });
      out.push({ name: contact.name, dueDate: due?.dueDate ?? null });
    }
    return out;
  }, [idsKey, timeZone, settings]);

  function undo() {
    setBusy(true);
    onUndo();
  }

  return (
    <div
      className="wiifm-undo"
      role="status"
      data-wiifm="undo-bar"
      data-phase={undone ? 'done' : busy ? 'busy' : 'offer'}
    >
      {undone ? (
        <span>{undone}</span>
      ) : (
        <span>
          <span data-wiifm="logged-line">
            {logged && logged.length > 0
              ? loggedForLine(logged)
              : loggedLine(touchIds.length, site)}
          </span>{' '}
          <button
            type="button"
            className="wiifm-link wiifm-undo-button"
            data-wiifm="undo"
            disabled={busy}
            onClick={undo}
          >
            Undo
          </button>
        </span>
      )}
      <button
        type="button"
        className="wiifm-icon-button"
        aria-label="Dismiss"
        onClick={() => onClosed(seq)}
      >
        ×
      </button>
    </div>
  );
}
