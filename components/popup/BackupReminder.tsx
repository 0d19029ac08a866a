import { reminderText, type BackupReminder as Reminder } from '@/lib/backup-reminder';

/**
 * "Your log was last backed up 41 days ago — Export now": the popup's nudge
 * to save the log (which lives only in this browser), with the export one
 * click away.
 */
export function BackupReminder(props: {
  reminder: Reminder;
  exporting: boolean;
  onExport: () => void;
}) {
  return (
    <p className="backup-reminder" data-wiifm="backup-reminder">
      {reminderText(props.reminder)} —{' '}
      <button
        type="button"
        className="open"
        data-wiifm="backup-export"
        disabled={props.exporting}
        onClick={props.onExport}
      >
        Export now
      </button>
    </p>
  );
}
