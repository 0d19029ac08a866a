import { dueToday, type WiifmDB } from '@/lib/db';
import type { Settings } from '@/lib/settings';
import { badgeFor, type Badge } from './badge';

/** The slice of `browser.action` (MV3) / `browser.browserAction` (MV2) the badge uses. */
export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

/** Everything the badge depends on, injected so tests control the clock and zone. */
export interface BadgeDeps {
  db: WiifmDB;
  now: () => Date;
  /** The rep's IANA zone, read fresh each time: the machine's zone can change. */
  timeZone: () => string;
  settings: () => Promise<Settings>;
  action: BadgeAction;
}

export async function showBadge(action: BadgeAction, badge: Badge): Promise<void> {
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    action.setTitle({ title: badge.title }),
  ]);
}

/** Counts today's follow-ups once and shows them on the toolbar button. */
export async function refreshBadge(deps: BadgeDeps): Promise<Badge> {
  const settings = await deps.settings();
  const items = await dueToday(deps.db, {
    now: deps.now(),
    timeZone: deps.timeZone(),
    settings,
  });
  const badge = badgeFor(items);
  await showBadge(deps.action, badge);
  return badge;
}
