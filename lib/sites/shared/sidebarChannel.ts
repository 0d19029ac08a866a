import { browser } from 'wxt/browser';
import type { Control } from '@/lib/messages';

/**
 * What a content script's sidebar asks of the background: its secret, and
 * the rep's Undo of the latest send. Over `browser.runtime`, which page
 * scripts cannot use.
 */
const ask = (msg: Control) => browser.runtime.sendMessage(msg);

export const sidebarChannel = {
  async mintSecret(): Promise<string> {
    const reply = (await ask({ type: 'sidebar.mint' })) as { ok?: unknown; secret?: unknown };
    if (reply?.ok !== true || typeof reply.secret !== 'string') {
      throw new Error('the background gave no sidebar secret');
    }
    return reply.secret;
  },
  undo: () => ask({ type: 'touch.undoLatestSend' }),
};
