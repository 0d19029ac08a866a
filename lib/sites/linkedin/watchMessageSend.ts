import { buildTextMap } from '@/lib/sites/shared/textMap';
import { closestAny, matchesAny, queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { eventPath } from './eventPath';
import { watchArmedSend, type Armed, type SentMessage, type WatchOptions } from './armedSend';
import {
  MESSAGE_ENTER_HINT,
  MESSAGE_EVENT,
  MESSAGE_FORM,
  MESSAGE_FROM_OTHER,
  MESSAGE_SEND_BUTTON,
  MESSAGE_SENT_MARK,
  MESSAGE_THREAD,
} from './selectors';

/** LinkedIn shows a message as sent within a second or two; a send that takes longer is treated as failed. */
const CONFIRM_MS = 15_000;

export type { SentMessage, WatchOptions } from './armedSend';

/**
 * Calls `onSend` once per message the rep sends from this composer, whether
 * by the send button or by Enter when LinkedIn's "Press Enter to Send" is on
 * (the 2025-04 page has no send button then, only the hint). A click or key
 * only arms the watch: the send counts when the message appears in the
 * conversation as sent (a new message of the rep's with LinkedIn's sent
 * mark) within `confirmMs`, and takes that message's id. LinkedIn empties
 * the box at once, before the message went: a send that fails, an Enter
 * that made a new line, or a disabled button logs nothing. Returns a
 * function that stops watching. Never throws.
 */
export function watchMessageSend(
  composer: HTMLElement,
  onSend: (sent: SentMessage) => void,
  options: WatchOptions = {},
): () => void {
  const form = closestAny(composer, MESSAGE_FORM) ?? composer.parentElement ?? composer;
  const thread = closestAny(composer, MESSAGE_THREAD) ?? form;

  return watchArmedSend<Armed & { known: Set<string> }>({
    el: composer,
    options: { confirmMs: CONFIRM_MS, ...options },
    // The sent mark arrives as a class on an element already there.
    watch: {
      root: thread,
      init: { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] },
    },
    confirm: ({ known }) => sentMessageUrn(thread, known),
    checkAtTimeout: true,
    onSend,
    listeners: (arm) => {
      const armWithText = () =>
        arm((now) => {
          const text = currentText(composer);
          if (text.trim() === '') return null;
          return { text, at: now(), known: new Set(messageUrns(thread)) };
        });
      const onClick = (event: Event) => {
        const button = eventPath(event).find(
          (el) => matchesAny(el, MESSAGE_SEND_BUTTON) && form.contains(el),
        );
        if (button && !(button as HTMLButtonElement).disabled) armWithText();
      };
      const onKeyDown = (event: Event) => {
        const key = event as KeyboardEvent;
        if (key.key !== 'Enter' || key.shiftKey || key.altKey || key.isComposing) return;
        if (!eventPath(event).includes(composer)) return;
        if (key.ctrlKey || key.metaKey || enterSends(form)) armWithText();
      };
      return [
        // Not 'submit': the browser fires a trusted submit even for a page
        // script's click() on the button; the rep's click or key is seen first.
        ['click', onClick],
        ['keydown', onKeyDown],
      ];
    },
  });
}

/** "Press Enter to Send" is on when the hint shows or no send button is rendered (2025-04). */
function enterSends(form: Element): boolean {
  return !!queryFirst(form, MESSAGE_ENTER_HINT) || !queryFirst(form, MESSAGE_SEND_BUTTON);
}

function currentText(composer: HTMLElement): string {
  if (composer.tagName === 'TEXTAREA') return (composer as HTMLTextAreaElement).value ?? '';
  return buildTextMap(composer).text;
}

/** The id of a message of the rep's that is new since the send and marked sent, or null. */
function sentMessageUrn(thread: ParentNode, known: Set<string>): string | null {
  for (const el of queryUnion(thread, MESSAGE_EVENT)) {
    const urn = (el.getAttribute('data-event-urn') ?? '').slice(0, 200);
    if (!urn || known.has(urn) || matchesAny(el, MESSAGE_FROM_OTHER)) continue;
    if (queryFirst(el, MESSAGE_SENT_MARK)) return urn;
  }
  return null;
}

function messageUrns(root: ParentNode): string[] {
  return queryUnion(root, MESSAGE_EVENT)
    .map((el) => el.getAttribute('data-event-urn') ?? '')
    .filter((urn) => urn !== '')
    .map((urn) => urn.slice(0, 200));
}
