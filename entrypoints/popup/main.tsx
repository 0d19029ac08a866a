import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Popup } from '@/components/popup/Popup';
import { wakeBackgroundOnDbChanges } from '@/lib/badge/wake';

// "Done", "Snooze" and "No" write here; the badge lives in the background.
wakeBackgroundOnDbChanges();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="today's follow-ups">
      <Popup />
    </ErrorBoundary>
  </StrictMode>,
);
