/**
 * One LinkedIn profile, one URL: `https://www.linkedin.com/in/<slug>/`. The
 * content script uses it on the page's links and the touch log on everything
 * it stores and looks up, so both sides agree on what "the same profile" is.
 *
 * Accepted: `www.`, `m.` or country hosts, http or https, with or without the
 * scheme, relative (`/in/slug/`), query, hash, trailing slash, locale suffix (`/in/slug/de/`) or
 * sub-page (`/in/slug/details/experience/`, `/in/slug/overlay/…`). Anything
 * that is not a member profile (company pages, posts, Sales Navigator): null.
 *
 * The slug is percent-decoded and NFC-normalised, so `%C3%A9`, `%c3%a9` and
 * `é` are one profile. Vanity slugs are case-insensitive on LinkedIn and are
 * lower-cased; the member ids LinkedIn puts in messaging links
 * (`/in/ACoAAB…`, seen 2025-04) are case-sensitive and keep their case.
 */
export function normaliseProfileUrl(url: string): string | null {
  const parts = splitProfileUrl(url);
  return parts ? `https://www.linkedin.com/in/${parts.slug}/` : null;
}

/** Member ids (not vanity names) as LinkedIn puts them in `/in/` links. */
const MEMBER_ID = /^ACo[A-Za-z0-9_-]{20,}$/;
/** Letters, digits, `-` and `_`: what LinkedIn allows in a public profile slug. */
const SLUG = /^[\p{L}\p{M}\p{N}_-]{1,200}$/u;

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
 * The normalised slug and the path segments after it, or null when `url` is
 * not a LinkedIn `/in/` URL.
 */
export function splitProfileUrl(url: string): { slug: string; rest: string[] } | null {
  if (typeof url !== 'string') return null;
  let input = url.trim();
  if (input === '') return null;
  // Relative links (`/in/slug/`) are how LinkedIn's own pages link profiles.
  if (!input.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(input)) input = `https://${input}`;
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
  let slug: string;
  try {
    slug = decodeURIComponent(segments[1]);
  } catch {
    return null;
  }
  slug = slug.trim().normalize('NFC');
  if (!SLUG.test(slug)) return null;
  if (!MEMBER_ID.test(slug)) slug = slug.toLowerCase();
  return { slug, rest: segments.slice(2) };
}
