import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLinkedInCoach } from '@/lib/sites/linkedin/coach';
import { linkedInContentRects, linkedInThreadRects } from '@/lib/sites/linkedin/pageContent';
import { mountSidebar } from '@/lib/sites/shared/mountSidebar';
import { sidebarChannel } from '@/lib/sites/shared/sidebarChannel';

// Kept small (no React, Dexie, zod or rule engine): it loads on every LinkedIn tab.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // WXT would also announce each start with window.postMessage, naming our
  // extension id to every script in the page; its document event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const coach = startLinkedInCoach(document, {
      mount: (anchor) =>
        mountSidebar(document, {
          site: 'linkedin',
          anchor,
          avoid: () => linkedInContentRects(document),
          soft: () => linkedInThreadRects(document),
          ...sidebarChannel,
        }),
      send: (msg) => browser.runtime.sendMessage(msg),
    });
    // LinkedIn navigates without reloading; WXT turns history changes into this event.
    ctx.addEventListener(window, 'wxt:locationchange', () => coach.locationChanged());
    ctx.onInvalidated(coach.stop);
  },
});
