import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { siteFromSearch } from '@/components/sidebar/channel';
import { Sidebar } from '@/components/sidebar/Sidebar';
import '@/components/wiifm.css';
import '@/components/sidebar/sidebar.css';

// sidebar.html?site=gmail|linkedin, in an iframe the content script injects.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="WII-FM Coach">
      <Sidebar site={siteFromSearch(location.search)} />
    </ErrorBoundary>
  </StrictMode>,
);
