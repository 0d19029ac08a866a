import {
  FromSidebarSchema,
  ToSidebarSchema,
  type FromSidebar,
  type ToSidebar,
} from '@/lib/sidebar-protocol';

/**
 * The sidebar's end of its private channel to the content script that
 * framed it (the other end, and why the page cannot reach it, is in
 * lib/sites/shared/sidebarPort.ts). In short: the sidebar takes one
 * `MessagePort`, handed over once with the secret in its own URL, and only
 * after the background confirms it minted that secret for this tab. It never
 * posts to `window.parent` and takes no command from window messages. Until
 * the secret is confirmed it shows no data, so a page that frames
 * `sidebar.html` itself (with a secret of its own making) gets an empty
 * panel: nothing to read, nothing to trick the rep into clicking.
 */

export type Site = 'gmail' | 'linkedin';

/**
 * Where the sidebar stands: opened as a tab of its own (no page to coach),
 * waiting for its port and the background's word, connected, or refused (a
 * frame the extension did not make).
 */
export type Connection = 'top-level' | 'checking' | 'connected' | 'refused';

/** `?site=gmail|linkedin` from the iframe's URL; null when absent or unknown. */
export function siteFromSearch(search: string): Site | null {
  const site = new URLSearchParams(search).get('site');
  return site === 'gmail' || site === 'linkedin' ? site : null;
}

/** The 32-hex-digit secret in the frame's URL fragment, or null. */
export function secretFromHash(hash: string): string | null {
  const secret = hash.replace(/^#/, '');
  return /^[0-9a-f]{32}$/.test(secret) ? secret : null;
}

/** The port a window message hands over, when it is the connect message with `secret`. */
export function acceptConnect(
  data: unknown,
  ports: readonly MessagePort[],
  secret: string,
): MessagePort | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, secret: given } = data as { type?: unknown; secret?: unknown };
  if (type !== 'wiifm:connect' || given !== secret || ports.length !== 1) return null;
  return ports[0];
}

/** A message from the content script as the protocol allows it, or null. */
export function incoming(data: unknown): ToSidebar | null {
  const parsed = ToSidebarSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The message as the protocol allows it, or null when it does not fit. */
export function outgoing(message: FromSidebar): FromSidebar | null {
  const parsed = FromSidebarSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

export interface PageChannel {
  status(): Connection;
  /** Sends to the content script; dropped unless connected. */
  post(message: FromSidebar): void;
  /**
   * Hears the content script's messages and status changes; messages that
   * came before, and the status as it is now, are delivered at once. One
   * listener at a time. Returns an unsubscribe.
   */
  subscribe(onMessage: (m: ToSidebar) => void, onStatus: (c: Connection) => void): () => void;
}

/**
 * Starts listening at once (call it before React renders: the port may
 * arrive before any effect runs). `claim` asks the background whether the
 * secret is one it minted for this tab.
 */
export function openPageChannel(
  win: Window,
  claim: (secret: string) => Promise<boolean>,
): PageChannel {
  let status: Connection;
  let port: MessagePort | null = null;
  let claimed = false;
  const held: ToSidebar[] = [];
  let onMessage: ((m: ToSidebar) => void) | null = null;
  let onStatus: ((c: Connection) => void) | null = null;

  const setStatus = (next: Connection) => {
    if (status === next) return;
    status = next;
    onStatus?.(next);
  };
  const refuse = () => {
    port?.close();
    port = null;
    setStatus('refused');
  };
  const startIfReady = () => {
    if (!port || !claimed || status === 'connected') return;
    port.onmessage = (event: MessageEvent) => {
      const message = incoming(event.data);
      if (!message) return;
      if (onMessage) onMessage(message);
      else if (held.length < 50) held.push(message);
    };
    setStatus('connected');
  };

  const secret = secretFromHash(win.location.hash);
  if (win.parent === win) status = 'top-level';
  else if (!secret) status = 'refused';
  else {
    status = 'checking';
    const onWindowMessage = (event: MessageEvent) => {
      const handed = acceptConnect(event.data, event.ports, secret);
      if (!handed) return; // the page, or anything else: never a command
      win.removeEventListener('message', onWindowMessage);
      port = handed;
      if (status === 'refused') refuse();
      else startIfReady();
    };
    win.addEventListener('message', onWindowMessage);
    claim(secret).then(
      (ok) => {
        if (!ok) {
          win.removeEventListener('message', onWindowMessage);
          refuse();
          return;
        }
        claimed = true;
        startIfReady();
      },
      () => {
        win.removeEventListener('message', onWindowMessage);
        refuse();
      },
    );
  }

  return {
    status: () => status,
    post(message) {
      if (status !== 'connected' || !port) return;
      const valid = outgoing(message);
      if (!valid) {
        console.warn('[wiifm sidebar] not sent, does not fit the protocol:', message.type);
        return;
      }
      port.postMessage(valid);
    },
    subscribe(messageCb, statusCb) {
      onMessage = messageCb;
      onStatus = statusCb;
      statusCb(status);
      for (const m of held.splice(0)) messageCb(m);
      return () => {
        onMessage = null;
        onStatus = null;
      };
    },
  };
}
