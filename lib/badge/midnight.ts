import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';

/**
 * The first instant (epoch ms) of the day after `now` in `timeZone`, i.e. when
 * "today's follow-ups" become tomorrow's. Calendar arithmetic is done by
 * date-fns on a `TZDate`, so days of 23 or 25 hours (DST) and zones where
 * midnight itself is skipped (Santiago, 00:00 → 01:00) come out right.
 */
export function nextLocalMidnight(now: Date, timeZone: string): number {
  const local = new TZDate(now.getTime(), timeZone);
  return startOfDay(addDays(local, 1)).getTime();
}

/** The local calendar day (YYYY-MM-DD) of `now` in `timeZone`. */
export function localDay(now: Date, timeZone: string): string {
  const d = new TZDate(now.getTime(), timeZone);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** The machine's IANA zone, read fresh each call (it changes when the rep travels). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
