import { useLiveQuery } from 'dexie-react-hooks';
import { forwardRef } from 'react';
import { dueToday, getDb } from '@/lib/db';
import type { Report } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';
import { plural } from './format';

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
  const label = showsScore
    ? `Open WII-FM Coach: draft score ${score ?? 'none yet'}`
    : `Open WII-FM Coach: ${due === undefined ? 'follow-ups loading' : `${plural(due, 'follow-up')} due today`}`;
  return (
    <button
      ref={ref}
      type="button"
      className="wiifm-handle"
      data-wiifm="expand"
      data-action="expand"
      aria-expanded="false"
      aria-label={label}
      title={label}
      onClick={onOpen}
    >
      <span className="wiifm-handle-mark" aria-hidden="true">
        W
      </span>
      {showsScore ? (
        <span className="wiifm-handle-number" data-wiifm="handle-score" aria-hidden="true">
          {score ?? '–'}
        </span>
      ) : (
        <span
          className={`wiifm-handle-number${due ? ' wiifm-handle-due' : ''}`}
          data-wiifm="due-count"
          data-count={due ?? ''}
          aria-hidden="true"
        >
          {due ?? '…'}
        </span>
      )}
    </button>
  );
});
