import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { locateSpan } from '@/lib/sites/shared/textMap';
import {
  findInvitationNote,
  findMessageComposers,
  isMessagingPage,
  isProfilePage,
  normaliseProfileUrl,
  readInvitationNote,
  readMessageDraft,
  readProfile,
  watchInvitationSend,
  watchMessageSend,
  type MessageDraft,
  type SentMessage,
} from '@/lib/sites/linkedin';

function load(name: string) {
  const path = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  return parseHTML(readFileSync(path, 'utf8'));
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An event as the rep's own input makes it: the browser sets `isTrusted`,
 * which a page script's `click()` or `dispatchEvent` never has (linkedom
 * leaves it unset, so the test sets it, with the keyboard fields the watcher
 * reads; linkedom has no KeyboardEvent).
 */
function userEvent(window: ReturnType<typeof parseHTML>, type: string, init: object = {}) {
  const event = new window.Event(type, { bubbles: true });
  for (const [key, value] of Object.entries({ ...init, isTrusted: true })) {
    Object.defineProperty(event, key, { value });
  }
  return event;
}

/** A keydown from the rep's keyboard. */
const keydown = (window: ReturnType<typeof parseHTML>, init: Partial<KeyboardEvent>) =>
  userEvent(window, 'keydown', init);

const ZOE_URL = 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/';
const ZOE_THREAD_URL = 'https://www.linkedin.com/in/ACoAAB7kq2EBz9xWlN3vR5tYc8uH1jFgP0s4mQe/';

describe('normaliseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/', ZOE_URL],
    ['https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21', ZOE_URL],
    ['https://www.linkedin.com/in/Zoe-Lukasiewicz-4B7A21/', ZOE_URL],
    ['http://linkedin.com/in/zoe-lukasiewicz-4b7a21', ZOE_URL],
    ['linkedin.com/in/zoe-lukasiewicz-4b7a21', ZOE_URL],
    ['www.linkedin.com/in/zoe-lukasiewicz-4b7a21/?miniProfileUrn=urn%3Ali%3Afs', ZOE_URL],
    ['https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/#experience', ZOE_URL],
    ['https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/de/', ZOE_URL],
    ['https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/details/experience/', ZOE_URL],
    ['https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/overlay/contact-info/', ZOE_URL],
    ['https://m.linkedin.com/in/zoe-lukasiewicz-4b7a21', ZOE_URL],
    ['https://pl.linkedin.com/in/zoe-lukasiewicz-4b7a21?trk=people-guest', ZOE_URL],
    ['/in/zoe-lukasiewicz-4b7a21/', ZOE_URL],
    ['  https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21  ', ZOE_URL],
  ])('turns %s into the one profile URL', (input, expected) => {
    expect(normaliseProfileUrl(input)).toBe(expected);
  });

  it('decodes non-ASCII slugs so every spelling matches', () => {
    const expected = 'https://www.linkedin.com/in/zoë-łukasiewicz/';
    expect(normaliseProfileUrl('https://www.linkedin.com/in/zo%C3%AB-%C5%82ukasiewicz')).toBe(
      expected,
    );
    expect(normaliseProfileUrl('https://www.linkedin.com/in/zo%c3%ab-%c5%82ukasiewicz/')).toBe(
      expected,
    );
    expect(normaliseProfileUrl('https://www.linkedin.com/in/Zoë-Łukasiewicz/')).toBe(expected);
  });

  it('keeps the case of member ids, which LinkedIn uses in message threads', () => {
    expect(
      normaliseProfileUrl('https://www.linkedin.com/in/ACoAAB7kq2EBz9xWlN3vR5tYc8uH1jFgP0s4mQe'),
    ).toBe(ZOE_THREAD_URL);
  });

  it.each([
    'https://www.linkedin.com/company/northwind-freight/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://evil.example/in/zoe-lukasiewicz-4b7a21/',
    'https://linkedin.com.evil.example/in/zoe/',
    'https://notlinkedin.com/in/zoe/',
    'javascript:alert(1)',
    '',
    'not a url at all',
  ])('refuses %s', (input) => {
    expect(normaliseProfileUrl(input)).toBeNull();
  });
});

describe('page kinds', () => {
  it('knows a profile page, its locale and overlay variants, but not its sub-pages', () => {
    expect(isProfilePage(ZOE_URL)).toBe(true);
    expect(isProfilePage(`${ZOE_URL}de/`)).toBe(true);
    expect(isProfilePage(`${ZOE_URL}overlay/contact-info/`)).toBe(true);
    expect(isProfilePage(`${ZOE_URL}details/experience/`)).toBe(false);
    expect(isProfilePage('https://www.linkedin.com/feed/')).toBe(false);
  });

  it('knows messaging pages', () => {
    expect(isMessagingPage('https://www.linkedin.com/messaging/')).toBe(true);
    expect(isMessagingPage('https://www.linkedin.com/messaging/thread/2-abc==/')).toBe(true);
    expect(isMessagingPage('https://www.linkedin.com/in/someone/')).toBe(false);
    expect(isMessagingPage('https://example.com/messaging/')).toBe(false);
  });
});

describe('readProfile on the 2025-04 layout', () => {
  it('reads name, headline and current company from the top card', () => {
    const { document } = load('linkedin-profile-2025-04.html');
    expect(readProfile(document, `${ZOE_URL}?trk=feed`)).toEqual({
      url: ZOE_URL,
      name: 'Zoë Łukasiewicz',
      headline:
        'Head of Revenue Operations at Northwind Freight | Forecasting, CRM hygiene, pipeline reviews',
      company: 'Northwind Freight',
      memberUrl: ZOE_THREAD_URL,
      missing: [],
    });
  });

  it('falls back to the photo title, then the embedded data, then the page title for the name', () => {
    const { document } = load('linkedin-profile-2025-04.html');
    document.querySelector('main h1')!.remove();
    expect(readProfile(document, ZOE_URL).name).toBe('Zoë Łukasiewicz');
    document.querySelector('img[title]')!.remove();
    document.title = 'LinkedIn';
    expect(readProfile(document, ZOE_URL).name).toBe('Zoë Łukasiewicz'); // embedded data
    for (const code of Array.from(document.querySelectorAll('code'))) code.remove();
    document.title = '(12) Zoë Łukasiewicz | LinkedIn';
    expect(readProfile(document, ZOE_URL).name).toBe('Zoë Łukasiewicz'); // title, count stripped
  });

  it("never takes the viewer's own entry in the embedded data for the member", () => {
    const { document } = load('linkedin-profile-2025-04.html');
    document.querySelector('main')!.remove();
    document.querySelector('#bpr-guid-50217')!.remove();
    document.title = 'LinkedIn';
    const profile = readProfile(document, ZOE_URL);
    expect(profile.name).toBeUndefined();
    expect(profile.missing).toEqual(['name', 'headline', 'company']);
  });

  it('takes the company from the Experience card when the top card has no company button', () => {
    const { document } = load('linkedin-profile-2025-04.html');
    for (const button of Array.from(
      document.querySelectorAll('button[aria-label^="Current company"]'),
    ))
      button.remove();
    expect(readProfile(document, ZOE_URL).company).toBe('Northwind Freight');
  });
});

describe('readProfile on the 2026 SDUI layout', () => {
  it('reads the h2 name and the bare-paragraph headline and company, skipping the pronunciation player', () => {
    const { document } = load('linkedin-profile-2026-06.html');
    expect(readProfile(document, 'https://www.linkedin.com/in/mateus-okonkwo-berg')).toEqual({
      url: 'https://www.linkedin.com/in/mateus-okonkwo-berg/',
      name: 'Mateus Okonkwo-Berg',
      headline:
        'VP Logistics Partnerships | Helping shippers cut port dwell time across the North Sea',
      company: 'Harbourline Logistics',
      memberUrl: 'https://www.linkedin.com/in/ACoAACx9Qm2Bv7TgHs4LpW8dZr1NfK3oY6eU5a/',
      missing: [],
    });
  });

  it('still finds the company from the logo buttons when the "Company · School" line is gone', () => {
    const { document } = load('linkedin-profile-2026-06.html');
    const line = Array.from(document.querySelectorAll('p')).find((p) =>
      p.textContent?.includes(' · Universidade'),
    );
    line!.remove();
    expect(readProfile(document, 'https://www.linkedin.com/in/mateus-okonkwo-berg/').company).toBe(
      'Harbourline Logistics',
    );
  });
});

describe('readProfile: the member id messaging links the profile by', () => {
  const MATEUS_URL = 'https://www.linkedin.com/in/mateus-okonkwo-berg/';
  const MATEUS_ID_URL = 'https://www.linkedin.com/in/ACoAACx9Qm2Bv7TgHs4LpW8dZr1NfK3oY6eU5a/';

  it("takes the 2025 member id from the profile's own embedded entry, never the viewer's", () => {
    const { document } = load('linkedin-profile-2025-04.html');
    expect(readProfile(document, ZOE_URL).memberUrl).toBe(ZOE_THREAD_URL);
    // Only the viewer's entry (with its own member URN) is left: no member id.
    document.querySelector('#bpr-guid-50217')!.remove();
    expect(document.querySelector('#bpr-guid-50211')!.textContent).toContain('ACoAAVIEWER');
    expect(readProfile(document, ZOE_URL).memberUrl).toBeUndefined();
  });

  it("takes the 2026 member id from the top card's Message link", () => {
    const { document } = load('linkedin-profile-2026-06.html');
    expect(readProfile(document, MATEUS_URL).memberUrl).toBe(MATEUS_ID_URL);
  });

  it("ignores member links outside the top card that are not under the profile's own address", () => {
    const { document } = load('linkedin-profile-2026-06.html');
    document.querySelector('section a[href*="profileUrn="]')!.remove();
    // "People also viewed" messages someone else.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<aside><a href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAOTHERmEmBeR0000000000000000">Message</a></aside>',
    );
    expect(readProfile(document, MATEUS_URL).memberUrl).toBeUndefined();
    // The profile's own "Show all" link carries its URN (as on the 2022 and 2025 pages).
    document.body.insertAdjacentHTML(
      'beforeend',
      '<a href="https://www.linkedin.com/in/mateus-okonkwo-berg/details/experience?profileUrn=urn%3Ali%3Afsd_profile%3AACoAACx9Qm2Bv7TgHs4LpW8dZr1NfK3oY6eU5a">Show all</a>',
    );
    expect(readProfile(document, MATEUS_URL).memberUrl).toBe(MATEUS_ID_URL);
  });

  it('gives no second link when the page is addressed by member id already', () => {
    const { document } = load('linkedin-profile-2025-04.html');
    const profile = readProfile(document, ZOE_THREAD_URL);
    expect(profile.url).toBe(ZOE_THREAD_URL);
    expect(profile.memberUrl).toBeUndefined();
  });
});

describe('readProfile on a page it cannot read', () => {
  it('lists every field as missing instead of throwing', () => {
    const { document } = parseHTML(
      '<html><head><title>LinkedIn</title></head><body><main><p>Oops</p></main></body></html>',
    );
    expect(readProfile(document, 'https://www.linkedin.com/in/nobody-here/')).toEqual({
      url: 'https://www.linkedin.com/in/nobody-here/',
      missing: ['name', 'headline', 'company'],
    });
  });

  it('keeps the given URL when it is not a profile URL', () => {
    const { document } = parseHTML('<html><body></body></html>');
    expect(readProfile(document, 'https://www.linkedin.com/feed/').url).toBe(
      'https://www.linkedin.com/feed/',
    );
  });

  it('reports the fields it could not read and keeps the ones it could', () => {
    const { document } = load('linkedin-profile-2025-04.html');
    document.querySelector('.text-body-medium')!.remove();
    document.querySelector('[data-generated-suggestion-target]')?.remove();
    for (const code of Array.from(document.querySelectorAll('code'))) code.remove();
    for (const button of Array.from(
      document.querySelectorAll('button[aria-label^="Current company"]'),
    ))
      button.remove();
    document.querySelector('#experience')!.closest('section')!.remove();
    const profile = readProfile(document, ZOE_URL);
    expect(profile.name).toBe('Zoë Łukasiewicz');
    expect(profile.missing).toEqual(['headline', 'company']);
  });
});

describe('message composer on the 2025-04 messaging page', () => {
  it('finds the one composer and the conversation partner', () => {
    const { document } = load('linkedin-messaging-2025-04.html');
    const composers = findMessageComposers(document);
    expect(composers).toHaveLength(1);
    const draft = readMessageDraft(composers[0]) as MessageDraft;
    expect(draft.text).toBe('');
    expect(draft.partnerName).toBe('Zoë Łukasiewicz');
    expect(draft.partnerProfileUrl).toBe(ZOE_THREAD_URL);
  });

  it('reads paragraphs as lines and maps a span back to the words on the page', () => {
    const { document } = load('linkedin-messaging-2025-04.html');
    const [composer] = findMessageComposers(document);
    composer.innerHTML =
      '<p>Hi Zoë,</p><p><br></p><p>Your Q3 forecast misses cost hours. Worth 15 minutes Thursday?</p>';
    const draft = readMessageDraft(composer) as MessageDraft;
    expect(draft.text).toBe(
      'Hi Zoë,\n\nYour Q3 forecast misses cost hours. Worth 15 minutes Thursday?',
    );
    const start = draft.text.indexOf('Worth');
    const located = locateSpan(draft.map, { start, end: start + 'Worth 15 minutes'.length });
    expect(located?.start.node.data.slice(located.start.offset, located.end.offset)).toBe(
      'Worth 15 minutes',
    );
  });

  it('reads a chat-overlay bubble and its partner from the bubble header', () => {
    const { document } = load('linkedin-profile-2025-04.html');
    const template = document.querySelector('#chat-overlay-template') as HTMLTemplateElement;
    document.body.appendChild(template.content.firstElementChild!.cloneNode(true));
    const composers = findMessageComposers(document);
    expect(composers).toHaveLength(1);
    composers[0].innerHTML = '<p>Hello</p>';
    expect(readMessageDraft(composers[0])).toMatchObject({
      text: 'Hello',
      partnerName: 'Zoë Łukasiewicz',
      partnerProfileUrl: ZOE_THREAD_URL,
    });
  });

  it('finds a composer LinkedIn mounted in the messaging shadow root', () => {
    const { document } = parseHTML('<html><body><div id="interop-outlet"></div></body></html>');
    const host = document.getElementById('interop-outlet')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>Hi</p></div></form>';
    expect(findMessageComposers(document)).toHaveLength(1);
  });

  it('finds nothing, without throwing, on a page with no composer', () => {
    const { document } = load('linkedin-profile-2026-06.html');
    expect(findMessageComposers(document)).toEqual([]);
    expect(findInvitationNote(document)).toBeNull();
  });
});

function setupMessaging(html = 'linkedin-messaging-2025-04.html') {
  const window = load(html);
  const { document } = window;
  const [composer] = findMessageComposers(document);
  const button = document.querySelector('button.msg-form__send-button') as HTMLButtonElement | null;
  const sent: SentMessage[] = [];
  const stop = watchMessageSend(composer, (s) => sent.push(s), {
    confirmMs: 200,
    now: () => 1_744_000_000_000,
  });
  const click = (el: Element) => el.dispatchEvent(userEvent(window, 'click'));
  /**
   * What LinkedIn does after a send, as the 2025-04 page shows it: the box
   * empties at once and the message joins the thread; its sent mark (a
   * class on the indicator inside it) comes when it went, never if it failed.
   */
  const linkedInSends = (urn: string, { marked = true, other = false } = {}) => {
    const item = document.createElement('li');
    item.innerHTML =
      `<div class="msg-s-event-listitem${other ? ' msg-s-event-listitem--other' : ''}" data-event-urn="${urn}">` +
      '<div class="msg-s-event-with-indicator"><p>sent</p>' +
      '<span class="msg-s-event-with-indicator__sending-indicator"></span></div></div>';
    document.querySelector('#message-list')!.appendChild(item);
    composer.innerHTML = '<p><br></p>';
    const mark = () =>
      item
        .querySelector('.msg-s-event-with-indicator__sending-indicator')!
        .classList.add('msg-s-event-with-indicator__sending-indicator--sent');
    if (marked) mark();
    return mark;
  };
  return { window, document, composer, button, sent, stop, click, linkedInSends };
}

describe('logging a sent message', () => {
  it('logs one send when the rep clicks Send and the message shows in the thread as sent', async () => {
    const { window, composer, button, sent, click, linkedInSends } = setupMessaging();
    composer.innerHTML = '<p>Worth 15 minutes Thursday?</p>';
    button!.disabled = false;
    click(button!);
    button!.closest('form')!.dispatchEvent(userEvent(window, 'submit'));
    linkedInSends('urn:li:msg_message:(urn:li:fsd_profile:ACoAAVIEWER,2-new-1)');
    await tick(20);
    expect(sent).toEqual([
      {
        text: 'Worth 15 minutes Thursday?',
        at: 1_744_000_000_000,
        externalId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAVIEWER,2-new-1)',
      },
    ]);
  });

  it('waits for the sent mark: an emptied box and a message still sending are not a send yet', async () => {
    const { composer, button, sent, click, linkedInSends } = setupMessaging();
    composer.innerHTML = '<p>Worth 15 minutes Thursday?</p>';
    button!.disabled = false;
    click(button!);
    const markSent = linkedInSends('urn:li:msg_message:(x,2-slow-1)', { marked: false });
    await tick(50);
    expect(sent).toEqual([]);
    markSent();
    await tick(20);
    expect(sent.map((s) => s.externalId)).toEqual(['urn:li:msg_message:(x,2-slow-1)']);
  });

  it('logs nothing when the send fails: the message never gets its sent mark', async () => {
    const { composer, button, sent, click, linkedInSends } = setupMessaging();
    composer.innerHTML = '<p>Worth 15 minutes Thursday?</p>';
    button!.disabled = false;
    click(button!);
    linkedInSends('urn:li:msg_message:(x,2-failed-1)', { marked: false });
    await tick(250);
    expect(sent).toEqual([]);
  });

  it("does not take the other person's new message for the rep's", async () => {
    const { composer, button, sent, click, linkedInSends } = setupMessaging();
    composer.innerHTML = '<p>Hello</p>';
    button!.disabled = false;
    click(button!);
    linkedInSends('urn:li:msg_message:(x,2-theirs-1)', { other: true });
    await tick(250);
    expect(sent).toEqual([]);
  });

  it('logs a send by Enter when "Press Enter to Send" is on', async () => {
    const { window, document, composer, button, sent, linkedInSends } = setupMessaging();
    button!.parentElement!.remove();
    const hint = document.createElement('div');
    hint.className = 'msg-form__hint-text';
    document.querySelector('.msg-form__right-actions')!.appendChild(hint);
    composer.innerHTML = '<p>Quick question on dwell time.</p>';
    composer.dispatchEvent(keydown(window, { key: 'Enter' }));
    linkedInSends('urn:li:msg_message:(x,2-new-2)');
    await tick(20);
    expect(sent.map((s) => s.text)).toEqual(['Quick question on dwell time.']);
  });

  it('logs nothing for Enter that only starts a new line (send button shown)', async () => {
    const { window, composer, sent } = setupMessaging();
    composer.innerHTML = '<p>Line one</p>';
    composer.dispatchEvent(keydown(window, { key: 'Enter' }));
    composer.innerHTML = '<p>Line one</p><p>Line two</p>';
    await tick(250);
    expect(sent).toEqual([]);
  });

  it('logs nothing when LinkedIn keeps the text (send refused), nor for Shift+Enter', async () => {
    const { window, composer, button, sent, click } = setupMessaging();
    composer.innerHTML = '<p>Hello</p>';
    button!.disabled = false;
    click(button!);
    const error = composer.ownerDocument.createElement('p');
    error.className = 'msg-form__error';
    composer.closest('form')!.appendChild(error); // LinkedIn shows an error, keeps the text
    composer.dispatchEvent(keydown(window, { key: 'Enter', shiftKey: true }));
    await tick(250);
    composer.innerHTML = '<p><br></p>'; // the rep clears it later: not a send
    await tick(20);
    expect(sent).toEqual([]);
  });

  it('logs nothing for an empty box or a disabled button, and stops when asked', async () => {
    const { composer, button, sent, stop, click, linkedInSends } = setupMessaging();
    click(button!); // disabled, empty
    composer.innerHTML = '<p>Hi</p>';
    stop();
    button!.disabled = false;
    click(button!);
    linkedInSends('urn:li:msg_message:(x,2-new-3)');
    await tick(20);
    expect(sent).toEqual([]);
  });

  it("logs nothing a page script sends: its click(), submit or Enter is not the rep's", async () => {
    const { window, document, composer, button, sent, linkedInSends } = setupMessaging();
    composer.innerHTML = '<p>Forged</p>';
    button!.disabled = false;
    button!.dispatchEvent(new window.Event('click', { bubbles: true }));
    button!.closest('form')!.dispatchEvent(new window.Event('submit', { bubbles: true }));
    const enter = new window.Event('keydown', { bubbles: true });
    Object.defineProperty(enter, 'key', { value: 'Enter' });
    Object.defineProperty(enter, 'ctrlKey', { value: true });
    composer.dispatchEvent(enter);
    linkedInSends('urn:li:msg_message:(x,2-forged-1)');
    await tick(20);
    expect(sent).toEqual([]);
    expect(document.querySelectorAll('[data-event-urn]').length).toBeGreaterThan(0);
  });
});

describe('invitation note', () => {
  it('finds the note box in the "Add a note" modal and names the invitee from the page', () => {
    const { document } = load('linkedin-invite-2025.html');
    const note = findInvitationNote(document)!;
    expect(note.tagName).toBe('TEXTAREA');
    note.value = 'Hi Ingrid, saw your post on supplier scorecards.';
    expect(readInvitationNote(note, 'https://www.linkedin.com/in/ingrid-haaland-osei/')).toEqual({
      text: 'Hi Ingrid, saw your post on supplier scorecards.',
      partnerProfileUrl: 'https://www.linkedin.com/in/ingrid-haaland-osei/',
    });
    expect(readProfile(document, 'https://www.linkedin.com/in/ingrid-haaland-osei/')).toMatchObject(
      {
        name: 'Ingrid Haaland-Osei',
        company: 'Brightwater Foods',
      },
    );
  });

  it('names the invitee from the 2026 invite page address', () => {
    const { document } = load('linkedin-invite-2025.html');
    const note = findInvitationNote(document)!;
    expect(
      readInvitationNote(
        note,
        'https://www.linkedin.com/preload/custom-invite/?vanityName=ingrid-haaland-osei',
      ),
    ).toMatchObject({ partnerProfileUrl: 'https://www.linkedin.com/in/ingrid-haaland-osei/' });
  });

  it('logs one invitation when Send closes the modal, and none when the modal stays', async () => {
    const window = load('linkedin-invite-2025.html');
    const { document } = window;
    const note = findInvitationNote(document)!;
    const sent: SentMessage[] = [];
    watchInvitationSend(note, (s) => sent.push(s), { confirmMs: 100, now: () => 42 });
    const send = document.querySelector(
      'button[aria-label="Send invitation"]',
    ) as HTMLButtonElement;

    note.value = 'Hi Ingrid';
    send.disabled = false;
    send.dispatchEvent(userEvent(window, 'click')); // LinkedIn refuses: modal stays
    await tick(150);
    expect(sent).toEqual([]);

    send.dispatchEvent(userEvent(window, 'click'));
    document.querySelector('#invite-overlay')!.remove();
    await tick(20);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ text: 'Hi Ingrid', at: 42 });
    expect(sent[0].externalId).toMatch(/^linkedin-invite:42:/);
  });

  it('logs no invitation a page script sends with click()', async () => {
    const window = load('linkedin-invite-2025.html');
    const { document } = window;
    const note = findInvitationNote(document)!;
    const sent: SentMessage[] = [];
    watchInvitationSend(note, (s) => sent.push(s), { confirmMs: 100, now: () => 42 });
    const send = document.querySelector(
      'button[aria-label="Send invitation"]',
    ) as HTMLButtonElement;
    note.value = 'Hi Ingrid';
    send.disabled = false;
    send.click();
    document.querySelector('#invite-overlay')!.remove();
    await tick(150);
    expect(sent).toEqual([]);
  });
});

describe('adapter never throws', () => {
  it('answers null or empty for nonsense input', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const warn = vi.spyOn(console, 'warn');
    expect(findMessageComposers(document)).toEqual([]);
    expect(findInvitationNote(document)).toBeNull();
    expect(readMessageDraft(null as unknown as Element)).toEqual({ error: 'the message box' });
    expect(typeof watchMessageSend(document.body as HTMLElement, () => {})).toBe('function');
    expect(warn).not.toHaveBeenCalled();
  });
});
