import { buildTextMap } from '@/lib/sites/shared/textMap';
import { closestAny, matchesAny, queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { eventPath } from './eventPath';
import { textHash } from './textHash';
import { watchArmedSend, type Armed, type SentMessage, type WatchOptions } from './armedSend';
import {
  MESSAGE_ENTER_HINT,
  MESSAGE_EVENT,
  MESSAGE_FORM,
  MESSAGE_SEND_BUTTON,
  MESSAGE_THREAD,
} from './selectors';

export type { SentMessage, WatchOptions } from './armedSend';

/**
 * Calls `onSend` once per message the rep sends from this composer, whether
 * by the send button or by Enter when LinkedIn's "Press Enter to Send" is on
 * (the 2025-04 page has no send button then, only the hint). A click or key
 * only arms the watch: the send counts when LinkedIn empties the composer
 * within `confirmMs`, so an Enter that made a new line, a disabled button or
 * a send LinkedIn refused logs nothing, and the button's click plus the
 * form's submit of one send count once. Returns a function that stops
 * watching. Never throws.
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
    options,
    watch: { root: thread, init: { childList: true, subtree: true, characterData: true } },
    confirm: ({ text, at, known }) => {
      const detached = !composer.isConnected;
      const fresh = messageUrns(thread).find((urn) => !known.has(urn));
      // Emptied composer = sent. A composer LinkedIn replaced counts only with the new message as proof.
      if (detached ? !fresh : currentText(composer).trim() !== '') return null;
      return fresh ?? `linkedin:${at}:${textHash(text)}`;
    },
    checkAtTimeout: false,
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
      const onSubmit = (event: Event) => {
        if (eventPath(event).includes(form)) armWithText();
      };
      const onKeyDown = (event: Event) => {
        const key = event as KeyboardEvent;
        if (key.key !== 'Enter' || key.shiftKey || key.altKey || key.isComposing) return;
        if (!eventPath(event).includes(composer)) return;
        if (key.ctrlKey || key.metaKey || enterSends(form)) armWithText();
      };
      return [
        ['click', onClick],
        ['submit', onSubmit],
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

function messageUrns(root: ParentNode): string[] {
  return queryUnion(root, MESSAGE_EVENT)
    .map((el) => el.getAttribute('data-event-urn') ?? '')
    .filter((urn) => urn !== '')
    .map((urn) => urn.slice(0, 200));
}
