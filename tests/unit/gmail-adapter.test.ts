import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  accountEmail,
  draftId,
  findComposes,
  parseGmailDate,
  readDraft,
  readRecipients,
  readThread,
  watchSend,
} from '@/lib/sites/gmail';
import { queryFirst } from '@/lib/sites/shared/query';
import { SEND_BUTTON } from '@/lib/sites/gmail/selectors';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const page = (html: string) => parseHTML(html).document as unknown as Document;

describe('finding composes', () => {
  it('finds the new-message dialog once, though Gmail nests three compose markers in it', () => {
    const doc = page(fixture('gmail-compose-2026-03.html'));
    const composes = findComposes(doc);
    expect(composes).toHaveLength(1);
    expect(composes[0].element.getAttribute('role')).toBe('dialog');
    expect(composes[0].inline).toBe(false);
  });

  it('finds an inline reply inside an open thread and knows it is inline', () => {
    const doc = page(fixture('gmail-thread-2025-04.html'));
    const composes = findComposes(doc);
    expect(composes).toHaveLength(1);
    expect(composes[0].inline).toBe(true);
  });

  it('finds two composes open at once, with different ids that stay the same on the next look', () => {
    const one = fixture('gmail-compose-2026-03.html').match(
      /<div class="nH Hd" role="dialog"[\s\S]*?<div id="toast"/,
    )![0];
    const dialog = one.replace(/<div id="toast"$/, '');
    const doc = page(`<html><body><div class="dw">${dialog}${dialog}</div></body></html>`);
    const first = findComposes(doc);
    expect(first).toHaveLength(2);
    expect(first[0].composeId).not.toBe(first[1].composeId);
    expect(findComposes(doc).map((c) => c.composeId)).toEqual(first.map((c) => c.composeId));
  });

  it('does not take an ordinary Gmail dialog (settings, shortcuts) for a compose', () => {
    const doc = page(
      '<html><body><div role="dialog"><p>Keyboard shortcuts</p></div></body></html>',
    );
    expect(findComposes(doc)).toEqual([]);
  });

  it('still finds a compose whose body it cannot recognise, so the rep hears why', () => {
    const doc = page(fixture('gmail-broken-2026.html'));
    const [compose] = findComposes(doc);
    expect(compose).toBeDefined();
    expect(readDraft(compose.element)).toEqual({ error: 'the message body' });
  });
});

describe('reading a draft', () => {
  it('reads subject, body lines and the recipient, and leaves the signature out', () => {
    const doc = page(fixture('gmail-compose-2026-03.html'));
    const draft = readDraft(findComposes(doc)[0].element);
    if ('error' in draft) throw new Error(draft.error);
    expect(draft.subject).toBe('Cut month-end close to two days');
    expect(draft.text).toBe(
      'Hi Dana,\n\nAcme is hiring three AP clerks, so month-end close must be hurting. ' +
        'Teams like yours cut it from six days to two with Ledgerly.\n\n' +
        'Worth a 15-minute call on Thursday?\n\nRiley',
    );
    expect(draft.text).not.toContain('leading innovative');
    expect(draft.text).not.toContain('--');
    expect(draft.recipients).toEqual(['dana.buyer@acme.example']);
  });

  it('leaves the quoted trail of a reply out and takes the reply subject', () => {
    const doc = page(fixture('gmail-thread-2025-04.html'));
    const draft = readDraft(findComposes(doc)[0].element);
    if ('error' in draft) throw new Error(draft.error);
    expect(draft.subject).toBe('Re: Q3 renewal for Acme');
    expect(draft.text).toBe(
      'Dana, 40 seats on the annual plan come to $18,000, which saves your team $4,000 against ' +
        'monthly billing.\n\nShall I send the order form today so you keep the May price?',
    );
    expect(draft.text).not.toContain('wrote:');
    expect(draft.recipients).toEqual(['dana.buyer@acme.example']);
  });

  it("gives an inline reply without a subject box the thread's subject", () => {
    const html = fixture('gmail-thread-2025-04.html').replace(/<input name="subjectbox"[^>]*>/, '');
    const draft = readDraft(findComposes(page(html))[0].element);
    expect('error' in draft ? draft.error : draft.subject).toBe('Q3 renewal for Acme');
  });

  it('counts an address typed but not yet a chip, and the summary shown when unfocused', () => {
    const doc = page(`<html><body><div class="M9">
      <div class="aoD hl"><span email="Ops@Acme.example">Ops</span></div>
      <div name="cc"><input role="combobox" value="cfo@acme.example, not-an-address"></div>
      <div name="to"><div role="option" data-hovercard-id="ops@acme.example"></div></div>
    </div></body></html>`);
    expect(readRecipients(doc.querySelector('.M9')!)).toEqual([
      'ops@acme.example',
      'cfo@acme.example',
    ]);
  });

  it('ignores the suggestion chips Gmail shows beside the recipient fields', () => {
    const doc = page(`<html><body><div class="M9"><table class="GS"><tr>
      <td><div name="to"><div role="option" data-hovercard-id="dana@acme.example"></div></div></td>
      <td class="bzg"><div role="listbox" aria-label="Possible addition suggestions">
        <div role="option" data-hovercard-id="someone-else@acme.example"></div></div></td>
    </tr></table></div></body></html>`);
    expect(readRecipients(doc.querySelector('.M9')!)).toEqual(['dana@acme.example']);
  });

  it("knows the compose's draft id, which names the send in the log", () => {
    const doc = page(fixture('gmail-compose-2026-03.html'));
    expect(draftId(findComposes(doc)[0].element)).toBe('#msg-a:r-1111222233334444555');
    expect(draftId(page('<html><body><div class="M9"></div></body></html>').body)).toBeNull();
  });
});

describe('reading the open thread', () => {
  it('lists both messages with sender, name and date, skipping the empty "Summarize" id', () => {
    const thread = readThread(page(fixture('gmail-thread-2025-04.html')));
    expect(thread.subject).toBe('Q3 renewal for Acme');
    expect(thread.messages).toEqual([
      {
        id: '#msg-f:1828900000000000001',
        from: 'dana.buyer@acme.example',
        fromName: 'Dana Buyer',
        to: ['riley@ledgerly.example'],
        at: new Date(2025, 3, 9, 3, 2).getTime(),
      },
      {
        id: '#msg-a:r-3813000000000000001',
        from: 'riley@ledgerly.example',
        fromName: 'Riley Rep',
        to: ['dana.buyer@acme.example'],
        at: new Date(2025, 3, 9, 8, 1).getTime(),
      },
    ]);
  });

  it('reads no thread on a page without one', () => {
    expect(readThread(page(fixture('gmail-compose-2026-03.html')))).toEqual({
      subject: '',
      messages: [],
    });
  });

  it("reads Gmail's dates, including newer Chrome's narrow space before AM, and skips others", () => {
    expect(parseGmailDate('Apr 9, 2025, 3:02\u202fAM')).toBe(new Date(2025, 3, 9, 3, 2).getTime());
    expect(parseGmailDate('9 avr. 2025, 03:02')).toBeUndefined();
    expect(parseGmailDate(null)).toBeUndefined();
  });
});

describe("the signed-in account's address", () => {
  it('comes from the account button', () => {
    expect(accountEmail(page(fixture('gmail-thread-2025-04.html')))).toBe('riley@ledgerly.example');
  });

  it('falls back to the last address in the title (a subject may hold another one)', () => {
    const doc = page(
      '<html><head><title>Call with x@acme.example - Me@Ledgerly.example - Gmail</title></head><body></body></html>',
    );
    expect(accountEmail(doc)).toBe('me@ledgerly.example');
  });

  it('is null when the page shows none', () => {
    expect(accountEmail(page('<html><head><title>Gmail</title></head><body></body></html>'))).toBe(
      null,
    );
  });
});

/**
 * An event as the rep's own input makes it: the browser sets `isTrusted`,
 * which a page script's `click()` or `dispatchEvent` never has (linkedom
 * leaves it unset, so the test sets it).
 */
function userEvent(
  window: { Event: typeof Event },
  type: string,
  init: Partial<KeyboardEvent> = {},
): Event {
  const event = new window.Event(type, { bubbles: true });
  for (const [key, value] of Object.entries({ ...init, isTrusted: true })) {
    Object.defineProperty(event, key, { value });
  }
  return event;
}

/** The compose fixture with a send watcher on it, and a way to press keys in it. */
function watchedCompose() {
  const { document, window } = parseHTML(fixture('gmail-compose-2026-03.html'));
  const compose = findComposes(document as unknown as Document)[0].element;
  const onSend = vi.fn();
  const stop = watchSend(compose, onSend);
  const win = window as unknown as { Event: typeof Event };
  const key = (target: Element, init: Partial<KeyboardEvent>) =>
    target.dispatchEvent(userEvent(win, 'keydown', init));
  const click = (target: Element) => target.dispatchEvent(userEvent(win, 'click'));
  return { document, window, compose, onSend, stop, key, click };
}

describe('watching for a send', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once when the rep clicks Send, and not for "More send options"', () => {
    vi.useFakeTimers();
    const { compose, onSend, click } = watchedCompose();
    const send = queryFirst(compose, SEND_BUTTON)!;
    expect(send.textContent).toBe('Send');
    click(compose.querySelector('[aria-label="More send options"]')!);
    expect(onSend).not.toHaveBeenCalled();
    click(send);
    click(send); // Gmail's double fire
    expect(onSend).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    click(send);
    expect(onSend).toHaveBeenCalledTimes(2);
  });

  it('fires on Ctrl+Enter or Cmd+Enter in the body, not on a plain Enter', () => {
    vi.useFakeTimers();
    const { compose, onSend, key } = watchedCompose();
    const body = compose.querySelector('[g_editable="true"]')!;
    key(body, { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    key(body, { key: 'Enter', ctrlKey: true });
    expect(onSend).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    key(body, { key: 'Enter', metaKey: true });
    expect(onSend).toHaveBeenCalledTimes(2);
  });

  it("ignores a page script's click() on Send and its dispatched Ctrl+Enter: not the rep's input", () => {
    const { window, compose, onSend } = watchedCompose();
    (queryFirst(compose, SEND_BUTTON) as HTMLElement).click();
    const forged = new window.Event('keydown', { bubbles: true });
    Object.assign(forged, { key: 'Enter', ctrlKey: true });
    compose.querySelector('[g_editable="true"]')!.dispatchEvent(forged);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('stops listening when unsubscribed', () => {
    const { compose, onSend, stop, click } = watchedCompose();
    stop();
    click(queryFirst(compose, SEND_BUTTON)!);
    expect(onSend).not.toHaveBeenCalled();
  });
});
