import { Dexie } from 'dexie';
import type { Settings } from '@/lib/settings';
import {
  addCalendarDays,
  assertTimeZone,
  followUpAsOf,
  followUpRecords,
  isDueToday,
  localDate,
  nextFollowUp,
  onTimeShareOf,
  startOfLocalDay,
  weekStartOf,
  type FollowUp,
  type FollowUpRecord,
  type LocalDate,
} from '@/lib/followups';
import type { WiifmDB } from './db';
import { countsForCadence, type Contact, type Touch } from './model';

export interface DueItem {
  contact: Contact;
  /** YYYY-MM-DD in the rep's zone. */
  dueDate: string;
  /** 0 = due today. */
  overdueDays: number;
  /** Why it is due: the cadence ran out, they replied, or a snooze ended. */
  reason: FollowUp['reason'];
  /** The touch the follow-up answers (the newest one, notes excluded). */
  lastTouch?: Touch;
}

export interface DueOptions {
  now: Date;
  timeZone: string;
  settings: Pick<Settings, 'defaultCadenceDays' | 'workingDays'>;
}

const STATUS_INDEX = '[status+lastTouchDirection+lastTouchAt]';
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * "Today's follow-ups": contacts due today or overdue in the rep's zone, the
 * most overdue first, then by name. Reads only contacts that can be due (see
 * the schema's index): unanswered replies, and outbound touches older than the
 * shortest cadence in use; the cadence rules then decide each one. Replies are
 * read for paused contacts too: one that came after the snooze was set is due.
 */
export async function dueToday(db: WiifmDB, opts: DueOptions): Promise<DueItem[]> {
  assertTimeZone(opts.timeZone);
  const today = localDate(opts.now, opts.timeZone);
  const cadenceOpts = { ...opts.settings, timeZone: opts.timeZone };
  return db.transaction('r', db.contacts, async () => {
    const shortestOverride = (await db.contacts.orderBy('cadenceDays').first())?.cadenceDays;
    const shortest = Math.min(opts.settings.defaultCadenceDays, shortestOverride ?? Infinity);
    // Due ≥ local date of the last outbound touch + cadence, so an outbound touch
    // on or after this instant cannot be due today.
    const cutoff = startOfLocalDay(addCalendarDays(today, 1 - shortest), opts.timeZone);
    const index = db.contacts.where(STATUS_INDEX);
    const candidates = (
      await Promise.all(
        (['active', 'paused'] as const).flatMap((status) => [
          index.between([status, 'in', Dexie.minKey], [status, 'in', Dexie.maxKey]).toArray(),
          index
            .between([status, 'out', Dexie.minKey], [status, 'out', cutoff], true, false)
            .toArray(),
        ]),
      )
    ).flat();
    const due: DueItem[] = [];
    for (const contact of candidates) {
      const f = followUpAsOf(contact, cadenceOpts, today);
      if (isDueToday(f)) {
        const item: DueItem = {
          contact,
          dueDate: f.dueDate,
          overdueDays: f.overdueDays,
          reason: f.reason,
        };
        if (contact.lastTouch) item.lastTouch = contact.lastTouch;
        due.push(item);
      }
    }
    return due.toSorted(
      (a, b) => b.overdueDays - a.overdueDays || byName.compare(a.contact.name, b.contact.name),
    );
  });
}

/** The contact's next follow-up (overdueDays and dueInDays never negative), or null when it has no cadence. */
export async function nextDue(
  db: WiifmDB,
  contactId: number,
  opts: DueOptions,
): Promise<FollowUp | null> {
  const contact = await db.contacts.get(contactId);
  if (!contact) return null;
  return nextFollowUp(contact, { ...opts.settings, now: opts.now, timeZone: opts.timeZone });
}

/**
 * Outbound touches (notes excluded) per week, oldest week first, the current
 * week last; weeks start on Monday (`weekStartsOn: 0` for Sunday).
 */
export async function touchesPerWeek(
  db: WiifmDB,
  opts: { now: Date; timeZone: string; weeks: number; weekStartsOn?: 0 | 1 },
): Promise<{ weekStart: string; count: number }[]> {
  assertTimeZone(opts.timeZone);
  const thisWeek = weekStartOf(localDate(opts.now, opts.timeZone), opts.weekStartsOn ?? 1);
  const weeks: { weekStart: LocalDate; from: number; count: number }[] = [];
  for (let i = opts.weeks - 1; i >= 0; i--) {
    const weekStart = addCalendarDays(thisWeek, -7 * i);
    weeks.push({ weekStart, from: startOfLocalDay(weekStart, opts.timeZone), count: 0 });
  }
  if (weeks.length === 0) return [];
  const end = startOfLocalDay(addCalendarDays(thisWeek, 7), opts.timeZone);
  await db.touches
    .where('at')
    .between(weeks[0]!.from, end, true, false)
    .each((t) => {
      if (t.direction !== 'out' || !countsForCadence(t.channel)) return;
      let w = weeks.length - 1;
      while (w > 0 && t.at < weeks[w]!.from) w--;
      weeks[w]!.count++;
    });
  return weeks.map(({ weekStart, count }) => ({ weekStart, count }));
}

/**
 * Share (0…1) of the follow-ups that fell due in the last `weeks` weeks
 * (today included) which came by their due date; null when none fell due.
 * See `followUpRecords` for what counts.
 */
export async function onTimeShare(
  db: WiifmDB,
  opts: DueOptions & { weeks: number },
): Promise<number | null> {
  assertTimeZone(opts.timeZone);
  const today = localDate(opts.now, opts.timeZone);
  const from = addCalendarDays(today, 1 - 7 * opts.weeks);
  const cadenceOpts = { ...opts.settings, now: opts.now, timeZone: opts.timeZone };
  return db.transaction('r', db.contacts, db.touches, async () => {
    const contacts = await db.contacts.toArray();
    const longest = contacts.reduce(
      (max, c) => Math.max(max, c.cadenceDays ?? 0),
      opts.settings.defaultCadenceDays,
    );
    // A follow-up due on `from` or later follows a touch at most the longest
    // cadence plus a week of non-working days earlier.
    const sliceStart = startOfLocalDay(addCalendarDays(from, -(longest + 7)), opts.timeZone);
    const byContact = new Map<number, Touch[]>();
    await db.touches
      .where('at')
      .aboveOrEqual(sliceStart)
      .each((t) => {
        const list = byContact.get(t.contactId);
        if (list) list.push(t);
        else byContact.set(t.contactId, [t]);
      });
    const records: FollowUpRecord[] = [];
    for (const c of contacts) {
      const touches = byContact.get(c.id!);
      if (touches) {
        records.push(...followUpRecords(touches, c, cadenceOpts));
      } else {
        // Nothing recent: only a follow-up still open (e.g. a snooze that ended) can count.
        const open = followUpAsOf(c, cadenceOpts, today);
        if (open && open.overdueDays > 0) records.push({ dueDate: open.dueDate, onTime: false });
      }
    }
    return onTimeShareOf(records, from, today);
  });
}
