import Papa from 'papaparse';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CONTACTS,
  tooLargeMessage,
} from '@/lib/db/backup';
import {
  nameFromEmail,
  nameFromLinkedInUrl,
  normaliseEmail,
  normaliseLinkedInUrl,
} from '@/lib/db/normalise';
import { detectSource, fieldOf, type ContactField, type CrmSource } from './columns';

/**
 * A CRM's contacts export, read into contacts for a preview: nothing is
 * written here. Limits are the backup import's (`MAX_IMPORT_BYTES`,
 * `MAX_IMPORT_CONTACTS`), checked before parsing past them. A file is
 * refused as a whole only when it cannot be a contacts export (no name,
 * email or LinkedIn column, a quote left open); a row that cannot be a
 * contact is skipped and named, and a cell that is not an address or a
 * profile link is left out and named, so the rep sees both before
 * anything is written.
 */

export interface MappedContact {
  /** The row as a spreadsheet numbers it (header = 1). */
  row: number;
  name: string;
  emails: string[];
  linkedinUrls: string[];
  company?: string;
  title?: string;
}

export interface CrmPreview {
  source: CrmSource;
  /** Every column of the file, with the field it fills (null: not imported). */
  columns: { column: string; field: ContactField | null }[];
  /** The columns not imported, by name. */
  unmapped: string[];
  contacts: MappedContact[];
  /** Rows that are no contact: blank of name, email and profile, or the same person as an earlier row. */
  skipped: { row: number; reason: string }[];
  /** Cells left out of a contact that is imported. */
  leftOut: { row: number; column: string; reason: string }[];
}

const MAX_NAME = 500;

export function readCrmContacts(text: string): CrmPreview {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(tooLargeMessage(text.length));
  const rows: string[][] = [];
  let broken: number | undefined;
  let over = false;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      rows.push(result.data);
      if (broken === undefined && result.errors.some((e) => e.type === 'Quotes')) {
        broken = rows.length;
      }
      if (rows.length > MAX_IMPORT_CONTACTS + 1) {
        over = true;
        parser.abort();
      }
    },
  });
  if (over) {
    throw new ImportError(
      `more than ${MAX_IMPORT_CONTACTS.toLocaleString('en-US')} contacts; split the file`,
    );
  }
  if (broken !== undefined) throw new ImportError(`row ${broken}: a quoted cell is not closed`);
  const [header, ...records] = rows;
  if (!header || header.every((h) => h.trim() === '')) throw new ImportError('the file is empty');
  const columns = header.map((column) => ({ column: column.trim(), field: fieldOf(column) }));
  const has = (f: ContactField) => columns.some((c) => c.field === f);
  if (
    !['fullName', 'firstName', 'lastName', 'email', 'linkedin'].some((f) => has(f as ContactField))
  ) {
    throw new ImportError(
      `no column is a name, an email or a LinkedIn profile (columns: ${columns.map((c) => c.column).join(', ')})`,
    );
  }

  const contacts: MappedContact[] = [];
  const skipped: CrmPreview['skipped'] = [];
  const leftOut: CrmPreview['leftOut'] = [];
  const firstRowOf = new Map<string, number>();
  records.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const values: Partial<Record<ContactField, string[]>> = {};
    // This row's left-out cells count only if the row becomes a contact.
    const cellsLeftOut: CrmPreview['leftOut'] = [];
    columns.forEach(({ column, field }, k) => {
      const value = (cells[k] ?? '').trim();
      if (!field || value === '') return;
      if (field === 'email') {
        for (const part of value.split(/[;,\s]+/).filter(Boolean)) {
          const email = normaliseEmail(part);
          if (email) (values.email ??= []).push(email);
          else cellsLeftOut.push({ row, column, reason: `"${part}" is not an email address` });
        }
      } else if (field === 'linkedin') {
        const url = normaliseLinkedInUrl(value);
        if (url) (values.linkedin ??= []).push(url);
        else cellsLeftOut.push({ row, column, reason: 'not a LinkedIn profile link' });
      } else {
        (values[field] ??= []).push(value);
      }
    });
    const emails = [...new Set(values.email ?? [])];
    const linkedinUrls = [...new Set(values.linkedin ?? [])];
    const named =
      values.fullName?.[0] ??
      [values.firstName?.[0], values.lastName?.[0]].filter(Boolean).join(' ');
    const name =
      named ||
      (emails[0]
        ? nameFromEmail(emails[0])
        : linkedinUrls[0]
          ? nameFromLinkedInUrl(linkedinUrls[0])
          : '');
    if (name === '') {
      skipped.push({ row, reason: 'no name, email or LinkedIn profile' });
      return;
    }
    if (name.length > MAX_NAME) {
      skipped.push({ row, reason: `the name is longer than ${MAX_NAME} characters` });
      return;
    }
    const seen = [...emails, ...linkedinUrls].map((k) => firstRowOf.get(k)).find((r) => r);
    if (seen !== undefined) {
      skipped.push({ row, reason: `the same person as row ${seen} (same email or profile)` });
      return;
    }
    for (const k of [...emails, ...linkedinUrls]) firstRowOf.set(k, row);
    leftOut.push(...cellsLeftOut);
    contacts.push({
      row,
      name,
      emails,
      linkedinUrls,
      ...(values.company?.[0] && { company: values.company[0] }),
      ...(values.title?.[0] && { title: values.title[0] }),
    });
  });
  return {
    source: detectSource(header),
    columns,
    unmapped: columns.filter((c) => c.field === null && c.column !== '').map((c) => c.column),
    contacts,
    skipped,
    leftOut,
  };
}
