import { countsForCadence, type Channel, type Direction } from '@/lib/db/model';
import { localDate, type LocalDate } from './calendar';
import { dueDateOf, nextFollowUp, type CadenceOptions, type CadenceState } from './cadence';

export interface CadenceTouch {
  at: number;
  direction: Direction;
  channel: Channel;
}

/** One follow-up the rep owed, and whether it came by its due date. */
export interface FollowUpRecord {
  dueDate: LocalDate;
  /** Local date of the outbound touch that answered it; absent when it never came. */
  doneDate?: LocalDate;
  onTime: boolean;
}

/**
 * The follow-ups a contact's history owed, for the on-time share.
 *
 * Walking the touches oldest first, every touch after the first leaves a
 * follow-up owed (its due date by the cadence rules, as if the contact were
 * active: past pauses are not recorded). Then:
 * - the next outbound touch answers it: on time when its local date is on or
 *   before the due date. A second outbound touch on the same local day as the
 *   previous one (two emails in a morning) answers nothing;
 * - an inbound touch replaces it (the reply is owed now); if it was already
 *   overdue when the reply came, it counts as missed;
 * - the follow-up still open at the end counts as missed once overdue, with the
 *   contact's current status and snooze applied ('no'/'client': not owed);
 *   one due today or later is not counted yet.
 */
export function followUpRecords(
  touches: readonly CadenceTouch[],
  contact: Omit<CadenceState, 'lastOutAt' | 'lastInAt'>,
  opts: CadenceOptions,
): FollowUpRecord[] {
  const sorted = touches
    .filter((t) => countsForCadence(t.channel))
    // Same instant: the inbound first, so an outbound touch at that time answers it.
    .toSorted(
      (a, b) => a.at - b.at || (a.direction === b.direction ? 0 : a.direction === 'in' ? -1 : 1),
    );
  const records: FollowUpRecord[] = [];
  let lastOutAt: number | undefined;
  let lastInAt: number | undefined;
  for (const t of sorted) {
    const owed = dueDateOf(
      { status: 'active', cadenceDays: contact.cadenceDays, lastOutAt, lastInAt },
      opts,
    );
    if (owed) {
      const day = localDate(t.at, opts.timeZone);
      if (t.direction === 'out') {
        const repeat =
          owed.reason === 'cadence' &&
          lastOutAt !== undefined &&
          localDate(lastOutAt, opts.timeZone) === day;
        if (!repeat)
          records.push({ dueDate: owed.dueDate, doneDate: day, onTime: day <= owed.dueDate });
      } else if (owed.dueDate < day) {
        records.push({ dueDate: owed.dueDate, onTime: false });
      }
    }
    if (t.direction === 'out') lastOutAt = t.at;
    else lastInAt = t.at;
  }
  const open = nextFollowUp({ ...contact, lastOutAt, lastInAt }, opts);
  if (open && open.overdueDays > 0) records.push({ dueDate: open.dueDate, onTime: false });
  return records;
}

/** Share (0…1) of the follow-ups due between `from` and `to` (inclusive) that came on time; null when none. */
export function onTimeShareOf(
  records: Iterable<FollowUpRecord>,
  from: LocalDate,
  to: LocalDate,
): number | null {
  let due = 0;
  let onTime = 0;
  for (const r of records) {
    if (r.dueDate < from || r.dueDate > to) continue;
    due++;
    if (r.onTime) onTime++;
  }
  return due === 0 ? null : onTime / due;
}
