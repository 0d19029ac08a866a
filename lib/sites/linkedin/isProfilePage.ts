import { splitProfileUrl } from './normaliseProfileUrl';

/**
 * True on a member's main profile page, where the top card shows: `/in/<slug>/`,
 * its locale variants (`/in/<slug>/de/`) and its overlays
 * (`/in/<slug>/overlay/contact-info/`, a modal over the same page). Sub-pages
 * such as `/in/<slug>/details/experience/` have no top card: false.
 */
export function isProfilePage(url: string): boolean {
  const parts = splitProfileUrl(url);
  if (!parts) return false;
  const [next] = parts.rest;
  return next === undefined || next === 'overlay' || /^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(next);
}
