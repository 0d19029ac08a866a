/**
 * Gmail's dates as the page writes them, in the browser's local time:
 * message headers ("Apr 9, 2025, 3:02 AM"), thread rows ("Tue, Apr 8, 2025,
 * 4:08 PM"), older headers ("Wed, Apr 9, 2025 at 3:02 AM"), en-GB order
 * ("9 Apr 2025, 03:02") and Schedule send's suggestions, which leave the
 * year out ("Nov 24, 8:00 AM"). Newer Chrome puts a narrow no-break space
 * before AM. Parsed by hand, not `Date.parse`: engines disagree on these
 * forms (V8 reads a missing year as 2001, Firefox refuses the commas).
 * Other UI languages do not parse: the date is then left out, not guessed.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const CLOCK = String.raw`(\d{1,2}):(\d{2})(?::\d{2})?\s?([ap]\.?m\.?)?`;
/** "Apr 9, 2025, 3:02 AM" and "Apr 9, 3:02 AM". */
const MONTH_FIRST = new RegExp(String.raw`^([a-z]{3,9})\.? (\d{1,2}),?(?: (\d{4}),?)? ${CLOCK}$`);
/** "9 Apr 2025, 03:02". */
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2}) ([a-z]{3,9})\.?,?(?: (\d{4}),?)? ${CLOCK}$`);
/** "11/24/2026 8:00 AM" (the date picker's US order). */
const NUMERIC = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}),? ${CLOCK}$`);

export interface DateOptions {
  /**
   * For dates without a year (Schedule send's suggestions, always ahead):
   * the year that puts the date on or after the day before `now`.
   */
  upcomingFrom?: number;
}

/** Epoch ms, or undefined when `text` is not one of Gmail's date forms (or has no year and no `upcomingFrom`). */
export function parseGmailDate(
  text: string | null | undefined,
  options: DateOptions = {},
): number | undefined {
  if (!text || text.length > 100) return undefined;
  const clean = text
    .replace(/[\u202f\u00a0\s]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^[a-z]{3,9}\.?, /, '') // weekday
    .replace(/,? at /, ', ');
  let month: number;
  let day: string;
  let year: string | undefined;
  let clock: string[];
  let m: RegExpExecArray | null;
  if ((m = MONTH_FIRST.exec(clean))) {
    month = MONTHS.indexOf(m[1].slice(0, 3));
    [day, year, ...clock] = [m[2], m[3], m[4], m[5], m[6]];
  } else if ((m = DAY_FIRST.exec(clean))) {
    month = MONTHS.indexOf(m[2].slice(0, 3));
    [day, year, ...clock] = [m[1], m[3], m[4], m[5], m[6]];
  } else if ((m = NUMERIC.exec(clean))) {
    month = Number(m[1]) - 1;
    [day, year, ...clock] = [m[2], m[3], m[4], m[5], m[6]];
  } else {
    return undefined;
  }
  let hour = Number(clock[0]);
  const minute = Number(clock[1]);
  const half = clock[2]?.replace(/\./g, '');
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  const date = Number(day);
  if (month < 0 || month > 11 || date < 1 || date > 31 || hour > 23 || minute > 59) {
    return undefined;
  }
  const at = (y: number) => {
    const d = new Date(y, month, date, hour, minute);
    // 31 Apr rolls into May: not a date Gmail writes.
    return d.getMonth() === month ? d.getTime() : undefined;
  };
  if (year !== undefined) return at(Number(year));
  if (options.upcomingFrom === undefined) return undefined;
  const from = options.upcomingFrom - 86_400_000;
  const thisYear = new Date(options.upcomingFrom).getFullYear();
  const candidate = at(thisYear);
  if (candidate === undefined) return undefined;
  return candidate >= from ? candidate : at(thisYear + 1);
}
