import { closestAny } from '@/lib/sites/shared/query';
import { SCHEDULE_SEND_ITEM, SEND_BUTTON } from './selectors';

/**
 * A click (or Enter/Space, or a double fire of Gmail's own handlers) and the
 * Ctrl/Cmd+Enter shortcut can both arrive for one send; triggers this close
 * together count once.
 */
const SAME_SEND_MS = 1500;

export interface SendHandlers {
  /** The rep pressed Send. */
  onSend: () => void;
  /** The rep picked "Schedule send" in the send options; the time comes from `watchScheduleChoice`. */
  onSchedule?: () => void;
}

/**
 * Calls `onSend` when the rep sends this compose: a click on Send, Enter or
 * Space on the focused Send button, or Ctrl/Cmd+Enter anywhere inside the
 * compose; and `onSchedule` when the rep picks "Schedule send". Only the
 * rep's own input counts (`event.isTrusted`): a page script's `click()` or
 * a dispatched keydown is not a send the rep made. Listens in the capture
 * phase, so the draft is still there to read before Gmail's own handlers.
 * Returns an unsubscribe.
 */
export function watchSend(compose: Element, handlers: SendHandlers | (() => void)): () => void {
  const { onSend, onSchedule } =
    typeof handlers === 'function' ? { onSend: handlers, onSchedule: undefined } : handlers;
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
  const within = (target: EventTarget | null, selectors: readonly string[]) => {
    if (!target || typeof (target as Element).closest !== 'function') return false;
    const el = closestAny(target as Element, selectors);
    return !!el && compose.contains(el);
  };
  const schedule = () => {
    try {
      onSchedule?.();
    } catch {
      // as above
    }
  };
  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    if (within(event.target, SEND_BUTTON)) fire();
    else if (within(event.target, SCHEDULE_SEND_ITEM)) schedule();
  };
  const onKeyDown = (event: Event) => {
    if (!event.isTrusted) return;
    const key = event as KeyboardEvent;
    if (key.repeat || key.isComposing) return;
    const press = key.key === 'Enter' || key.key === ' ';
    const shortcut = key.key === 'Enter' && (key.ctrlKey || key.metaKey);
    if (shortcut || (press && within(key.target, SEND_BUTTON))) fire();
    else if (press && within(key.target, SCHEDULE_SEND_ITEM)) schedule();
  };
  compose.addEventListener('click', onClick, true);
  compose.addEventListener('keydown', onKeyDown, true);
  return () => {
    compose.removeEventListener('click', onClick, true);
    compose.removeEventListener('keydown', onKeyDown, true);
  };
}
