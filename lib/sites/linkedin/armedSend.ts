export interface SentMessage {
  /** The message as it was when the rep sent it. */
  text: string;
  at: number;
  /** LinkedIn's id of the new message when it showed up in the thread, else one made from time and text. */
  externalId: string;
}

export interface WatchOptions {
  /** How long to wait for LinkedIn to confirm a send after the click or Enter (ms). */
  confirmMs?: number;
  now?: () => number;
}

/** A send the rep started and LinkedIn has not yet confirmed: the text as sent and when. */
export interface Armed {
  text: string;
  at: number;
}

/** Arms a watch with what `read` returns; `read` returning null leaves it unarmed. */
export type Arm<P extends Armed> = (read: (now: () => number) => P | null) => void;

export interface ArmedSendSpec<P extends Armed> {
  /** The element the send starts from; its window gets the listeners. */
  el: Element;
  options: WatchOptions;
  /** Where LinkedIn's answer to a send shows up, and which changes there to watch. */
  watch: { root: Node | null | undefined; init: MutationObserverInit };
  /** The send's externalId once LinkedIn has confirmed it, else null. */
  confirm: (pending: P) => string | null;
  /** Whether to check once more when `confirmMs` runs out, before giving up. */
  checkAtTimeout: boolean;
  onSend: (sent: SentMessage) => void;
  /** The page events that start a send, given `arm` to call with the text. */
  listeners: (arm: Arm<P>) => Array<[string, (event: Event) => void]>;
}

/**
 * The machinery both LinkedIn send watches share: a click or key of the
 * rep's own (`event.isTrusted`) arms the watch with the text, and `onSend` runs once when `confirm` sees LinkedIn's
 * answer within `confirmMs` (checked on every change under `watch.root`). The
 * listeners go on the window in the capture phase, the earliest point an
 * event reaches, so the text is read before any LinkedIn handler sends and
 * empties it. Returns a function that stops watching. Never throws.
 */
export function watchArmedSend<P extends Armed>(spec: ArmedSendSpec<P>): () => void {
  const confirmMs = spec.options.confirmMs ?? 4000;
  const now = spec.options.now ?? Date.now;
  const doc = spec.el.ownerDocument;
  const view = doc?.defaultView;
  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;

  let pending: P | null = null;
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
    const externalId = spec.confirm(pending);
    if (externalId === null) return;
    const { text, at } = pending;
    stopPending();
    try {
      spec.onSend({ text, at, externalId });
    } catch {
      // the caller's failure is not ours to surface in the page
    }
  };

  const arm: Arm<P> = (read) => {
    try {
      if (pending) return;
      const armed = read(now);
      if (!armed) return;
      pending = armed;
      const root = spec.watch.root;
      if (Observer && root) {
        observer = new Observer(check);
        observer.observe(root, spec.watch.init);
      }
      timer = setTimeout(
        spec.checkAtTimeout
          ? () => {
              check();
              stopPending();
            }
          : stopPending,
        confirmMs,
      );
    } catch {
      stopPending();
    }
  };

  const target: EventTarget = view ?? doc ?? spec.el;
  // Only the rep's own input arms a send: a page script's `click()`,
  // `requestSubmit()` or dispatched keydown is not one the rep made.
  const onlyTrusted = (listener: (event: Event) => void) => (event: Event) => {
    if (event.isTrusted) listener(event);
  };
  const listeners = spec
    .listeners(arm)
    .map(([type, listener]) => [type, onlyTrusted(listener)] as const);
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
