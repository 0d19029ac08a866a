import { useState } from 'react';
import { loggedLine } from './format';
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
export function UndoBar({ touchIds, seq, undone, site, onUndo, onClosed }: Props) {
  const [busy, setBusy] = useState(false);

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
          {loggedLine(touchIds.length, site)}{' '}
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
