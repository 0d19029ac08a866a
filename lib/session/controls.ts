import { ControlSchema, type ControlReply } from '@/lib/messages';
import type { lastSends } from './lastSend';
import type { sidebarSecrets } from './sidebarSecrets';

/** Who sent a runtime message, as the browser (not the sender) says. */
export interface ControlSender {
  tabId?: number;
  /** The sending frame's URL. */
  url?: string;
}

export interface ControlDeps {
  secrets: ReturnType<typeof sidebarSecrets>;
  sends: ReturnType<typeof lastSends>;
  /** Removes touches the extension logged, and contacts that send created (`undoTouches`). */
  undo: (touchIds: number[]) => Promise<number>;
}

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);

function isSidebarPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return EXTENSION_PROTOCOLS.has(u.protocol) && u.pathname === '/sidebar.html';
  } catch {
    return false;
  }
}

function isContentScript(sender: ControlSender): sender is ControlSender & { tabId: number } {
  if (sender.tabId === undefined || !sender.url) return false;
  try {
    return new URL(sender.url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Answers a sidebar or Undo request, or returns undefined when `raw` is not
 * one (it is then a touch message for `handleMessage`). Each request is
 * honoured only from the context it belongs to: secrets are minted for
 * content scripts in a tab, claimed by the sidebar page, and Undo comes from
 * the content script of the tab whose send it withdraws.
 */
export async function handleControl(
  raw: unknown,
  sender: ControlSender,
  deps: ControlDeps,
): Promise<ControlReply | undefined> {
  const parsed = ControlSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'sidebar.mint':
      if (!isContentScript(sender)) return { ok: false, error: 'not from a page tab' };
      return { ok: true, secret: await deps.secrets.mint(sender.tabId) };
    case 'sidebar.claim': {
      if (!isSidebarPage(sender.url)) return { ok: false, error: 'not from the sidebar' };
      return { ok: true, claimed: await deps.secrets.claim(msg.secret, sender.tabId) };
    }
    case 'touch.undoLatestSend': {
      if (!isContentScript(sender)) return { ok: false, error: 'not from a page tab' };
      const ids = await deps.sends.take(sender.tabId);
      if (!ids) return { ok: false, error: 'nothing to undo: the undo window has passed' };
      return { ok: true, removed: await deps.undo(ids) };
    }
  }
}
