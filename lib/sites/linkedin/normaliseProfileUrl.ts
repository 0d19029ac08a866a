/**
 * One profile, one URL: `https://www.linkedin.com/in/<slug>/`, whatever the
 * link looked like (query strings, hashes, locale paths `/in/slug/de/`,
 * sub-pages `/in/slug/details/…`, `m.` or country hosts, http, no trailing
 * slash, no scheme, percent-encoding). Returns null for anything that is not a
 * LinkedIn member profile.
 *
 * Vanity slugs are case-insensitive on LinkedIn and are lowercased; the member
 * ids LinkedIn uses in messaging links (`/in/ACoAAB…`, seen 2025-04) are
 * case-sensitive and keep their case. The slug is decoded and re-encoded, so
 * `%c3%a9`, `%C3%A9` and `é` all come out as `%C3%A9`.
 */
export function normaliseProfileUrl(url: string): string | null {
  const parts = splitProfileUrl(url);
  return parts ? `https://www.linkedin.com/in/${parts.slug}/` : null;
}

/** Member ids (not vanity names) as LinkedIn puts them in `/in/` links. */
const MEMBER_ID = /^ACo[A-Za-z0-9_-]{20,}$/;

/**
 * True for a profile link by member id (`/in/ACoAA…/`, how messaging links
 * its threads) rather than by vanity name (how profiles are addressed). The
 * two never compare equal, though they can be the same person.
 */
export function isMemberIdUrl(url: string): boolean {
  const slug = splitProfileUrl(url)?.slug;
  return !!slug && MEMBER_ID.test(slug);
}

/**
 * The profile slug (normalised, URL-encoded) and the path segments after it,
 * or null when `url` is not a LinkedIn `/in/` URL.
 */
export function splitProfileUrl(url: string): { slug: string; rest: string[] } | null {
  if (typeof url !== 'string') return null;
  let input = url.trim();
  if (input === '') return null;
  if (/^(www\.|[a-z]{2,3}\.)?linkedin\.com\//i.test(input)) input = `https://${input}`;
  let parsed: URL;
  try {
    parsed = new URL(input, 'https://www.linkedin.com');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;

  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  if (segments.length < 2 || segments[0].toLowerCase() !== 'in') return null;
  let slug = segments[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // malformed escape: keep the raw segment
  }
  slug = slug.trim();
  if (slug === '' || slug.includes('/')) return null;
  if (!MEMBER_ID.test(slug)) slug = slug.toLowerCase();
  return { slug: encodeURIComponent(slug), rest: segments.slice(2) };
}
