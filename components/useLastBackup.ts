import { useEffect, useState } from 'react';
import { loadLastBackup, watchLastBackup } from '@/lib/backup-reminder';

/**
 * When the rep last exported a JSON backup, live: `undefined` until storage
 * answers, `null` when there was none, else epoch ms. `set` lets the page
 * that just exported show it at once, before storage reports back.
 */
export function useLastBackup(): [number | null | undefined, (at: number) => void] {
  const [lastBackupAt, setLastBackupAt] = useState<number | null>();
  useEffect(() => {
    let live = true;
    const stop = watchLastBackup((at) => {
      if (live) setLastBackupAt(at);
    });
    loadLastBackup()
      .then((at) => {
        if (live) setLastBackupAt((seen) => (seen === undefined ? at : seen));
      })
      .catch((error: unknown) => {
        console.warn('[wiifm] last backup time unreadable:', (error as Error)?.name);
        if (live) setLastBackupAt(null);
      });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return [lastBackupAt, setLastBackupAt];
}
