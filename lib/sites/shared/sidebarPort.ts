/**
 * The content script's end of its private channel to the sidebar iframe.
 *
 * Why the page cannot get in. Gmail's and LinkedIn's own scripts, ads, other
 * extensions' main-world scripts and any XSS share the window (and origin)
 * this content script lives in, so nothing travels through that window:
 *
 * - The sidebar's URL carries a fresh 128-bit secret in its fragment. The
 *   iframe sits in a closed shadow root, so no page script can read its `src`
 *   (the page's own prototype patches do not reach the content script's
 *   isolated world), a cross-origin frame's `location` is unreadable, and a
 *   fragment is never sent in a request or listed by resource timing.
 * - After each load of the iframe, the content script posts one message
 *   straight to the iframe's window (not its own), addressed to the
 *   extension's origin only, carrying the secret and one end of a new
 *   `MessageChannel`. A page script cannot hear a message posted to another
 *   window, and if the page navigated the frame elsewhere, the message is not
 *   delivered at all (its origin no longer matches).
 * - The sidebar takes the first port that comes with its own secret and then
 *   listens to nothing else: window messages, whoever sends them, are never
 *   commands. A page that posts to the frame (it can reach it through
 *   `window.frames`) does not know the secret. A page that frames the
 *   sidebar itself has no secret to give it, so that copy shows no data and
 *   offers no action (see `components/sidebar/channel.ts`).
 * - Everything after that travels over the port, which only this content
 *   script and that sidebar hold. The sidebar never posts to `window.parent`,
 *   so the page does not even learn the extension's origin from it.
 */

/** Bytes of randomness in a sidebar's secret (hex-encoded in its URL fragment). */
const SECRET_BYTES = 16;

/** The message that hands the sidebar its port; `components/sidebar/channel.ts` reads it. */
export const CONNECT_TYPE = 'wiifm:connect';

/** A fresh secret for one sidebar iframe. */
export function newSecret(): string {
  const bytes = new Uint8Array(SECRET_BYTES);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PagePort {
  /** Sends on the current port; false when there is none yet (the frame is loading). */
  send(message: unknown): boolean;
  /** Closes the current port and stops following the frame. */
  close(): void;
}

/**
 * Hands `iframe` a new port after each of its loads (the first, and any
 * reload), addressed to `origin` with `secret`; `onMessage` gets what the
 * sidebar sends on it, unparsed, and `onConnect` is told a new port is up.
 */
export function connectSidebarPort(
  iframe: HTMLIFrameElement,
  origin: string,
  secret: string,
  onMessage: (data: unknown) => void,
  onConnect: () => void,
): PagePort {
  let port: MessagePort | null = null;
  const handOver = () => {
    port?.close();
    port = null;
    const target = iframe.contentWindow;
    if (!target) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent) => onMessage(event.data);
    port = channel.port1;
    target.postMessage({ type: CONNECT_TYPE, secret }, origin, [channel.port2]);
    onConnect();
  };
  iframe.addEventListener('load', handOver);
  return {
    send(message) {
      if (!port) return false;
      port.postMessage(message);
      return true;
    },
    close() {
      iframe.removeEventListener('load', handOver);
      port?.close();
      port = null;
    },
  };
}
