import { useLiveQuery } from 'dexie-react-hooks';
import { forwardRef } from 'react';
import { dueToday, getDb } from '@/lib/db';
import type { Report } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';

interface Props {
  /** The draft's report while a compose is open: the handle shows its score instead. */
  report: Report | null;
  hasDraft: boolean;
  settings: Settings;
  now: Date;
  timeZone: string;
  onOpen: () => void;
}

/**
 * The sidebar at rest: a small handle with today's due count (or, beside a
 * compose the rep collapsed it on, the draft's score). One click opens the
 * panel. At least 44 × 56 px, so it is an easy target.
 */
export const Handle = forwardRef<HTMLButtonElement, Props>(function Handle(
  { report, hasDraft, settings, now, timeZone, onOpen },
  ref,
) {
  const minute = Math.floor(now.getTime() / 60_000);
  const due = useLiveQuery(
    async () => (await dueToday(getDb(), { now, timeZone, settings })).length,
    [minute, timeZone, settings],
  );
  const score = hasDraft ? (report?.score ?? null) : null;
  const showsScore = hasDraft && report !== null;
  // The name is the visible words plus a hidden tail, so what the rep sees is what a screen
  // reader says (WCAG 2.5.3): "2 due today. Open WII-FM Coach".
  const tail = showsScore ? ': your draft. Open WII-FM Coach' : ' today. Open WII-FM Coach';
  return (
    <main className="wiifm-handle-main">
      <h1 className="wiifm-sr">WII-FM Coach</h1>
      <button
        ref={ref}
        type="button"
        className="wiifm-handle"
        data-wiifm="expand"
        data-action="expand"
        aria-expanded="false"
        title={showsScore ? 'Open WII-FM Coach' : "Today's follow-ups: open WII-FM Coach"}
        onClick={onOpen}
      >
        {showsScore ? (
          <span className="wiifm-handle-number" data-wiifm="handle-score">
            {score ?? '–'}
          </span>
        ) : (
          <span
            className={`wiifm-handle-number${due ? ' wiifm-handle-due' : ''}`}
            data-wiifm="due-count"
            data-count={due ?? ''}
          >
            {due ?? '…'}
          </span>
        )}
        <span className="wiifm-handle-caption">{showsScore ? 'score' : 'due'}</span>
        <span className="wiifm-sr">{tail}</span>
      </button>
    </main>
  );
});
