import { closestAny, matchesAny } from '@/lib/sites/shared/query';
import { watchArmedSend, type SentMessage, type WatchOptions } from './armedSend';
import { eventPath } from './eventPath';
import { textHash } from './textHash';
import { INVITE_MODAL, INVITE_SEND_BUTTON } from './selectors';

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
  const container = closestAny(note, INVITE_MODAL) ?? note.parentElement ?? note;
  return watchArmedSend({
    el: note,
    options,
    watch: { root: note.ownerDocument, init: { childList: true, subtree: true } },
    confirm: ({ text, at }) =>
      note.isConnected ? null : `linkedin-invite:${at}:${textHash(text)}`,
    checkAtTimeout: true,
    onSend,
    listeners: (arm) => [
      [
        'click',
        (event) =>
          arm((now) => {
            const button = eventPath(event).find(
              (el) => matchesAny(el, INVITE_SEND_BUTTON) && container.contains(el),
            );
            if (!button || (button as HTMLButtonElement).disabled) return null;
            const text = note.value ?? '';
            if (text.trim() === '') return null;
            return { text, at: now() };
          }),
      ],
    ],
  });
}
