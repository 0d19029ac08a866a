import { countsForCadence, type Channel, type ContactStatus, type Direction } from '@/lib/db/model';
import {
  addCalendarDays,
  calendarDaysBetween,
  localDate,
  rollToWorkingDay,
  type LocalDate,
} from './calendar';

/**
 * When a contact's next follow-up falls due (rulebook.md, "Follow-up cadence"):
 * "I followed up every week or two for six months … I never stop following up
 * until I get a definitive 'No'."
 *
 * - `cadenceDays` (the contact's, else the default) calendar days after the
 *   local date of the last outbound touch, rolled forward to a working day;
 * - an inbound touch newer than the last outbound one makes the contact due on
 *   the inbound touch's local date: the rep owes the answer (not rolled: a
 *   Saturday reply is owed since Saturday);
 * - 'no' and 'client' stop the cadence; 'paused' with `pausedUntil` is a
 *   snooze: due no earlier than that local date (rolled to a working day);
 *   'paused' without a date is paused indefinitely;
 * - a reply that came after the snooze was set (`lastInAt` > `snoozedAt`) and
 *   is still unanswered ends the snooze's hold: due on the reply's local date
 *   like any reply, since the rep owes the answer. A snooze set at or after the
 *   reply holds (the rep saw it and chose to wait). Once the rep answers, the
 *   snooze date applies again: it is still the contact's status until changed.
 *   A snooze stored before `snoozedAt` existed counts as set at the contact's
 *   `updatedAt` (every contact write stamps it and the snooze was one, so it
 *   is never earlier than the real time: a reply after it surely came later);
 *   with neither known the snooze holds;
 * - no touches: nothing is due;
 * - a touch dated in the future counts at its time: the due date is computed
 *   from it, so the contact is simply not due yet (never negative overdue).
 */
export interface CadenceState {
  status: ContactStatus;
  pausedUntil?: number;
  /** When the current snooze was set (epoch ms); see `snoozeSetAt`. */
  snoozedAt?: number;
  /** Last edit of the contact (epoch ms): stands in for a missing `snoozedAt`. */
  updatedAt?: number;
  cadenceDays?: number;
  /** Newest outbound touch (epoch ms), notes excluded. */
  lastOutAt?: number;
  /** Newest inbound touch (epoch ms), notes excluded. */
  lastInAt?: number;
}

export interface CadenceSettings {
  defaultCadenceDays: number;
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: readonly number[];
}

export interface CadenceOptions extends CadenceSettings {
  now: Date | number;
  timeZone: string;
}

export interface FollowUp {
  dueDate: LocalDate;
  /** Calendar days the follow-up is late: 0 when due today or not yet due. */
  overdueDays: number;
  /** Calendar days until it falls due: 0 when due today or overdue. */
  dueInDays: number;
  /** Why it falls due then. */
  reason: 'cadence' | 'reply' | 'snooze';
}

/** The follow-up's due date, or null when the contact has no cadence. */
export function dueDateOf(
  state: CadenceState,
  opts: CadenceSettings & { timeZone: string },
): { dueDate: LocalDate; reason: FollowUp['reason'] } | null {
  if (state.status === 'no' || state.status === 'client') return null;
  if (state.status === 'paused' && state.pausedUntil === undefined) return null;
  const { lastOutAt, lastInAt } = state;
  let due: { dueDate: LocalDate; reason: FollowUp['reason'] };
  if (lastInAt !== undefined && (lastOutAt === undefined || lastInAt > lastOutAt)) {
    due = { dueDate: localDate(lastInAt, opts.timeZone), reason: 'reply' };
  } else if (lastOutAt !== undefined) {
    const cadence = state.cadenceDays ?? opts.defaultCadenceDays;
    const from = addCalendarDays(localDate(lastOutAt, opts.timeZone), cadence);
    due = { dueDate: rollToWorkingDay(from, opts.workingDays), reason: 'cadence' };
  } else {
    return null;
  }
  if (state.status === 'paused' && state.pausedUntil !== undefined) {
    const setAt = snoozeSetAt(state);
    const replyAfterSnooze =
      due.reason === 'reply' && setAt !== undefined && state.lastInAt! > setAt;
    if (replyAfterSnooze) return due;
    const until = rollToWorkingDay(localDate(state.pausedUntil, opts.timeZone), opts.workingDays);
    if (until > due.dueDate) due = { dueDate: until, reason: 'snooze' };
  }
  return due;
}

/**
 * When the contact's snooze was set: `snoozedAt`, else (a snooze stored before
 * that field existed) the contact's `updatedAt`, else unknown.
 */
export function snoozeSetAt(
  state: Pick<CadenceState, 'snoozedAt' | 'updatedAt'>,
): number | undefined {
  return state.snoozedAt ?? state.updatedAt;
}

/** The contact's next follow-up relative to `now`, or null when nothing will fall due. */
export function nextFollowUp(state: CadenceState, opts: CadenceOptions): FollowUp | null {
  return followUpAsOf(state, opts, localDate(opts.now, opts.timeZone));
}

/** `nextFollowUp` with today's local date given (for lists: computed once, not per contact). */
export function followUpAsOf(
  state: CadenceState,
  opts: CadenceSettings & { timeZone: string },
  today: LocalDate,
): FollowUp | null {
  const due = dueDateOf(state, opts);
  if (!due) return null;
  const late = calendarDaysBetween(due.dueDate, today);
  return {
    dueDate: due.dueDate,
    overdueDays: Math.max(0, late),
    dueInDays: Math.max(0, -late),
    reason: due.reason,
  };
}

/** "Today's follow-ups": due today or overdue in the rep's zone. */
export function isDueToday(followUp: FollowUp | null): followUp is FollowUp {
  return followUp !== null && followUp.dueInDays === 0;
}

/** Newest outbound and inbound times among touches, notes excluded. */
export function lastTouchTimes(
  touches: Iterable<{ at: number; direction: Direction; channel: Channel }>,
): { lastOutAt?: number; lastInAt?: number } {
  let lastOutAt: number | undefined;
  let lastInAt: number | undefined;
  for (const t of touches) {
    if (!countsForCadence(t.channel)) continue;
    if (t.direction === 'out')
      lastOutAt = lastOutAt === undefined ? t.at : Math.max(lastOutAt, t.at);
    else lastInAt = lastInAt === undefined ? t.at : Math.max(lastInAt, t.at);
  }
  return {
    ...(lastOutAt !== undefined && { lastOutAt }),
    ...(lastInAt !== undefined && { lastInAt }),
  };
}
