import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { openPageChannel, siteFromSearch } from '@/components/sidebar/channel';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { wakeBackgroundOnDbChanges } from '@/lib/badge/wake';
import '@/components/wiifm.css';
import '@/components/sidebar/sidebar.css';

// Touches logged here must reach the badge even while the service worker sleeps.
wakeBackgroundOnDbChanges();

// sidebar.html?site=gmail|linkedin#secret, in an iframe the content script injects.
// Listen for its port now, before React renders: it may come before any effect runs.
const channel = openPageChannel(window, async (secret) => {
  const reply = (await browser.runtime.sendMessage({ type: 'sidebar.claim', secret })) as {
    ok?: unknown;
    claimed?: unknown;
  };
  return reply?.ok === true && reply.claimed === true;
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="WII-FM Coach">
      <Sidebar site={siteFromSearch(location.search)} channel={channel} />
    </ErrorBoundary>
  </StrictMode>,
);
