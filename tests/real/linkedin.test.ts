import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  findInvitationNote,
  findMessageComposers,
  isMessagingPage,
  isProfilePage,
  readMessageDraft,
  readProfile,
  type MessageDraft,
} from '@/lib/sites/linkedin';
import { queryFirst, queryUnion } from '@/lib/sites/shared/query';
import {
  MESSAGE_EVENT,
  MESSAGE_FROM_OTHER,
  MESSAGE_SENT_MARK,
} from '@/lib/sites/linkedin/selectors';

// LinkedIn pages saved by third parties (see ../shared/fixtures/real/SOURCES.md).
// They stay outside the repo; without them these tests skip.
const REAL = fileURLToPath(new URL('../../../shared/fixtures/real/', import.meta.url));
const present = existsSync(REAL);
if (!present) console.warn('LinkedIn real-page tests skipped: ../shared not found');

/** Each page is 1–1.5 MB: parse once per file, on first use. */
const parsed = new Map<string, Document>();
function page(name: string): Document {
  let doc = parsed.get(name);
  if (!doc) {
    doc = parseHTML(readFileSync(`${REAL}${name}`, 'utf8')).document as unknown as Document;
    parsed.set(name, doc);
  }
  return doc;
}

const PROFILES = [
  {
    file: 'linkedin-profile-brocc.html',
    layout: '2025-04, 1st-degree viewer',
    url: 'https://www.linkedin.com/in/robertkcheung/?miniProfileUrn=x',
    expected: {
      url: 'https://www.linkedin.com/in/robertkcheung/',
      name: 'Rob Cheung',
      headline: 'Co-Founder ꩜Substrate',
      company: '꩜Substrate',
      memberUrl: 'https://www.linkedin.com/in/ACoAAAwyvpsBdVfk2kwZzamQtesKhd23iQB_i1w/',
      missing: [],
    },
  },
  {
    file: 'linkedin-profile-austinoboyle.html',
    layout: '2022-03, 3rd-degree viewer',
    url: 'https://www.linkedin.com/in/austinoboyle',
    expected: {
      url: 'https://www.linkedin.com/in/austinoboyle/',
      name: "Austin O'Boyle",
      headline: 'Software Engineer at Google',
      company: 'Google',
      // From the profile's own "Show all" links (`/in/austinoboyle/details/…?profileUrn=…`).
      memberUrl: 'https://www.linkedin.com/in/ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ/',
      missing: [],
    },
  },
  {
    file: 'linkedin-topcard-2026-costavasili.html',
    layout: '2026 SDUI top card',
    url: 'https://www.linkedin.com/in/costavasili/',
    expected: {
      url: 'https://www.linkedin.com/in/costavasili/',
      name: 'Costa Vasili',
      headline:
        'Founder & CEO | Ethnolink - Multicultural Communications Agency | Translation services in 150+ languages | Trusted by government and not-for-profits to engage multicultural communities',
      company: 'Ethnolink',
      memberUrl: 'https://www.linkedin.com/in/ACoAAAq_vXIB7ddQiLbkdzTDNjlHLlc3eQ7DOR4/',
      missing: [],
    },
  },
];

describe.skipIf(!present)('LinkedIn adapter on real saved pages', () => {
  for (const { file, layout, url, expected } of PROFILES) {
    it(`reads who the profile is about (${layout})`, () => {
      expect(isProfilePage(url)).toBe(true);
      expect(readProfile(page(file), url)).toEqual(expected);
    });
  }

  it("finds the member in the 2025 page's embedded data when the top card is gone", () => {
    const doc = parseHTML(readFileSync(`${REAL}linkedin-profile-brocc.html`, 'utf8'))
      .document as unknown as Document;
    doc.querySelector('main')!.remove();
    const profile = readProfile(doc, 'https://www.linkedin.com/in/robertkcheung/');
    // The page's blobs also hold the viewer ("Ben Guo"); only the member's entry may be used.
    expect(profile.name).toBe('Rob Cheung');
    expect(profile.headline).toBe('Co-Founder ꩜Substrate');
  });

  it("takes the 2025 member id from the member's embedded entry, not the viewer's", () => {
    const doc = parseHTML(readFileSync(`${REAL}linkedin-profile-brocc.html`, 'utf8'))
      .document as unknown as Document;
    // Without <main> no link carries it: only the embedded data can.
    doc.querySelector('main')!.remove();
    const profile = readProfile(doc, 'https://www.linkedin.com/in/robertkcheung/');
    expect(profile.memberUrl).toBe(
      'https://www.linkedin.com/in/ACoAAAwyvpsBdVfk2kwZzamQtesKhd23iQB_i1w/',
    );
    // The viewer ("bgdotjpg") has entries with a member URN of their own.
    expect(doc.documentElement.innerHTML).toContain('ACoAAAR6oE8B1GpmiVTWEdBctbRrJZwWa0MspYs');
  });

  it("takes the 2026 member id from the top card's Message link only", () => {
    const doc = parseHTML(readFileSync(`${REAL}linkedin-topcard-2026-costavasili.html`, 'utf8'))
      .document as unknown as Document;
    for (const a of Array.from(doc.querySelectorAll('a[href*="profileUrn="]'))) a.remove();
    // Its "connectionOf" search links and the card's componentkey are not read.
    expect(readProfile(doc, 'https://www.linkedin.com/in/costavasili/').memberUrl).toBeUndefined();
  });

  it('reads the 2022 name from the page title when the headings are gone', () => {
    const doc = parseHTML(readFileSync(`${REAL}linkedin-profile-austinoboyle.html`, 'utf8'))
      .document as unknown as Document;
    for (const h1 of Array.from(doc.querySelectorAll('h1'))) h1.remove();
    for (const img of Array.from(doc.querySelectorAll('img[title]'))) img.remove();
    expect(readProfile(doc, 'https://www.linkedin.com/in/austinoboyle/').name).toBe(
      "Austin O'Boyle",
    );
  });

  it('finds the composer on the 2025-04 messaging page and who the thread is with', () => {
    const doc = page('linkedin-messaging-brocc.html');
    expect(isMessagingPage('https://www.linkedin.com/messaging/thread/2-abc/')).toBe(true);
    const composers = findMessageComposers(doc);
    expect(composers).toHaveLength(1);
    const draft = readMessageDraft(composers[0]) as MessageDraft;
    expect(draft.text).toBe('');
    expect(draft.partnerName).toBe('Talha Khan');
    expect(draft.partnerProfileUrl).toBe(
      'https://www.linkedin.com/in/ACoAACaYEUABb_2KMpm9ek35YObF-a13apHwjas/',
    );
    expect(findInvitationNote(doc)).toBeNull();
  });

  it('finds no composer on the profile pages', () => {
    for (const { file } of PROFILES) expect(findMessageComposers(page(file))).toEqual([]);
  });
});

describe.skipIf(!present)('LinkedIn messages as the 2025-04 page marks them', () => {
  it("marks the rep's own message as sent, inside its message, and the other person's as theirs", () => {
    const messages = queryUnion(page('linkedin-messaging-brocc.html'), MESSAGE_EVENT);
    expect(messages).toHaveLength(4);
    const own = messages.filter((m) => !MESSAGE_FROM_OTHER.some((s) => m.matches(s)));
    expect(own).toHaveLength(1);
    expect(queryFirst(own[0], MESSAGE_SENT_MARK)?.getAttribute('title')).toMatch(/^Sent at /);
    for (const theirs of messages.filter((m) => !own.includes(m))) {
      expect(queryFirst(theirs, MESSAGE_SENT_MARK)).toBeNull();
    }
  });
});
