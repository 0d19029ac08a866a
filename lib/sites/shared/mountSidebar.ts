import { browser } from 'wxt/browser';
import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import { parseFromSidebar } from './fromSidebar';
import { placeSidebar } from './placement';
import { connectSidebarPort, newSecret, type PagePort } from './sidebarPort';

/**
 * The sidebar in the page: an iframe of the extension's `sidebar.html`, so the
 * touch log it shows stays in the extension's origin and never enters the
 * page's. The iframe sits in a closed shadow root on a fixed host, docked
 * beside the focused compose (see placement.ts). The two talk over a private
 * port the page cannot reach (sidebarPort.ts says why); messages both ways
 * are still parsed.
 */

export interface SidebarFrame {
  /** Sends a message to the sidebar; held back until the sidebar says `wiifm:ready`. */
  post(msg: ToSidebar): void;
  /** Every valid message from the sidebar, `wiifm:ready` included. Returns an unsubscribe. */
  onMessage(cb: (msg: FromSidebar) => void): () => void;
  /** Docks the sidebar again beside `anchor()` (call when the focused compose moves). */
  reposition(): void;
  /** Removes the sidebar and its listeners. */
  destroy(): void;
}

export interface MountOptions {
  site: 'gmail' | 'linkedin';
  /** The focused compose's rect in viewport coordinates, or null when none is open. */
  anchor?: () => DOMRect | null;
  /** The sidebar page's URL; defaults to the extension's `/sidebar.html`. For tests. */
  url?: string;
  /**
   * Asks the background to withdraw this tab's latest logged send (the
   * sidebar's Undo). Resolves to what the background answered.
   */
  undo?: () => Promise<unknown>;
  /**
   * Gets the secret that ties the frame to this content script from the
   * background (lib/session/sidebarSecrets.ts); the sidebar shows the rep's
   * data only once the background confirms it. Tests with a stand-in sidebar
   * leave it out and get a local one.
   */
  mintSecret?: () => Promise<string>;
}

const HOST_ID = 'wiifm-coach-sidebar';
const MAX_QUEUED = 50;

function defaultUrl(): string {
  return new URL('/sidebar.html', browser.runtime.getURL('/')).href;
}

export function mountSidebar(doc: Document, options: MountOptions): SidebarFrame {
  const win = doc.defaultView as Window;
  const url = new URL(options.url ?? defaultUrl());
  url.searchParams.set('site', options.site);
  const origin = url.origin;

  doc.getElementById(HOST_ID)?.remove(); // a previous content script's, after an extension update
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.style.cssText =
    'all:initial;position:fixed;z-index:2147483000;display:block;overflow:visible;' +
    'left:0;top:0;width:0;height:0;';
  const shadow = host.attachShadow({ mode: 'closed' });
  // No `sandbox`: the frame is our own extension page, which the page cannot script anyway,
  // and sandboxing it would risk the extension APIs and forms the sidebar relies on.
  const iframe = doc.createElement('iframe');
  iframe.title = 'WII-FM Coach';
  iframe.setAttribute('allowtransparency', 'true');
  iframe.style.cssText =
    'all:initial;display:block;width:100%;height:100%;border:0;border-radius:8px;' +
    'background:transparent;color-scheme:normal;box-shadow:0 2px 12px rgba(60,64,67,.3);';
  shadow.append(iframe);
  doc.documentElement.append(host);

  let ready = false;
  let collapsed = false;
  let destroyed = false;
  let queue: ToSidebar[] = [];
  const listeners = new Set<(msg: FromSidebar) => void>();

  const reposition = () => {
    if (destroyed) return;
    let rect: DOMRect | null;
    try {
      rect = options.anchor?.() ?? null;
    } catch {
      rect = null;
    }
    const view = {
      width: doc.documentElement.clientWidth || win.innerWidth,
      height: doc.documentElement.clientHeight || win.innerHeight,
    };
    const place = placeSidebar(view, rect, collapsed);
    const s = host.style;
    s.left = `${Math.round(place.left)}px`;
    s.top = `${Math.round(place.top)}px`;
    s.width = `${Math.round(place.width)}px`;
    s.height = `${Math.round(place.height)}px`;
    host.dataset.side = place.side;
    host.dataset.cramped = String(place.cramped);
  };

  const onSidebarMessage = (data: unknown) => {
    if (destroyed) return;
    const msg = parseFromSidebar(data);
    if (!msg) return;
    if (msg.type === 'wiifm:ready') {
      ready = true;
      const held = queue;
      queue = [];
      held.forEach((m) => port.send(m));
    } else if (msg.type === 'wiifm:collapse') {
      collapsed = msg.collapsed;
      reposition();
    } else if (msg.type === 'wiifm:undo') {
      void undo();
    }
    for (const cb of listeners) {
      try {
        cb(msg);
      } catch (err) {
        console.warn(`[wiifm] sidebar message handler failed (${(err as Error)?.name})`);
      }
    }
  };
  let port: PagePort = { send: () => false, close: () => {} };
  const load = (secret: string) => {
    if (destroyed) return;
    url.hash = secret;
    iframe.src = url.href;
    // A new port (the frame loaded or reloaded): hold messages until it says ready.
    port = connectSidebarPort(iframe, origin, secret, onSidebarMessage, () => {
      ready = false;
    });
  };
  (options.mintSecret ? options.mintSecret() : Promise.resolve(newSecret())).then(load, (err) =>
    console.warn(`[wiifm] the sidebar could not be opened (${(err as Error)?.name})`),
  );

  const undo = async () => {
    let removed = 0;
    let error: string | undefined;
    try {
      const reply = (await options.undo?.()) as
        | { ok?: unknown; removed?: unknown; error?: unknown }
        | undefined;
      if (reply?.ok === true && Number.isSafeInteger(reply.removed)) removed = reply.removed as number;
      else error = typeof reply?.error === 'string' ? reply.error.slice(0, 200) : 'nothing to undo';
    } catch (err) {
      error = `the extension did not answer (${(err as Error)?.name ?? 'error'})`;
    }
    if (!destroyed) port.send({ type: 'wiifm:undone', removed, ...(error && { error }) });
  };
  win.addEventListener('resize', reposition);
  reposition();

  return {
    post(msg) {
      if (destroyed) return;
      if (ready && port.send(msg)) return;
      queue.push(msg);
      if (queue.length > MAX_QUEUED) queue = queue.slice(-MAX_QUEUED);
    },
    onMessage(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    reposition,
    destroy() {
      destroyed = true;
      port.close();
      win.removeEventListener('resize', reposition);
      listeners.clear();
      queue = [];
      host.remove();
    },
  };
}
