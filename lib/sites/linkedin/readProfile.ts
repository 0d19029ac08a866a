import { isMemberIdUrl, normaliseProfileUrl, splitProfileUrl } from './normaliseProfileUrl';
import { closestAny, queryFallback, queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { cleanText, textOf } from './text';
import {
  CANONICAL_URL,
  COMPANY_LOGO_IMG,
  EMBEDDED_JSON,
  EXPERIENCE_ANCHOR,
  EXPERIENCE_BOLD,
  EXPERIENCE_COMPANY_LINE,
  MAIN_NAME,
  MEMBER_URN,
  MEMBER_URN_LINK,
  OG_TITLE,
  SDUI_TOP_CARD,
  SDUI_TOP_CARD_NAME,
  TOP_CARD,
  TOP_CARD_COMPANY_BUTTON,
  TOP_CARD_COMPANY_TEXT,
  TOP_CARD_HEADLINE,
  TOP_CARD_LOGO_BUTTON,
  TOP_CARD_NAME,
  TOP_CARD_NOISE,
  TOP_CARD_PHOTO,
} from './selectors';

export type ProfileField = 'name' | 'headline' | 'company';

export interface LinkedInProfile {
  /** Normalised profile URL when the page URL (or its canonical link) is a profile; else the URL given. */
  url: string;
  name?: string;
  headline?: string;
  company?: string;
  /**
   * The same member by id (`https://www.linkedin.com/in/ACoAA…/`), as
   * messaging links them, when the page carries it and `url` is the vanity link.
   */
  memberUrl?: string;
  /** Fields that no fallback could read. */
  missing: ProfileField[];
}

/**
 * Reads who a profile page is about. Each field has several fallbacks, tried
 * in order, because LinkedIn has shipped three top-card layouts since 2022
 * (see `selectors.ts`): structure in the top card first, then labels and the
 * photo's title, the embedded API data, and the page title. Never throws.
 */
export function readProfile(doc: Document, url: string): LinkedInProfile {
  const found: Omit<LinkedInProfile, 'missing'> = { url: profileUrl(doc, url) };
  try {
    const sduiCard = queryFirst(doc, SDUI_TOP_CARD);
    const card = sduiCard ?? queryFirst(doc, TOP_CARD);
    const heading = sduiCard
      ? queryFirst(sduiCard, SDUI_TOP_CARD_NAME)
      : card
        ? queryFirst(card, TOP_CARD_NAME)
        : queryFirst(doc, MAIN_NAME);
    const scope = card ?? heading?.closest('section') ?? null;
    const embedded = once(() => embeddedProfile(doc, found.url));

    found.name = firstOf(
      () => textOf(heading),
      () => photoTitle(scope ?? doc),
      () => embedded()?.name,
      () => nameFromTitle(doc.title),
      () => nameFromTitle(queryFirst(doc, OG_TITLE)?.getAttribute('content')),
    );
    // Only the 2026 layout keeps its headline and company in bare `p`s.
    const sdui = sduiCard && heading ? sduiLines(sduiCard, heading, found.name) : [];
    found.headline = firstOf(
      () => (scope ? textOf(queryFirst(scope, TOP_CARD_HEADLINE)) : undefined),
      () => sdui[0],
      () => embedded()?.headline,
    );
    found.company = firstOf(
      () => (scope ? companyFromTopCard(scope) : undefined),
      () => companyFromSduiLine(sdui[1]),
      () => (scope ? companyFromLogoButtons(scope) : undefined),
      () => companyFromExperience(doc),
    );
    const memberUrl = readMemberUrl(doc, card, found.url, embedded);
    if (memberUrl) found.memberUrl = memberUrl;
  } catch {
    // a layout we have never seen: report what we have
  }
  const missing = (['name', 'headline', 'company'] as const).filter((f) => !found[f]);
  return { ...found, missing };
}

/**
 * The member-id link of the profile on show, from (in order) the 2026 top
 * card's Message link, the profile's own entry in the embedded data (2025),
 * or a "Show all" link under the profile's own address (2022, 2025). Never
 * from elsewhere on the page: it also links the viewer and other members.
 */
function readMemberUrl(
  doc: Document,
  card: Element | null,
  url: string,
  embedded: () => EmbeddedProfile | undefined,
): string | undefined {
  if (isMemberIdUrl(url)) return undefined; // the page is addressed by member id already
  const own = splitProfileUrl(url)?.slug;
  const id =
    (card ? memberIdFromLinks(queryFallback(card, MEMBER_URN_LINK)) : undefined) ??
    embedded()?.memberId ??
    (own
      ? memberIdFromLinks(
          queryFallback(doc, MEMBER_URN_LINK).filter((a) => {
            const parts = splitProfileUrl(a.getAttribute('href') ?? '');
            return parts?.slug === own && parts.rest.length > 0;
          }),
        )
      : undefined);
  return id ? (normaliseProfileUrl(`/in/${id}/`) ?? undefined) : undefined;
}

/** The member id in the first link whose `profileUrn` parameter is a member URN. */
function memberIdFromLinks(links: Element[]): string | undefined {
  for (const link of links) {
    try {
      const urn = new URL(
        link.getAttribute('href') ?? '',
        'https://www.linkedin.com',
      ).searchParams.get('profileUrn');
      const id = memberIdOf(urn);
      if (id) return id;
    } catch {
      // not a URL: try the next link
    }
  }
  return undefined;
}

function memberIdOf(urn: unknown): string | undefined {
  return typeof urn === 'string' ? (MEMBER_URN.exec(urn.trim())?.[1] ?? undefined) : undefined;
}

function profileUrl(doc: Document, url: string): string {
  const fromPage = normaliseProfileUrl(url);
  if (fromPage) return fromPage;
  for (const el of queryUnion(doc, CANONICAL_URL)) {
    const candidate = normaliseProfileUrl(
      el.getAttribute('href') ?? el.getAttribute('content') ?? '',
    );
    if (candidate) return candidate;
  }
  return String(url ?? '').slice(0, 500);
}

function firstOf(...readers: Array<() => string | undefined>): string | undefined {
  for (const read of readers) {
    try {
      const value = cleanText(read());
      if (value) return value.slice(0, 500);
    } catch {
      // this fallback failed; try the next
    }
  }
  return undefined;
}

function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}

/** The photo carries the name in `title`/`alt` (2022-03, 2025-04). */
function photoTitle(root: ParentNode): string | undefined {
  const img = queryFirst(root, TOP_CARD_PHOTO);
  return img?.getAttribute('title') ?? img?.getAttribute('alt') ?? undefined;
}

/** "(99+) Rob Cheung | LinkedIn" → "Rob Cheung". The count is unread notifications. */
export function nameFromTitle(title: string | null | undefined): string | undefined {
  const parts = cleanText(title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(' | ');
  if (parts.length < 2 || parts[parts.length - 1] !== 'LinkedIn') return undefined;
  const name = parts[0].trim();
  return name && name !== 'LinkedIn' ? name : undefined;
}

/** 2025-04 "Current company: ꩜Substrate. Click to skip…" button; 2022-03 labelled div / #experience link. */
function companyFromTopCard(card: ParentNode): string | undefined {
  const button = queryFirst(card, TOP_CARD_COMPANY_BUTTON);
  if (button) {
    const label = button.getAttribute('aria-label') ?? '';
    const fromLabel = /^Current company:\s*(.+?)(?:\.\s+Click to skip.*)?$/i.exec(
      cleanText(label),
    )?.[1];
    return textOf(button) ?? fromLabel;
  }
  return textOf(queryFirst(card, TOP_CARD_COMPANY_TEXT));
}

/**
 * 2026 SDUI top card: plain `p`s after the name, in order: degree badges
 * ("· 1st"), headline, "Company · School", location. The name-pronunciation
 * player in between has its own `p`s, skipped with the noise selector.
 * Returns [headline, company line] when found.
 */
function sduiLines(card: Element, heading: Element, name: string | undefined): string[] {
  // querySelectorAll lists in document order; keep the `p`s after the heading.
  // (Not compareDocumentPosition: linkedom, used in tests, answers it backwards.)
  const ordered = Array.from(card.querySelectorAll(`${heading.tagName}, p`));
  const paragraphs = ordered
    .slice(ordered.indexOf(heading) + 1)
    .filter((el) => el.tagName === 'P' && !insideNoise(el, card));
  const headline = paragraphs.find((p) => {
    const text = cleanText(p.textContent);
    return text.length > 1 && text !== name && !/^[·•]/.test(text) && !p.querySelector('a');
  });
  if (!headline) return [];
  const next = headline.nextElementSibling;
  const companyLine = next && next.tagName === 'P' ? cleanText(next.textContent) : '';
  return [cleanText(headline.textContent), companyLine];
}

function insideNoise(el: Element, card: Element): boolean {
  const noisy = el.parentElement ? closestAny(el.parentElement, TOP_CARD_NOISE) : null;
  return !!noisy && card.contains(noisy);
}

/** "Ethnolink · Monash University": current company first, then school. */
function companyFromSduiLine(line: string | undefined): string | undefined {
  if (!line) return undefined;
  return line.split(' · ')[0];
}

/** 2026 SDUI: first logo button in the top card (company before school). */
function companyFromLogoButtons(card: ParentNode): string | undefined {
  for (const button of queryFallback(card, TOP_CARD_LOGO_BUTTON)) {
    if (queryFirst(button, COMPANY_LOGO_IMG)) {
      const text = textOf(button);
      if (text) return text;
    }
  }
  return undefined;
}

/** First entry of the Experience card; grouped roles put the company in the bold line. */
function companyFromExperience(doc: Document): string | undefined {
  const anchor = queryFirst(doc, EXPERIENCE_ANCHOR);
  const first = anchor?.closest('section')?.querySelector('li');
  if (!first) return undefined;
  if (first.querySelector('ul li')) return textOf(queryFirst(first, EXPERIENCE_BOLD));
  const line = textOf(queryFirst(first, EXPERIENCE_COMPANY_LINE));
  return line?.split(' · ')[0];
}

/**
 * Parsed `included` lists by blob, so a page that keeps changing (each change
 * reads the profile again) parses each blob once. Keyed by its text too: a
 * blob LinkedIn refills is parsed again.
 */
const parsedBlobs = new WeakMap<Element, { raw: string; included: unknown }>();

function includedOf(code: Element, raw: string): unknown {
  const cached = parsedBlobs.get(code);
  if (cached && cached.raw === raw) return cached.included;
  let included: unknown;
  try {
    included = (JSON.parse(raw) as { included?: unknown } | null)?.included;
  } catch {
    included = undefined;
  }
  parsedBlobs.set(code, { raw, included });
  return included;
}

interface EmbeddedProfile {
  name?: string;
  headline?: string;
  /** From the entry's `entityUrn` (`urn:li:fsd_profile:ACoAA…`, seen 2025-04). */
  memberId?: string;
}

/**
 * The profile's own entries in LinkedIn's embedded API data, matched by their
 * public identifier: those blobs also hold the viewer's and other members'
 * entries (the 2022 page holds only the viewer's), so an unmatched entry is
 * never used.
 */
function embeddedProfile(doc: Document, url: string): EmbeddedProfile | undefined {
  const slug = splitProfileUrl(url)?.slug;
  if (!slug) return undefined;
  let wanted = slug;
  try {
    wanted = decodeURIComponent(slug);
  } catch {
    // keep the encoded slug
  }
  const out: EmbeddedProfile = {};
  for (const code of queryFallback(doc, EMBEDDED_JSON)) {
    const raw = code.textContent ?? '';
    // Cheap test before parsing: most blobs are large and unrelated. Vanity
    // names are stored lowercase, as the normalised slug is.
    if (!raw.includes(`"publicIdentifier":"${wanted}"`)) continue;
    const included = includedOf(code, raw);
    if (!Array.isArray(included)) continue;
    for (const item of included) {
      if (!item || typeof item !== 'object') continue;
      const entry = item as Record<string, unknown>;
      if (String(entry.publicIdentifier ?? '') !== wanted) continue;
      const first = typeof entry.firstName === 'string' ? entry.firstName : '';
      const last = typeof entry.lastName === 'string' ? entry.lastName : '';
      const headline = typeof entry.headline === 'string' ? entry.headline : undefined;
      const name = cleanText(`${first} ${last}`) || undefined;
      if (name && !out.name) out.name = name;
      if (headline && !out.headline) out.headline = headline;
      out.memberId ??= memberIdOf(entry.entityUrn);
      if (out.name && out.headline && out.memberId) return out;
    }
  }
  return out.name || out.headline || out.memberId ? out : undefined;
}
