import { browser } from 'wxt/browser';
import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import { parseFromSidebar } from './fromSidebar';
import { placeSidebar, type Placement, type RectLike, type Want } from './placement';
import { connectSidebarPort, newSecret, type PagePort } from './sidebarPort';

/**
 * The sidebar in the page: an iframe of the extension's `sidebar.html`, so the
 * touch log it shows stays in the extension's origin and never enters the
 * page's. The iframe sits in a closed shadow root on a fixed host, docked
 * beside the focused compose, clear of the page's content, or shrunk to its
 * handle (see placement.ts). The two talk over a private port the page
 * cannot reach (sidebarPort.ts says why); messages both ways are still
 * parsed. Alt+Shift+W, typed by the rep, moves the focus into the sidebar
 * and back.
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
  /** The page's content the sidebar must not cover (LinkedIn's conversation list). */
  avoid?: () => RectLike[];
  /** Content the handle never covers, the panel beside a compose only when nothing else fits (Gmail's rows and messages). */
  soft?: () => RectLike[];
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

/** Alt+Shift+W: to the sidebar and back (`code`, so a layout or Option key's character does not matter). */
export function isSidebarShortcut(event: KeyboardEvent): boolean {
  return (
    event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyW'
  );
}

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
  // Until the sidebar says what it wants, only the handle: no panel flashes over the inbox.
  let want: Want = 'handle';
  let shown: Placement | null = null;
  let shownFits = false;
  /** Where the focus was in the page before the shortcut moved it to the sidebar. */
  let focusBefore: Element | null = null;
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
    let avoid: RectLike[];
    let soft: RectLike[];
    try {
      avoid = options.avoid?.() ?? [];
      soft = options.soft?.() ?? [];
    } catch {
      avoid = [];
      soft = [];
    }
    // The viewport without scrollbars. In quirks mode (a page without a doctype, such as a
    // saved LinkedIn profile, 2022) the root's client size is the whole document's, so the
    // window's inner size caps it.
    const view = {
      width: Math.min(doc.documentElement.clientWidth || win.innerWidth, win.innerWidth),
      height: Math.min(doc.documentElement.clientHeight || win.innerHeight, win.innerHeight),
    };
    const place = placeSidebar({ view, anchor: rect, want, avoid, soft });
    const fits =
      want === 'panel'
        ? place.shape === 'panel'
        : placeSidebar({ view, anchor: rect, want: 'panel', avoid, soft }).shape === 'panel';
    const s = host.style;
    s.left = `${Math.round(place.left)}px`;
    s.top = `${Math.round(place.top)}px`;
    s.width = `${Math.round(place.width)}px`;
    s.height = `${Math.round(place.height)}px`;
    host.dataset.side = place.side;
    host.dataset.cramped = String(place.cramped);
    const changed = !shown || shown.shape !== place.shape || shownFits !== fits;
    shown = place;
    shownFits = fits;
    if (changed) tellPlacement();
  };
  /** The sidebar draws the shape it got room for: the handle in a handle-sized frame. */
  const tellPlacement = () => {
    if (!shown || !ready) return;
    port.send({ type: 'wiifm:placement', shape: shown.shape, fits: shownFits });
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
      tellPlacement();
    } else if (msg.type === 'wiifm:layout') {
      want = msg.want;
      reposition();
    } else if (msg.type === 'wiifm:focus-page') {
      focusPage();
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
        { ok?: unknown; removed?: unknown; error?: unknown } | undefined;
      if (reply?.ok === true && Number.isSafeInteger(reply.removed))
        removed = reply.removed as number;
      else error = typeof reply?.error === 'string' ? reply.error.slice(0, 200) : 'nothing to undo';
    } catch (err) {
      error = `the extension did not answer (${(err as Error)?.name ?? 'error'})`;
    }
    if (!destroyed) port.send({ type: 'wiifm:undone', removed, ...(error && { error }) });
  };
  const focusPage = () => {
    const back = focusBefore;
    focusBefore = null;
    if (back?.isConnected && typeof (back as HTMLElement).focus === 'function') {
      (back as HTMLElement).focus({ preventScroll: true });
    } else {
      iframe.blur();
      host.blur?.();
    }
  };
  // Only the rep's own keystrokes: a page script's dispatched key event has isTrusted false.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || destroyed || !isSidebarShortcut(event)) return;
    event.preventDefault();
    event.stopPropagation();
    const active = doc.activeElement;
    focusBefore = active && active !== host && active !== doc.body ? active : null;
    iframe.focus();
    if (ready) port.send({ type: 'wiifm:focus' });
  };

  // Gmail swaps the inbox for a thread (and back) on a hash change: find the handle a clear spot again.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const onNavigate = () => {
    reposition();
    clearTimeout(settle);
    settle = setTimeout(reposition, 500);
  };

  win.addEventListener('resize', reposition);
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('keydown', onKeyDown, true);
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
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('hashchange', onNavigate);
      clearTimeout(settle);
      listeners.clear();
      queue = [];
      host.remove();
    },
  };
}
