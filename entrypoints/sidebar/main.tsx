import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { siteFromSearch } from '@/components/sidebar/channel';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { wakeBackgroundOnDbChanges } from '@/lib/badge/wake';
import '@/components/wiifm.css';
import '@/components/sidebar/sidebar.css';

// Touches logged here must reach the badge even while the service worker sleeps.
wakeBackgroundOnDbChanges();

// sidebar.html?site=gmail|linkedin, in an iframe the content script injects.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="WII-FM Coach">
      <Sidebar site={siteFromSearch(location.search)} />
    </ErrorBoundary>
  </StrictMode>,
);
