import { exportJson, type WiifmDB } from '@/lib/db';
import { recordBackup } from '@/lib/backup-reminder';

/** Saves `text` as a file through the page itself: no `downloads` permission needed. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; free it once that started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today as YYYY-MM-DD, for file names. */
export const fileDate = (now = new Date()) => now.toISOString().slice(0, 10);

/**
 * The JSON backup, as the options page and the popup's reminder both offer
 * it: everything in one file, downloaded, and its time recorded so the
 * reminder knows. Resolves the time recorded.
 */
export async function exportJsonBackup(db: WiifmDB): Promise<number> {
  const json = await exportJson(db);
  const now = new Date();
  download(`wiifm-backup-${fileDate(now)}.json`, json, 'application/json');
  const at = now.getTime();
  await recordBackup(at);
  return at;
}
