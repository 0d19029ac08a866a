import { addCalendarDays, localDate, startOfLocalDay } from '@/lib/followups';

/**
 * The first instant (epoch ms) of the day after `now` in `timeZone`, i.e. when
 * "today's follow-ups" become tomorrow's. The calendar module works out the
 * local date and that day's first instant, so days of 23 or 25 hours (DST)
 * and zones where midnight itself is skipped (Santiago, 00:00 → 01:00) come
 * out right.
 */
export function nextLocalMidnight(now: Date, timeZone: string): number {
  return startOfLocalDay(addCalendarDays(localDate(now, timeZone), 1), timeZone);
}

/** The local calendar day (YYYY-MM-DD) of `now` in `timeZone`. */
export function localDay(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}

/** The machine's IANA zone, read fresh each call (it changes when the rep travels). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
