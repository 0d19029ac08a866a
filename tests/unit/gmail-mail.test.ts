import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSendConfirmer,
  LONGEST_UNDO_MS,
  type SendAttempt,
} from '@/lib/sites/gmail/confirmSends';
import { findComposes } from '@/lib/sites/gmail/findComposes';
import { parseGmailDate } from '@/lib/sites/gmail/gmailDate';
import { readDraft } from '@/lib/sites/gmail/readDraft';
import { readInbox } from '@/lib/sites/gmail/readInbox';
import { readThread } from '@/lib/sites/gmail/readThread';
import { readSentNotice } from '@/lib/sites/gmail/sentNotice';
import { watchScheduleChoice } from '@/lib/sites/gmail/watchScheduleChoice';
import { watchSend } from '@/lib/sites/gmail/watchSend';

/**
 * What Gmail shows after Send, and the mail in its lists, read from our
 * fixtures of Gmail's markup (each names its sources and date): the inbox
 * rows, the notice with Undo, Schedule send and a refused send.
 */

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const load = (name: string) => {
  const window = parseHTML(fixture(name));
  return { window, document: window.document as unknown as Document };
};

/** An event as the rep's own input makes it (the browser sets `isTrusted`; linkedom leaves it unset). */
function userEvent(window: ReturnType<typeof parseHTML>, type: string, init: object = {}): Event {
  const event = new window.Event(type, { bubbles: true });
  for (const [key, value] of Object.entries({ ...init, isTrusted: true })) {
    Object.defineProperty(event, key, { value });
  }
  return event as unknown as Event;
}

/** `#msg-f:` id of a legacy hex id, as Gmail writes both for one message. */
const msgF = (hex: string) => `#msg-f:${BigInt(`0x${hex}`)}`;

describe('reading the inbox list', () => {
  const rows = () => readInbox(load('gmail-inbox-2025-04.html').document);

  it('reads each row: ids, participants oldest first, full date, subject', () => {
    const all = rows();
    expect(all).toHaveLength(6);
    expect(all[0]).toEqual({
      threadId: '#thread-a:r-6203118400000000001',
      legacyThreadId: '19612c0ffee00000',
      messageId: msgF('19612c0ffee00001'),
      senders: [
        { email: 'riley@ledgerly.example', name: 'me' },
        { email: 'rhea.reply@acme.example', name: 'Rhea Reply' },
      ],
      at: new Date(2025, 3, 9, 9, 15).getTime(),
      subject: 'Re: Pilot for the May close',
    });
  });

  it('names the failed address of a bounce from its snippet, and only for a bounce', () => {
    const bounce = rows().find((r) => r.subject.startsWith('Delivery Status Notification'))!;
    expect(bounce.senders.at(-1)!.email).toBe('mailer-daemon@googlemail.com');
    expect(bounce.mentioned).toEqual(['bea.bounce@acme.example']);
    expect(rows().filter((r) => r.mentioned !== undefined)).toHaveLength(1);
  });

  it('knows the conversation the rep answered last: its newest sender is the account', () => {
    const dana = rows().find((r) => r.subject === 'Q3 renewal for Acme')!;
    expect(dana.senders.map((s) => s.email)).toEqual([
      'dana.buyer@acme.example',
      'riley@ledgerly.example',
    ]);
  });

  it('leaves out rows already handled, by their message id', () => {
    const { document } = load('gmail-inbox-2025-04.html');
    const seen = new Set([msgF('19612c0ffee00001'), msgF('19612c0ffee00004')]);
    const rows = readInbox(document, { skip: (id) => seen.has(id) });
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.messageId)).not.toContain(msgF('19612c0ffee00001'));
  });

  it("reads rows only inside Gmail's main pane, not a copy some script added to the page", () => {
    const { document } = load('gmail-inbox-2025-04.html');
    const copy = document.querySelector('table[role="grid"]')!.cloneNode(true) as Element;
    document.body.appendChild(copy);
    expect(readInbox(document)).toHaveLength(6);
    document.querySelector('[role="main"]')!.remove();
    expect(readInbox(document)).toEqual([]);
  });
});

describe("reading the rep's own message in a thread", () => {
  it('reads who it went to, and the id its draft had', () => {
    const { messages } = readThread(load('gmail-thread-2025-04.html').document);
    expect(messages[1]).toMatchObject({
      id: '#msg-a:r-3813000000000000001',
      from: 'riley@ledgerly.example',
      to: ['dana.buyer@acme.example'],
    });
  });

  it("ignores messages outside Gmail's main pane", () => {
    const { document } = load('gmail-thread-2025-04.html');
    const fake = document.querySelector('div.adn')!.cloneNode(true) as Element;
    fake.setAttribute('data-message-id', '#msg-f:2020');
    document.body.appendChild(fake);
    expect(readThread(document).messages.map((m) => m.id)).not.toContain('#msg-f:2020');
  });
});

describe("Gmail's dates", () => {
  it('reads headers, rows, older "at" headers and en-GB order, in local time', () => {
    const at = new Date(2025, 3, 9, 15, 2).getTime();
    expect(parseGmailDate('Apr 9, 2025, 3:02\u202fPM')).toBe(at);
    expect(parseGmailDate('Wed, Apr 9, 2025, 3:02 PM')).toBe(at);
    expect(parseGmailDate('Wed, Apr 9, 2025 at 3:02 PM')).toBe(at);
    expect(parseGmailDate('9 Apr 2025, 15:02')).toBe(at);
    expect(parseGmailDate('12/1/2026 9:30 AM')).toBe(new Date(2026, 11, 1, 9, 30).getTime());
  });

  it("places Schedule send's yearless suggestions ahead of now, across New Year", () => {
    const dec30 = new Date(2026, 11, 30, 18, 0).getTime();
    expect(parseGmailDate('Dec 31, 8:00 AM', { upcomingFrom: dec30 })).toBe(
      new Date(2026, 11, 31, 8, 0).getTime(),
    );
    expect(parseGmailDate('Mon, Jan 4, 8:00 AM', { upcomingFrom: dec30 })).toBe(
      new Date(2027, 0, 4, 8, 0).getTime(),
    );
    expect(parseGmailDate('Dec 31, 8:00 AM')).toBeUndefined();
  });

  it('leaves out what it cannot read rather than guess', () => {
    expect(parseGmailDate('9 avr. 2025, 03:02')).toBeUndefined();
    expect(parseGmailDate('Apr 31, 2025, 3:02 PM')).toBeUndefined();
    expect(parseGmailDate('13:02 PM')).toBeUndefined();
  });
});

describe("Gmail's notice", () => {
  const withNotice = (state: string) => {
    const { window, document } = load('gmail-sent-notice-2026-07.html');
    const show = (name: string) => {
      const template = document.getElementById(name) as HTMLTemplateElement;
      document.querySelector('.vh')!.innerHTML = template.innerHTML;
    };
    show(state);
    return { window, document, show };
  };

  it('offers Undo and View message for a sent message', () => {
    const notice = readSentNotice(withNotice('sent').document)!;
    expect(notice.undo?.textContent).toBe('Undo');
    expect(notice.view?.textContent).toBe('View message');
  });

  it('has no Undo once the window closed, no View message for a discarded draft, nothing while sending', () => {
    expect(readSentNotice(withNotice('lapsed').document)).toMatchObject({ undo: null });
    expect(readSentNotice(withNotice('discarded').document)).toMatchObject({ view: null });
    expect(readSentNotice(withNotice('sending').document)).toBeNull();
    expect(readSentNotice(withNotice('undone').document)).toBeNull();
  });

  it('counts a notice Gmail parked off screen as gone', () => {
    const { document } = withNotice('sent');
    (document.querySelector('.b8') as HTMLElement).style.top = '-10000px';
    expect(readSentNotice(document)).toBeNull();
  });
});

describe('confirming a send from what Gmail shows', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A compose page with the notice area of the notice fixture, and a confirmer watching it. */
  function sending() {
    const { window, document } = load('gmail-compose-2026-03.html');
    const notices = load('gmail-sent-notice-2026-07.html').document;
    const area = document.getElementById('toast')!;
    area.removeAttribute('hidden');
    const show = (name: string) => {
      const template = notices.getElementById(name) as HTMLTemplateElement;
      area.querySelector('.vh')!.innerHTML = template.innerHTML;
    };
    const compose = findComposes(document)[0].element;
    const parent = compose.parentNode!;
    const events: string[] = [];
    const confirmer = createSendConfirmer(document, {
      onPending: (a) => events.push(`pending ${a.externalId}`),
      onConfirm: (a) => events.push(`confirm ${a.externalId}`),
      onWithdraw: (a) => events.push(`withdraw ${a.externalId}`),
    });
    const draft = readDraft(compose);
    if ('error' in draft) throw new Error(draft.error);
    const attempt = (over: Partial<SendAttempt> = {}) =>
      confirmer.attempt({
        compose,
        messageId: '#msg-a:r-1111222233334444555',
        externalId: '#msg-a:r-1111222233334444555',
        recipients: draft.recipients,
        subject: draft.subject,
        text: draft.text,
        at: Date.now(),
        scheduled: false,
        ...over,
      });
    /** Gmail takes the send: the compose closes, "Sending…", then "Message sent · Undo". */
    const gmailSends = () => {
      compose.remove();
      confirmer.check();
      show('sending');
      confirmer.check();
      show('sent');
      confirmer.check();
    };
    return { window, document, compose, parent, show, confirmer, events, attempt, gmailSends };
  }

  it('holds a send while Undo shows and confirms it when the Undo link goes', () => {
    const { show, confirmer, events, attempt, gmailSends } = sending();
    attempt();
    gmailSends();
    expect(events).toEqual(['pending #msg-a:r-1111222233334444555']);
    vi.advanceTimersByTime(4000); // the rep's undo window: 5 s
    expect(events).toHaveLength(1);
    show('lapsed');
    confirmer.check();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([
      'pending #msg-a:r-1111222233334444555',
      'confirm #msg-a:r-1111222233334444555',
    ]);
  });

  it("withdraws it when the rep clicks Gmail's Undo", () => {
    const { window, document, show, confirmer, events, attempt, gmailSends } = sending();
    attempt();
    gmailSends();
    document.querySelector('#link_undo')!.dispatchEvent(userEvent(window, 'click'));
    show('undone');
    confirmer.check();
    vi.advanceTimersByTime(LONGEST_UNDO_MS * 2);
    expect(events).toEqual([
      'pending #msg-a:r-1111222233334444555',
      'withdraw #msg-a:r-1111222233334444555',
    ]);
  });

  it('withdraws it when the draft comes back (Undo by the keyboard), within the grace after the link goes', () => {
    const { compose, parent, show, confirmer, events, attempt, gmailSends } = sending();
    attempt();
    gmailSends();
    show('undone');
    confirmer.check();
    vi.advanceTimersByTime(300);
    parent.appendChild(compose);
    confirmer.composeOpened(compose);
    vi.advanceTimersByTime(LONGEST_UNDO_MS);
    expect(events).toEqual([
      'pending #msg-a:r-1111222233334444555',
      'withdraw #msg-a:r-1111222233334444555',
    ]);
  });

  it('confirms it after the longest undo window if the notice never changes', () => {
    const { events, attempt, gmailSends } = sending();
    attempt();
    gmailSends();
    vi.advanceTimersByTime(LONGEST_UNDO_MS - 1);
    expect(events).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('confirm #msg-a:r-1111222233334444555');
  });

  it('logs nothing for a send Gmail refused: the compose stays, and a later notice of its own is not this send', () => {
    const { document, show, confirmer, events, attempt } = sending();
    attempt();
    const refusal = load('gmail-refusal-2026-07.html').document.getElementById('address-error')!;
    document.body.appendChild(refusal);
    confirmer.check();
    vi.advanceTimersByTime(60_000);
    // The rep discards the draft: Gmail's notice has Undo, but no "View message".
    show('discarded');
    confirmer.check();
    vi.advanceTimersByTime(LONGEST_UNDO_MS * 2);
    expect(events).toEqual([]);
  });

  it('does not take a notice already showing when the rep sent for this send', () => {
    const { show, confirmer, events, attempt, compose } = sending();
    show('sent'); // an earlier send's notice, still up
    attempt();
    compose.remove();
    confirmer.check();
    vi.advanceTimersByTime(11_000);
    confirmer.check();
    expect(events).toEqual([]);
  });

  it('holds and confirms a scheduled send at its scheduled time', () => {
    const { show, confirmer, events, attempt, compose } = sending();
    const at = new Date(2026, 10, 24, 8, 0).getTime();
    attempt({ at, scheduled: true, externalId: 'scheduled-1' });
    compose.remove();
    show('scheduled');
    confirmer.check();
    expect(events).toEqual(['pending scheduled-1']);
    show('lapsed');
    confirmer.check();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['pending scheduled-1', 'confirm scheduled-1']);
  });
});

describe('Schedule send', () => {
  it('takes the time of the suggestion the rep picks, in the year ahead', () => {
    const { window, document } = load('gmail-schedule-2026-01.html');
    const chosen: Array<number | null> = [];
    watchScheduleChoice(
      document,
      (at) => chosen.push(at),
      () => new Date(2026, 10, 23, 17, 0).getTime(),
    );
    const [morning, , monday] = document.querySelectorAll('.ZkmAeb .Az');
    morning.querySelector('.Aj')!.dispatchEvent(userEvent(window, 'click'));
    monday.dispatchEvent(userEvent(window, 'keydown', { key: 'Enter' }));
    expect(chosen).toEqual([
      new Date(2026, 10, 24, 8, 0).getTime(),
      new Date(2026, 10, 30, 8, 0).getTime(),
    ]);
  });

  it('takes the date and time the rep picked in "Pick date & time"', () => {
    const { window, document } = load('gmail-schedule-2026-01.html');
    const chosen: Array<number | null> = [];
    watchScheduleChoice(
      document,
      (at) => chosen.push(at),
      () => new Date(2026, 10, 23).getTime(),
    );
    const [, schedule] = document.querySelectorAll('#picker-dialog button');
    schedule.querySelector('span')!.dispatchEvent(userEvent(window, 'click'));
    expect(chosen).toEqual([new Date(2026, 11, 1, 9, 30).getTime()]);
  });

  it('knows "Schedule send" in the send options from Send, and ignores a page script picking a time', () => {
    const { window, document } = load('gmail-schedule-2026-01.html');
    const compose = findComposes(document)[0].element;
    const calls: string[] = [];
    watchSend(compose, {
      onSend: () => calls.push('send'),
      onSchedule: () => calls.push('schedule'),
    });
    document
      .querySelector('[selector="scheduledSend"] .J-N-Jz')!
      .dispatchEvent(userEvent(window, 'click'));
    expect(calls).toEqual(['schedule']);
    const chosen: Array<number | null> = [];
    watchScheduleChoice(document, (at) => chosen.push(at));
    (document.querySelector('.ZkmAeb .Az') as HTMLElement).click();
    expect(chosen).toEqual([]);
  });
});
