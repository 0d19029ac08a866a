import { storage } from 'wxt/utils/storage';
import { calendarDaysBetween, localDate } from '@/lib/followups';
import { LAST_BACKUP_KEY } from './settings';

/**
 * When the rep last saved a JSON backup, and whether to remind them.
 *
 * The touch log lives only in this browser's IndexedDB. The browser is told
 * to keep it (`lib/db/persist.ts`), but a lost laptop, a wiped profile or a
 * reinstall still take it along; the backup file is the rep's copy. Only the
 * JSON export counts: it alone restores everything (ids, snoozes) in one
 * file. The time is written by the export itself, so it is a separate item,
 * not a setting the rep can edit.
 */

/** A backup older than this many calendar days earns a reminder in the popup. */
export const BACKUP_REMINDER_DAYS = 30;

/** Epoch ms of the last JSON export, or null before the first. */
export const lastBackupItem = storage.defineItem<number | null>(LAST_BACKUP_KEY, {
  fallback: null,
});

/** Anything but a plausible time (a damaged value) counts as no backup. */
function readTime(stored: unknown): number | null {
  return typeof stored === 'number' && Number.isFinite(stored) && stored > 0 ? stored : null;
}

export async function loadLastBackup(): Promise<number | null> {
  return readTime(await lastBackupItem.getValue());
}

/** Call once the backup file was handed to the browser's download. */
export async function recordBackup(at: number = Date.now()): Promise<void> {
  await lastBackupItem.setValue(at);
}

/** Calls `cb` whenever any extension page records a backup. */
export function watchLastBackup(cb: (at: number | null) => void): () => void {
  return lastBackupItem.watch((value) => cb(readTime(value)));
}

export type BackupReminder = { kind: 'never' } | { kind: 'stale'; days: number };

/**
 * Whether the popup reminds the rep to back up: only while the log holds
 * data, when there was never a backup or the last one is more than
 * `BACKUP_REMINDER_DAYS` calendar days old in the rep's time zone.
 */
export function backupReminder(input: {
  lastBackupAt: number | null;
  now: Date | number;
  timeZone: string;
  hasData: boolean;
}): BackupReminder | null {
  if (!input.hasData) return null;
  if (input.lastBackupAt === null) return { kind: 'never' };
  const days = calendarDaysBetween(
    localDate(input.lastBackupAt, input.timeZone),
    localDate(input.now, input.timeZone),
  );
  return days > BACKUP_REMINDER_DAYS ? { kind: 'stale', days } : null;
}

/** The reminder's words, before its "Export now" button. */
export function reminderText(reminder: BackupReminder): string {
  return reminder.kind === 'never'
    ? 'Your log has never been backed up'
    : `Your log was last backed up ${reminder.days} days ago`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Nov 2026": the day of a backup in the rep's time zone. */
export function backupDateLabel(at: number, timeZone: string): string {
  const [year, month, day] = localDate(at, timeZone).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
