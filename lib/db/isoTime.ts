import { z } from '@/lib/zod';

/**
 * Dates and times a rep's spreadsheet hands to an import: ISO 8601 with a
 * zone, nothing else.
 *
 * `Date.parse` is too kind for a backup: it rolls `2026-02-30` over to
 * 2 March, reads `March 5` as a day in 2001, and takes `2026-03-05T09:30`
 * in whatever zone the browser happens to be in. Each of those silently
 * moves a follow-up. So a time must be a real calendar date, a time with
 * seconds, and `Z` or an offset (`+01:00`), as RFC 3339 writes it — exactly
 * what our CSV export writes (`2026-03-05T09:30:00.000Z`).
 *
 * A date without a time (`2026-03-05`) is refused too: it names no instant
 * (midnight where?), and guessing the zone is the bug this file exists to
 * avoid. The message says how to write it instead.
 */

/** What the messages show as the expected form. */
export const ISO_EXAMPLE = '2026-03-05T09:30:00Z';

// zod's check is RFC 3339: a real calendar day (leap years included, so
// 2026-02-29 fails), hours 00–23, seconds required, `Z` or ±HH:MM.
const IsoInstantSchema = z.iso.datetime({ offset: true });

// A loose reading, only to say what is wrong with a string zod refused.
const LOOSE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

export type IsoParse = { ok: true; ms: number } | { ok: false; reason: string };

const EXPECTED = `write it as ISO 8601 with a zone, e.g. ${ISO_EXAMPLE} or 2026-03-05T09:30:00+01:00`;

/** Why a string zod refused is not a date and time, as a phrase after the quoted value. */
function whatIsWrong(text: string): string {
  const m = LOOSE.exec(text);
  if (!m) return `is not a date and time; ${EXPECTED}`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `is not a real date (there is no month ${m[2]})`;
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0); // day 0 of the next month: the last of this one
  if (day < 1 || day > last.getUTCDate()) {
    return `is not a real date (${m[1]}-${m[2]} has ${last.getUTCDate()} days)`;
  }
  if (m[4] === undefined) return `is a date without a time and zone; ${EXPECTED}`;
  if (m[6] === undefined) return `has no time zone; ${EXPECTED}`;
  return `is not a date and time in the expected form; ${EXPECTED}`;
}

/**
 * Epoch ms of an ISO 8601 date and time with a zone, or why it is not one.
 * Digits past the millisecond are dropped (the log keeps milliseconds).
 */
export function parseIsoInstant(text: string): IsoParse {
  if (!IsoInstantSchema.safeParse(text).success) return { ok: false, reason: whatIsWrong(text) };
  // The ECMAScript date-time format takes exactly three fraction digits;
  // written so, every engine reads the string the same way.
  const normalised = text.replace(/\.(\d+)/, (_, f: string) => `.${f.padEnd(3, '0').slice(0, 3)}`);
  return { ok: true, ms: Date.parse(normalised) };
}
