import { useState } from 'react';
import { getDb, undoTouches } from '@/lib/db';
import { loggedLine, plural } from './format';
import type { Site } from './channel';

/** How long "Undo" stays offered after a send was logged. */
export const UNDO_MS = 10_000;
/** How long "Undone" stays up after the rep took the offer. */
export const UNDONE_MS = 3_000;

interface Props {
  touchIds: number[];
  seq: number;
  /** Set once undone: what to say instead of the offer. */
  undone: string | null;
  site: Site | null;
  onUndone: (seq: number, note: string) => void;
  onClosed: (seq: number) => void;
}

/**
 * "Logged 2 email touches · Undo" after a send. Its timer lives with the
 * sidebar (see `Sidebar`), so collapsing and reopening does not restart it.
 */
export function UndoBar({ touchIds, seq, undone, site, onUndone, onClosed }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function undo() {
    setBusy(true);
    setError(null);
    try {
      const removed = await undoTouches(getDb(), touchIds);
      onUndone(seq, `Undone: removed ${plural(removed, 'touch', 'touches')}.`);
    } catch (e) {
      console.warn('[wiifm] undo failed:', (e as Error)?.name);
      setError(`Couldn't undo: ${(e as Error)?.message ?? 'unknown error'}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      className="wiifm-undo"
      role="status"
      data-wiifm="undo-bar"
      data-phase={undone ? 'done' : error ? 'error' : busy ? 'busy' : 'offer'}
    >
      {undone ? (
        <span>{undone}</span>
      ) : (
        <span>
          {error ?? loggedLine(touchIds.length, site)}{' '}
          <button
            type="button"
            className="wiifm-link wiifm-undo-button"
            data-wiifm="undo"
            disabled={busy}
            onClick={() => void undo()}
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
