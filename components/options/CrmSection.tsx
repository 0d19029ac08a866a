import { useState } from 'react';
import { download, fileDate } from '@/components/exportBackup';
import { localTimeZone } from '@/components/useNow';
import { FIELD_LABELS, SOURCE_NAMES } from '@/lib/crm/columns';
import { readCrmContacts, type CrmPreview } from '@/lib/crm/readContacts';
import { getDb } from '@/lib/db';
import { exportHubSpot, importCrmContacts, rowsAlreadyLogged } from '@/lib/db/crm';
import { importErrorText } from './DataSection';
import { oversizedFile } from './importFiles';
import './crm.css';

/** Contacts shown in the preview; the counts cover the whole file. */
const PREVIEW_ROWS = 5;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Pending {
  fileName: string;
  preview: CrmPreview;
  known: Set<number>;
}

/**
 * Moving to or from a CRM: contacts from a HubSpot, Salesforce or
 * Pipedrive export, shown as a preview (which column fills what, which
 * are not imported, which rows are skipped) before anything is written;
 * and the activity history as a HubSpot import file.
 */
export function CrmSection() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [exportStatus, setExportStatus] = useState('');

  const onChoose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    setMessage(null);
    if (!file) return;
    const tooBig = oversizedFile([file]);
    if (tooBig) {
      setMessage({ text: tooBig, error: true });
      return;
    }
    try {
      const preview = readCrmContacts(await file.text());
      const known = await rowsAlreadyLogged(getDb(), preview.contacts);
      setPending({ fileName: file.name, preview, known });
    } catch (err) {
      console.error('[wiifm] options: CRM file unreadable', err instanceof Error ? err.name : '');
      setMessage({ text: importErrorText(err), error: true });
    }
  };

  const onConfirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const added = await importCrmContacts(getDb(), pending.preview);
      const matched = pending.preview.contacts.length - added.contacts;
      setMessage({
        text: `Imported ${plural(added.contacts, 'contact')} from ${SOURCE_NAMES[pending.preview.source]}${matched > 0 ? `; ${plural(matched, 'was', 'were')} already in your log` : ''}.`,
        error: false,
      });
      setPending(null);
    } catch (err) {
      console.error('[wiifm] options: CRM import failed', err instanceof Error ? err.name : '');
      setMessage({ text: importErrorText(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  const onExportHubSpot = async () => {
    try {
      const { csv, rows, leftOut } = await exportHubSpot(getDb(), localTimeZone());
      download(`wiifm-hubspot-activities-${fileDate()}.csv`, csv, 'text/csv');
      setExportStatus(
        `Exported ${plural(rows, 'touch', 'touches')} for HubSpot's import (contacts and notes).` +
          (leftOut > 0
            ? ` ${plural(leftOut, 'touch', 'touches')} of contacts without an email address left out: HubSpot matches contacts by email.`
            : ''),
      );
    } catch (err) {
      console.error('[wiifm] options: HubSpot export failed', err instanceof Error ? err.name : '');
      setExportStatus('Could not export the history.');
    }
  };

  return (
    <section aria-labelledby="h-crm" data-wiifm="crm-section">
      <h2 id="h-crm">Move to or from a CRM</h2>
      <div className="field">
        <label htmlFor="crm-file">
          Import contacts from a HubSpot, Salesforce or Pipedrive export (CSV)
        </label>
        <input
          id="crm-file"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          data-wiifm="crm-import-input"
          onChange={(e) => void onChoose(e.currentTarget)}
        />
      </div>
      {pending && (
        <CrmPreviewView
          pending={pending}
          busy={busy}
          onConfirm={() => void onConfirm()}
          onCancel={() => setPending(null)}
        />
      )}
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'field-error' : 'ok'}
          data-wiifm={message.error ? 'crm-error' : 'crm-result'}
        >
          {message.text}
        </p>
      )}
      <div className="row">
        <button type="button" data-wiifm="export-hubspot" onClick={() => void onExportHubSpot()}>
          Export history for HubSpot
        </button>
      </div>
      <p className="hint">
        One row per touch, as a note on its contact: import it in HubSpot as contacts and notes.
      </p>
      <p className="status" role="status" data-wiifm="crm-export-status">
        {exportStatus}
      </p>
    </section>
  );
}

function CrmPreviewView(props: {
  pending: Pending;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { preview, known, fileName } = props.pending;
  const fresh = preview.contacts.length - known.size;
  return (
    <div className="crm-preview" data-wiifm="crm-preview" data-source={preview.source}>
      <p>
        <strong>{fileName}</strong> looks like an export from {SOURCE_NAMES[preview.source]}:{' '}
        <span data-wiifm="crm-counts" data-new={fresh} data-known={known.size}>
          {plural(preview.contacts.length, 'contact')}
          {known.size > 0 &&
            `, ${known.size} already in your log (only addresses they lack are added)`}
        </span>
        . Nothing is saved until you import.
      </p>
      <table className="crm-columns">
        <caption>Columns</caption>
        <tbody>
          {preview.columns
            .filter((c) => c.column !== '')
            .map((c, i) => (
              <tr
                key={`${i}-${c.column}`}
                data-wiifm="crm-column"
                data-column={c.column}
                data-field={c.field ?? ''}
              >
                <th scope="row">{c.column}</th>
                <td>{c.field ? `→ ${FIELD_LABELS[c.field]}` : 'not imported'}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {preview.unmapped.length > 0 && (
        <p className="hint" data-wiifm="crm-unmapped">
          Not imported: {preview.unmapped.join(', ')}.
        </p>
      )}
      {preview.contacts.length > 0 && (
        <table className="crm-rows">
          <caption>
            {preview.contacts.length > PREVIEW_ROWS
              ? `The first ${PREVIEW_ROWS} of ${preview.contacts.length}`
              : 'As they will be saved'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Company</th>
              <th scope="col">Title</th>
            </tr>
          </thead>
          <tbody>
            {preview.contacts.slice(0, PREVIEW_ROWS).map((c) => (
              <tr key={c.row} data-wiifm="crm-row" data-row={c.row} data-known={known.has(c.row)}>
                <td>{c.row}</td>
                <td>{c.name}</td>
                <td>{[...c.emails, ...c.linkedinUrls].join(', ')}</td>
                <td>{c.company ?? ''}</td>
                <td>{c.title ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(preview.skipped.length > 0 || preview.leftOut.length > 0) && (
        <ul className="crm-notes" data-wiifm="crm-skipped">
          {preview.skipped.map((s) => (
            <li key={`s${s.row}`}>
              Row {s.row} skipped: {s.reason}.
            </li>
          ))}
          {preview.leftOut.map((l, i) => (
            <li key={`l${i}`}>
              Row {l.row}, {l.column}: {l.reason}, left out.
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button
          type="button"
          data-wiifm="crm-confirm"
          disabled={props.busy || preview.contacts.length === 0}
          onClick={props.onConfirm}
        >
          Import {plural(preview.contacts.length, 'contact')}
        </button>
        <button type="button" className="quiet" data-wiifm="crm-cancel" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
