import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGmailCoach } from '@/lib/sites/gmail/coach';
import { gmailContentRects } from '@/lib/sites/gmail/pageContent';
import { mountSidebar } from '@/lib/sites/shared/mountSidebar';
import { sidebarChannel } from '@/lib/sites/shared/sidebarChannel';

// Kept small (no React, Dexie, zod or rule engine): it loads on every Gmail tab.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // WXT would also announce each start with window.postMessage, naming our
  // extension id to every script in the page; its document event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const stop = startGmailCoach(document, {
      mount: (anchor) =>
        mountSidebar(document, {
          site: 'gmail',
          anchor,
          soft: () => gmailContentRects(document),
          ...sidebarChannel,
        }),
      send: (msg) => browser.runtime.sendMessage(msg),
    });
    ctx.onInvalidated(stop);
  },
});
