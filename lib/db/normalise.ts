/**
 * Turning what pages give us (Gmail recipient chips, LinkedIn links, names)
 * into the keys contacts are matched by. Pure functions, no Dexie.
 */

// Local part: no whitespace, quotes, angle brackets or separators; domain:
// dot-separated labels (letters incl. IDN, digits, inner hyphens), TLD ≥ 2 letters.
const EMAIL_RE =
  /^[^\s@<>()",;:\\[\]]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:[\p{L}]{2,}|xn--[a-z0-9-]+)$/u;

/** An address as a rep types or pastes it, split into address and display name. */
export interface ParsedAddress {
  email: string;
  /** Display name from `"Anna Müller" <anna@x.de>`, when there was one. */
  name?: string;
}

/**
 * Accepts `a@b.c`, ` A@B.C `, `mailto:a@b.c?subject=x`, `"Name" <a@b.c>`,
 * `Name <a@b.c>`. Returns null for anything that is not one address.
 */
export function parseAddress(input: string): ParsedAddress | null {
  let s = input.trim();
  let name: string | undefined;
  const angle = /^(.*)<([^<>]*)>\s*$/s.exec(s);
  if (angle) {
    name =
      angle[1]!
        .trim()
        .replace(/^"(.*)"$/s, '$1')
        .replace(/\\(.)/g, '$1')
        .trim() || undefined;
    s = angle[2]!.trim();
  }
  if (/^mailto:/i.test(s)) {
    s = s.slice('mailto:'.length).split('?')[0]!;
    try {
      s = decodeURIComponent(s);
    } catch {
      return null;
    }
    s = s.trim();
  }
  const email = s.toLowerCase();
  if (email.length > 254 || !EMAIL_RE.test(email)) return null;
  return name ? { email, name } : { email };
}

/** The lower-cased address, or null if `s` is not an email address. */
export function normaliseEmail(s: string): string | null {
  return parseAddress(s)?.email ?? null;
}

/** The part after the @. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** True when the address is on one of the domains (or their subdomains). */
export function isOnDomains(email: string, domains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domains.some((d) => {
    const dd = d.trim().toLowerCase();
    return dd !== '' && (domain === dd || domain.endsWith('.' + dd));
  });
}

/** LinkedIn profile URLs, normalised as everywhere else (`lib/linkedin-url.ts`). */
export { normaliseProfileUrl as normaliseLinkedInUrl } from '@/lib/linkedin-url';

/**
 * The key names are matched by: case, accents and spacing folded, so
 * "Anna  Müller", "anna muller" and "ANNA MÜLLER" are one name. ("Mueller" is
 * not: transliteration guesses would join different people.)
 */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A name to show for an address we know nothing else about: "anna.mueller@x.de" → "Anna Mueller". */
export function nameFromEmail(email: string): string {
  const local = email.slice(0, email.lastIndexOf('@')).split('+')[0]!;
  const words = local
    .split(/[._-]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1));
  return words.length > 0 ? words.join(' ') : local || email;
}

/** A name to show for a profile we only know by its link: ".../in/anna-mueller-4b2a1/" → "Anna Mueller". */
export function nameFromLinkedInUrl(url: string): string {
  const slug = /\/in\/([^/]+)\/$/.exec(url)?.[1] ?? url;
  const words = slug
    .split(/[-_]+/)
    // LinkedIn appends a hex-ish id to common names ("anna-mueller-4b2a1b3c")
    .filter((w) => w !== '' && !(/\d/.test(w) && /^[0-9a-f]+$/.test(w)))
    .map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1));
  return words.length > 0 ? words.join(' ') : slug;
}
