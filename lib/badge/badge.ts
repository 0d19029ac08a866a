/**
 * What the toolbar badge shows for today's follow-ups (rulebook.md, "Follow-up
 * cadence": those due today or overdue, in the rep's local time zone).
 *
 * Red when anything is overdue: a senior buyer is "actually upset when … that
 * sales person does not follow up", so a late one should catch the eye. A calm
 * blue otherwise, and no text at all when nothing is due, so an empty day does
 * not nag.
 */
export const OVERDUE_COLOR = '#d93025';
export const CALM_COLOR = '#1a73e8';

/** Chrome's badge fits about four characters; more than two digits reads as noise. */
const MAX_SHOWN = 99;

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** The part of a `DueItem` the badge needs (`overdueDays`: 0 = due today). */
export interface BadgeItem {
  overdueDays: number;
}

export function badgeFor(items: readonly BadgeItem[]): Badge {
  const total = items.length;
  const overdue = items.filter((i) => i.overdueDays > 0).length;
  if (total === 0) {
    return { text: '', color: CALM_COLOR, title: 'No follow-ups due today' };
  }
  const text = total > MAX_SHOWN ? `${MAX_SHOWN}+` : String(total);
  const noun = total === 1 ? 'follow-up' : 'follow-ups';
  const title =
    overdue > 0 ? `${total} ${noun} today (${overdue} overdue)` : `${total} ${noun} today`;
  return { text, color: overdue > 0 ? OVERDUE_COLOR : CALM_COLOR, title };
}
