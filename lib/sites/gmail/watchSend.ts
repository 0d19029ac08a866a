import { closestAny } from '@/lib/sites/shared/query';
import { SEND_BUTTON } from './selectors';

/**
 * A click (or Enter/Space, or a double fire of Gmail's own handlers) and the
 * Ctrl/Cmd+Enter shortcut can both arrive for one send; triggers this close
 * together count once.
 */
const SAME_SEND_MS = 1500;

/**
 * Calls `onSend` when the rep sends this compose: a click on Send, Enter or
 * Space on the focused Send button, or Ctrl/Cmd+Enter anywhere inside the
 * compose. Listens in the capture phase, so the draft is still there to read
 * when `onSend` runs, before Gmail's own handlers. Returns an unsubscribe.
 */
export function watchSend(compose: Element, onSend: () => void): () => void {
  let lastFired = -Infinity;
  const fire = () => {
    const now = Date.now();
    if (now - lastFired < SAME_SEND_MS) return;
    lastFired = now;
    try {
      onSend();
    } catch {
      // The caller's failure must not break Gmail's send.
    }
  };
  const onSendButton = (target: EventTarget | null) => {
    if (!target || typeof (target as Element).closest !== 'function') return false;
    const button = closestAny(target as Element, SEND_BUTTON);
    return !!button && compose.contains(button);
  };
  const onClick = (event: Event) => {
    if (onSendButton(event.target)) fire();
  };
  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.repeat || key.isComposing) return;
    const shortcut = key.key === 'Enter' && (key.ctrlKey || key.metaKey);
    const pressOnButton = (key.key === 'Enter' || key.key === ' ') && onSendButton(key.target);
    if (shortcut || pressOnButton) fire();
  };
  compose.addEventListener('click', onClick, true);
  compose.addEventListener('keydown', onKeyDown, true);
  return () => {
    compose.removeEventListener('click', onClick, true);
    compose.removeEventListener('keydown', onKeyDown, true);
  };
}
