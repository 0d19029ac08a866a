import { Dexie } from 'dexie';
import type { BadgeWake } from '@/lib/messages';

/**
 * Why extension pages poke the background after touch-log changes.
 *
 * The background keeps the badge live with a Dexie `liveQuery`, and Dexie 4
 * carries changes between the extension's pages and its service worker over a
 * BroadcastChannel. But a BroadcastChannel message does not wake a sleeping
 * service worker (Chrome stops it after ~30 s idle), so a touch logged from
 * the popup or the sidebar while it sleeps would leave the badge stale. A
 * runtime message does wake it, and a woken worker recounts from scratch.
 */
/** Minimum gap between two pokes; a bulk import commits many transactions. */
const THROTTLE_MS = 500;

/**
 * Call once in every extension page that writes to the touch log (popup,
 * options, sidebar). Pokes the background on the first change at once (the
 * popup may close right after "Done") and once more after a burst. Returns a
 * function that stops it.
 */
export function wakeBackgroundOnDbChanges(
  send: (msg: BadgeWake) => Promise<unknown> = (msg) => browser.runtime.sendMessage(msg),
): () => void {
  let last = 0;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const poke = () => {
    last = Date.now();
    // No receiver (background mid-restart) is harmless: it recounts on start.
    send({ type: 'badge.wake' }).catch(() => {});
  };
  const onChange = () => {
    const wait = last + THROTTLE_MS - Date.now();
    if (wait <= 0) poke();
    else if (!trailing) {
      trailing = setTimeout(() => {
        trailing = undefined;
        poke();
      }, wait);
    }
  };
  Dexie.on.storagemutated.subscribe(onChange);
  return () => {
    Dexie.on.storagemutated.unsubscribe(onChange);
    if (trailing) clearTimeout(trailing);
  };
}
