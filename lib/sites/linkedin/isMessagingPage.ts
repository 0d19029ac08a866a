/**
 * True on LinkedIn's full-page messaging (`/messaging/`, `/messaging/thread/<id>/`,
 * `/messaging/compose/`). The chat overlay can open on any page, so composers
 * are looked for everywhere; this only tells the content script that the page
 * is about messages even before a thread is open.
 */
export function isMessagingPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://www.linkedin.com');
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return false;
  return /^\/messaging(?:\/|$)/i.test(parsed.pathname);
}
