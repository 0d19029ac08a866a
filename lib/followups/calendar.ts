import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, startOfDay, startOfWeek } from 'date-fns';

/**
 * Calendar dates as the rep sees them, `YYYY-MM-DD` in their time zone.
 * Instants become local dates through `TZDate` (the runtime's zone data);
 * date arithmetic then runs on plain calendar dates, where no clock change
 * can shift a day.
 */
export type LocalDate = string;

const validZones = new Set<string>();

/** Throws a RangeError for a time zone the runtime does not know. */
export function assertTimeZone(timeZone: string): void {
  if (validZones.has(timeZone)) return;
  // Throws RangeError for unknown zones; TZDate would quietly give Invalid Date.
  new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions();
  validZones.add(timeZone);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The rep's calendar date at instant `at`. */
export function localDate(at: number | Date, timeZone: string): LocalDate {
  assertTimeZone(timeZone);
  const d = new TZDate(+at, timeZone);
  return fromParts(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** A calendar date as a date-fns-friendly value, zone-free (UTC has no clock changes). */
function asCalendarDay(date: LocalDate): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 'UTC');
}

function fromCalendarDay(d: Date): LocalDate {
  return fromParts(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * Remembers a pure calendar function's answers. A "due today" list asks the
 * same few questions (this date plus 7 days, is it a Saturday) for hundreds
 * of contacts, and each TZDate + date-fns answer costs tens of microseconds.
 */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = args.join('|');
    let r = cache.get(key);
    if (r === undefined) {
      if (cache.size >= 10_000) cache.clear();
      r = fn(...args);
      cache.set(key, r);
    }
    return r;
  };
}

export const addCalendarDays: (date: LocalDate, days: number) => LocalDate = memo((date, days) =>
  fromCalendarDay(addDays(asCalendarDay(date), days)),
);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf: (date: LocalDate) => number = memo((date) => asCalendarDay(date).getDay());

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const calendarDaysBetween: (from: LocalDate, to: LocalDate) => number = memo((from, to) =>
  differenceInCalendarDays(asCalendarDay(to), asCalendarDay(from)),
);

/** `date` itself when it is a working day, else the next one. */
export function rollToWorkingDay(date: LocalDate, workingDays: readonly number[]): LocalDate {
  if (workingDays.length === 0) return date;
  let d = date;
  for (let i = 0; i < 7 && !workingDays.includes(weekdayOf(d)); i++) d = addCalendarDays(d, 1);
  return d;
}

/** The first instant (epoch ms) of `date` in the zone: midnight, or later when a clock change skips it. */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  assertTimeZone(timeZone);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Noon always exists; startOfDay then walks back to the day's first instant.
  return startOfDay(new TZDate(y, m - 1, d, 12, timeZone)).getTime();
}

/** The first day of the week holding `date` (weekStartsOn: 1 = Monday, 0 = Sunday). */
export function weekStartOf(date: LocalDate, weekStartsOn: 0 | 1 = 1): LocalDate {
  return fromCalendarDay(startOfWeek(asCalendarDay(date), { weekStartsOn }));
}
