import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Options } from '@/components/options/Options';
import { wakeBackgroundOnDbChanges } from '@/lib/badge/wake';

// Import and "Delete all my data" change the touch log; the badge must follow.
wakeBackgroundOnDbChanges();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="the settings">
      <Options />
    </ErrorBoundary>
  </StrictMode>,
);
