import {
  FromSidebarSchema,
  ToSidebarSchema,
  type FromSidebar,
  type ToSidebar,
} from '@/lib/sidebar-protocol';

/**
 * The pure half of the postMessage channel between the sidebar iframe and the
 * page that hosts it. The page can read everything posted to it and post
 * anything, so: only the parent window at the site's own origin is heard,
 * every message is parsed, and what leaves is checked against the protocol
 * (which carries no contact data).
 */

export type Site = 'gmail' | 'linkedin';

const ORIGINS: Record<Site, string> = {
  gmail: 'https://mail.google.com',
  linkedin: 'https://www.linkedin.com',
};

/** `?site=gmail|linkedin` from the iframe's URL; null when absent or unknown. */
export function siteFromSearch(search: string): Site | null {
  const site = new URLSearchParams(search).get('site');
  return site === 'gmail' || site === 'linkedin' ? site : null;
}

/** The only origin the sidebar posts to and hears from, for a site. */
export function originFor(site: Site): string {
  return ORIGINS[site];
}

export interface IncomingEvent {
  source: unknown;
  origin: string;
  data: unknown;
}

/**
 * The message an event carries when it comes from `parent` at the site's
 * origin and fits `ToSidebarSchema`; otherwise null (dropped silently).
 */
export function acceptMessage(event: IncomingEvent, parent: unknown, site: Site): ToSidebar | null {
  if (event.source !== parent || event.origin !== originFor(site)) return null;
  const parsed = ToSidebarSchema.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}

/** The message as the protocol allows it, or null when it does not fit. */
export function outgoing(message: FromSidebar): FromSidebar | null {
  const parsed = FromSidebarSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
