import { TZDate } from '@date-fns/tz';

/** Test helper: the instant of a wall-clock time in a zone, `local('2026-03-08 23:30', 'America/New_York')`. */
export function local(wallClock: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(wallClock);
  if (!m) throw new Error(`bad wall-clock time ${wallClock}`);
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  return new TZDate(+y!, +mo! - 1, +d!, +h, +mi, +s, timeZone).getTime();
}
