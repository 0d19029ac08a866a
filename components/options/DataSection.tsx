import { useRef, useState } from 'react';
import { download, exportJsonBackup, fileDate } from '@/components/exportBackup';
import { useLastBackup } from '@/components/useLastBackup';
import { useSettings } from '@/components/useSettings';
import { localTimeZone } from '@/components/useNow';
import { backupDateLabel } from '@/lib/backup-reminder';
import { deleteAllData, exportCsv, getDb, ImportError, importCsv, importJson } from '@/lib/db';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { saveSettings } from '@/lib/settings-store';
import { oversizedFile, planImport } from './importFiles';

/** The phrase the rep types before everything is deleted. */
export const DELETE_PHRASE = 'DELETE';

type ExportKind = 'json' | 'contacts' | 'touches';

const EXPORTS: { kind: ExportKind; hook: string; label: string }[] = [
  { kind: 'json', hook: 'export-json', label: 'Export JSON backup' },
  { kind: 'contacts', hook: 'export-csv-contacts', label: 'Export contacts CSV' },
  { kind: 'touches', hook: 'export-csv-touches', label: 'Export touches CSV' },
];

/**
 * Says where a bad import file went wrong. lib/db's `ImportError` message
 * already names the file, row and field ("contacts row 12, field "emails": …").
 */
export function importErrorText(err: unknown): string {
  if (err instanceof ImportError) {
    const place =
      err.row !== undefined && !err.message.includes(`row ${err.row}`) ? `row ${err.row}: ` : '';
    return `Import stopped: ${place}${err.message.replace(/\.?$/, '.')} Nothing was changed.`;
  }
  return 'Import failed: the file could not be read. Nothing was changed.';
}

export function DataSection(props: { onDeleted?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [importMessage, setMessage] = useState<{ text: string; error: boolean; n: number } | null>(
    null,
  );
  // Each answer is a new element, so a screen reader announces it even when
  // the text repeats, and nothing set on the last one carries over.
  const answers = useRef(0);
  const setImportMessage = (m: { text: string; error: boolean } | null) =>
    setMessage(m && { ...m, n: ++answers.current });
  const [confirm, setConfirm] = useState('');
  const [status, setStatus] = useState('');
  const [lastBackupAt, setLastBackupAt] = useLastBackup();
  // touches.csv dates each contact's next follow-up with the rep's cadence, in their zone.
  const settings = useSettings();

  const exportAs = async (kind: ExportKind) => {
    try {
      if (kind === 'json') {
        setLastBackupAt(await exportJsonBackup(getDb()));
      } else {
        const csv = await exportCsv(getDb(), {
          now: new Date(),
          timeZone: localTimeZone(),
          settings,
        });
        download(`wiifm-${kind}-${fileDate()}.csv`, csv[kind], 'text/csv');
      }
      setStatus('Export ready: check your downloads.');
    } catch (err) {
      console.error('[wiifm] options: export failed', err instanceof Error ? err.name : '');
      setStatus('Could not export the data.');
    }
  };

  const onImport = async (input: HTMLInputElement) => {
    const chosen = Array.from(input.files ?? []);
    // Measured before a byte is read: a huge file would stall the page while it loads.
    const tooBig = oversizedFile(chosen);
    if (tooBig) {
      input.value = '';
      setImportMessage({ text: tooBig, error: true });
      return;
    }
    const files = await Promise.all(
      chosen.map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    input.value = ''; // choosing the same file again must fire `change` again
    const plan = planImport(files);
    if (plan.kind === 'invalid') {
      setImportMessage({ text: plan.message, error: true });
      return;
    }
    setBusy(true);
    setImportMessage(null);
    setProgress({ done: 0, total: 0 });
    const onProgress = (done: number, total: number) => setProgress({ done, total });
    try {
      const added =
        plan.kind === 'json'
          ? await importJson(getDb(), plan.text, onProgress)
          : await importCsv(
              getDb(),
              { contacts: plan.contacts, touches: plan.touches },
              onProgress,
            );
      setImportMessage({
        text:
          added.contacts + added.touches === 0
            ? 'Nothing new: everything in the file was already here.'
            : `Imported ${added.contacts} ${added.contacts === 1 ? 'contact' : 'contacts'} and ${added.touches} ${added.touches === 1 ? 'touch' : 'touches'}.`,
        error: false,
      });
    } catch (err) {
      console.error('[wiifm] options: import failed', err instanceof Error ? err.name : '');
      setImportMessage({ text: importErrorText(err), error: true });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const onDelete = async () => {
    if (confirm !== DELETE_PHRASE) return;
    setBusy(true);
    try {
      await deleteAllData(getDb());
      await saveSettings(DEFAULT_SETTINGS);
      setConfirm('');
      setStatus('Deleted every contact, touch and setting.');
      props.onDeleted?.();
    } catch (err) {
      console.error('[wiifm] options: delete failed', err instanceof Error ? err.name : '');
      setStatus('Could not delete everything; try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="h-data" data-wiifm="data-section">
      <h2 id="h-data">Your data</h2>
      <p className="hint">
        Contacts and touches live only in this browser. Export them to keep a copy or move them to
        another machine.
      </p>

      <p className="hint" data-wiifm="last-backup">
        {lastBackupAt === undefined
          ? ''
          : lastBackupAt === null
            ? 'No backup yet'
            : `Last backup: ${backupDateLabel(lastBackupAt, localTimeZone())}`}
      </p>
      <div className="row">
        {EXPORTS.map(({ kind, hook, label }) => (
          <button key={kind} type="button" data-wiifm={hook} onClick={() => void exportAs(kind)}>
            {label}
          </button>
        ))}
      </div>

      <div className="field">
        <label htmlFor="import-file">
          Import a JSON backup, or the contacts and touches CSV files
        </label>
        <input
          id="import-file"
          name="import"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          multiple
          disabled={busy}
          data-wiifm="import-input"
          aria-describedby={importMessage ? 'import-message' : undefined}
          onChange={(e) => void onImport(e.currentTarget)}
        />
        {progress && (
          <div className="progress">
            <progress
              data-wiifm="import-progress"
              aria-label="Import progress"
              value={progress.done}
              max={Math.max(progress.total, 1)}
            />
            <span>
              {progress.total > 0 ? `${progress.done} of ${progress.total}` : 'Reading the file…'}
            </span>
          </div>
        )}
        {importMessage && (
          <p
            key={importMessage.n}
            id="import-message"
            role={importMessage.error ? 'alert' : 'status'}
            className={importMessage.error ? 'field-error' : 'ok'}
            data-wiifm={importMessage.error ? 'import-error' : 'import-result'}
          >
            {importMessage.text}
          </p>
        )}
      </div>

      <fieldset className="danger">
        <legend>Delete all my data</legend>
        <p className="hint" id="delete-hint">
          Deletes every contact, touch and setting in this browser. It cannot be undone: export
          first. Type {DELETE_PHRASE} to confirm.
        </p>
        <input
          name="deleteConfirm"
          aria-label={`Type ${DELETE_PHRASE} to confirm`}
          aria-describedby="delete-hint"
          autoComplete="off"
          data-wiifm="delete-confirm"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        <button
          type="button"
          className="destructive"
          data-wiifm="delete-all"
          disabled={busy || confirm !== DELETE_PHRASE}
          onClick={() => void onDelete()}
        >
          Delete everything
        </button>
      </fieldset>
      <p className="status" role="status" data-wiifm="data-status">
        {status}
      </p>
    </section>
  );
}
