import { buildTextMap } from '@/lib/sites/shared/textMap';
import { closestAny, matchesAny, queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { eventPath } from './eventPath';
import { textHash } from './textHash';
import {
  MESSAGE_ENTER_HINT,
  MESSAGE_EVENT,
  MESSAGE_FORM,
  MESSAGE_SEND_BUTTON,
  MESSAGE_THREAD,
} from './selectors';

export interface SentMessage {
  /** The message as it was when the rep sent it. */
  text: string;
  at: number;
  /** LinkedIn's id of the new message when it showed up in the thread, else one made from time and text. */
  externalId: string;
}

export interface WatchOptions {
  /** How long to wait for LinkedIn to empty the composer after a send click or Enter (ms). */
  confirmMs?: number;
  now?: () => number;
}

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
  const confirmMs = options.confirmMs ?? 4000;
  const now = options.now ?? Date.now;
  const form = closestAny(composer, MESSAGE_FORM) ?? composer.parentElement ?? composer;
  const thread = closestAny(composer, MESSAGE_THREAD) ?? form;
  const view = composer.ownerDocument?.defaultView;
  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;

  let pending: { text: string; at: number; known: Set<string> } | null = null;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopPending = () => {
    pending = null;
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const check = () => {
    if (!pending) return;
    const detached = !composer.isConnected;
    const fresh = messageUrns(thread).find((urn) => !pending?.known.has(urn));
    // Emptied composer = sent. A composer LinkedIn replaced counts only with the new message as proof.
    if (detached ? !fresh : currentText(composer).trim() !== '') return;
    const { text, at } = pending;
    stopPending();
    try {
      onSend({ text, at, externalId: fresh ?? `linkedin:${at}:${textHash(text)}` });
    } catch {
      // the caller's failure is not ours to surface in the page
    }
  };

  const arm = () => {
    try {
      if (pending) return;
      const text = currentText(composer);
      if (text.trim() === '') return;
      pending = { text, at: now(), known: new Set(messageUrns(thread)) };
      if (Observer) {
        observer = new Observer(check);
        observer.observe(thread, { childList: true, subtree: true, characterData: true });
      }
      timer = setTimeout(stopPending, confirmMs);
    } catch {
      stopPending();
    }
  };

  const onClick = (event: Event) => {
    const button = eventPath(event).find(
      (el) => matchesAny(el, MESSAGE_SEND_BUTTON) && form.contains(el),
    );
    if (button && !(button as HTMLButtonElement).disabled) arm();
  };
  const onSubmit = (event: Event) => {
    if (eventPath(event).includes(form)) arm();
  };
  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || key.shiftKey || key.altKey || key.isComposing) return;
    if (!eventPath(event).includes(composer)) return;
    if (key.ctrlKey || key.metaKey || enterSends(form)) arm();
  };

  // On the window, in the capture phase: the earliest point an event reaches,
  // so the text is read before any LinkedIn handler sends and empties it.
  const target: EventTarget = view ?? composer.ownerDocument ?? composer;
  const listeners: Array<[string, (event: Event) => void]> = [
    ['click', onClick],
    ['submit', onSubmit],
    ['keydown', onKeyDown],
  ];
  try {
    for (const [type, listener] of listeners) target.addEventListener(type, listener, true);
  } catch {
    return () => {};
  }
  return () => {
    stopPending();
    for (const [type, listener] of listeners) target.removeEventListener(type, listener, true);
  };
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
