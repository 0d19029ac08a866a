import { closestAny, matchesAny } from '@/lib/sites/shared/query';
import { eventPath } from './eventPath';
import { textHash } from './textHash';
import { INVITE_MODAL, INVITE_SEND_BUTTON } from './selectors';
import type { SentMessage, WatchOptions } from './watchMessageSend';

/**
 * Calls `onSend` once when the rep sends an invitation with this note: a
 * click on "Send invitation" (or "Send now") arms the watch, and the send
 * counts when LinkedIn closes the modal (the note leaves the page) within
 * `confirmMs`. A modal that stays open (weekly invitation limit, an error)
 * logs nothing. Returns a function that stops watching. Never throws.
 */
export function watchInvitationSend(
  note: HTMLTextAreaElement,
  onSend: (sent: SentMessage) => void,
  options: WatchOptions = {},
): () => void {
  const confirmMs = options.confirmMs ?? 4000;
  const now = options.now ?? Date.now;
  const doc = note.ownerDocument;
  const container = closestAny(note, INVITE_MODAL) ?? note.parentElement ?? note;
  const Observer = doc?.defaultView?.MutationObserver ?? globalThis.MutationObserver;

  let pending: { text: string; at: number } | null = null;
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
    if (!pending || note.isConnected) return;
    const { text, at } = pending;
    stopPending();
    try {
      onSend({ text, at, externalId: `linkedin-invite:${at}:${textHash(text)}` });
    } catch {
      // the caller's failure stays out of the page
    }
  };

  const onClick = (event: Event) => {
    try {
      if (pending) return;
      const button = eventPath(event).find(
        (el) => matchesAny(el, INVITE_SEND_BUTTON) && container.contains(el),
      );
      if (!button || (button as HTMLButtonElement).disabled) return;
      const text = note.value ?? '';
      if (text.trim() === '') return;
      pending = { text, at: now() };
      if (Observer && doc) {
        observer = new Observer(check);
        observer.observe(doc, { childList: true, subtree: true });
      }
      timer = setTimeout(() => {
        check();
        stopPending();
      }, confirmMs);
    } catch {
      stopPending();
    }
  };

  // Window, capture phase: the note is read before LinkedIn's handler closes the modal.
  const target: EventTarget = doc?.defaultView ?? doc ?? note;
  try {
    target.addEventListener('click', onClick, true);
  } catch {
    return () => {};
  }
  return () => {
    stopPending();
    target.removeEventListener('click', onClick, true);
  };
}
