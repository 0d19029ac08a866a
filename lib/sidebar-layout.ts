import { storage } from 'wxt/utils/storage';
import { SIDEBAR_LAYOUT_KEY } from './settings';

export type LayoutSite = 'gmail' | 'linkedin';

/** The rep's choice per site: collapse the sidebar beside a compose, or keep it open. */
export type SidebarLayout = Partial<Record<LayoutSite, { collapsed: boolean }>>;

/**
 * Remembered across reloads and tabs (issue 14): the sidebar of every Gmail
 * tab follows a collapse in any of them. No choice yet means open beside a
 * compose.
 */
export const sidebarLayoutItem = storage.defineItem<SidebarLayout>(SIDEBAR_LAYOUT_KEY, {
  fallback: {},
  version: 1,
});

/** Whether the rep collapsed the sidebar on `site`; false for anything unreadable. */
export function isCollapsed(stored: unknown, site: LayoutSite): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const entry = (stored as Record<string, unknown>)[site];
  return (
    typeof entry === 'object' &&
    entry !== null &&
    (entry as { collapsed?: unknown }).collapsed === true
  );
}

/** The stored value with `site` set to `collapsed`, other sites kept as they were. */
export function withCollapsed(
  stored: unknown,
  site: LayoutSite,
  collapsed: boolean,
): SidebarLayout {
  const out: SidebarLayout = {};
  for (const s of ['gmail', 'linkedin'] as const) {
    if (s === site) out[s] = { collapsed };
    else if (isCollapsed(stored, s)) out[s] = { collapsed: true };
  }
  return out;
}
