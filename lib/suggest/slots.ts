/**
 * Real meeting slots for an ask, from the rep's own calendar day: the next
 * two working days after today, never today itself (a prospect reading it
 * tonight could not take it). Pure: the caller passes today's date.
 */

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The next `count` working days after `today` (YYYY-MM-DD), as weekday names. */
export function nextWorkingDays(
  today: string,
  workingDays: readonly number[] = [1, 2, 3, 4, 5],
  count = 2,
): string[] {
  const [y, m, d] = today.split('-').map(Number);
  const out: string[] = [];
  const days = new Set(workingDays.length > 0 ? workingDays : [1, 2, 3, 4, 5]);
  for (let i = 1; out.length < count && i <= 14; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + i)).getUTCDay();
    if (days.has(day)) out.push(DAY_NAMES[day]);
  }
  return out;
}
