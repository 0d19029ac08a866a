import type { Table as DexieTable } from 'dexie';
import Papa from 'papaparse';
import { z } from '@/lib/zod';
import type { WiifmDB } from './db';
import {
  CALL_OUTCOMES,
  CHANNELS,
  CONTACT_STATUSES,
  DIRECTIONS,
  type Contact,
  type Touch,
} from './model';
import { guardCell, unguardCell } from './csvGuard';
import { followUpAsOf, localDate } from '@/lib/followups';
import { isFingerprint } from '@/lib/fingerprint/fingerprint';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { isRuleStatuses } from './ruleStatuses';
import { parseIsoInstant } from './isoTime';
import { nameKey, normaliseEmail, normaliseLinkedInUrl } from './normalise';
import { summariseTouches, withDerived, withoutDerived } from './summary';

/**
 * Backups the rep can keep, move to another browser, or open in a spreadsheet.
 *
 * JSON: `{ format: 'wiifm-backup', version: 1, exportedAt, contacts, touches }`,
 * one record per line; imported into an empty database it gives back exactly
 * the same data, ids included.
 *
 * CSV: `contacts.csv` and `touches.csv`, one column per field. Lists (emails,
 * LinkedIn links) are joined with ";" — neither a valid address nor a
 * normalised profile link can contain one, and a rep can edit the cell by
 * hand. Times are ISO 8601 in UTC (`2026-03-09T08:30:00.000Z`); import takes
 * ISO 8601 with a zone only (`isoTime.ts` says why). A cell a spreadsheet
 * would run as a formula gets a leading ' (`csvGuard.ts`); import removes it
 * again.
 *
 * Import refuses a file over `MAX_IMPORT_BYTES`, or with more rows than
 * `MAX_IMPORT_CONTACTS` / `MAX_IMPORT_TOUCHES`, before parsing past the
 * limit. It checks the whole input before writing anything, then writes in
 * one transaction: bad input changes nothing and throws an `ImportError`
 * naming the row as a spreadsheet shows it (CSV header = row 1; JSON: the
 * n-th record) and the field. A JSON backup is read strictly: a field we do
 * not know is refused rather than silently dropped. The fields lib/db
 * derives are never exported; import recomputes them. Re-importing the same
 * backup adds nothing. Fields added later (`snoozedAt`) are optional, so
 * older backups still import.
 *
 * Version 2 (schema version 2) adds each send's `ruleStatuses` and, for an
 * email, its `fingerprint` to touches; a version-1 file has neither and
 * imports as it did. CSV files start with a UTF-8 byte-order mark, so Excel
 * reads "Zoë" as UTF-8; touches.csv also names each touch's contact and
 * their next follow-up (`contactName`, `contactEmail`, `nextDue`, the date
 * in the rep's zone), for reading in a sheet: import ignores those three
 * columns, the contact is the one `contactId` names.
 */

export const BACKUP_FORMAT = 'wiifm-backup';
export const BACKUP_VERSION = 2;
/** Written first in every CSV export: Excel takes a file without it for the machine's code page. */
export const CSV_BOM = '\uFEFF';
/** Rows written per step of an import; progress is reported after each. */
export const IMPORT_CHUNK = 2000;

/*
 * The largest import. The bench's book (bench/db.ts: 10,000 contacts and
 * 100,000 touches, years of a busy rep's outreach) is a 17 MB JSON backup;
 * these take five times that many rows and a file six times that size, so a
 * real book always fits. What is bigger is a wrong file, or one that would
 * stall the options page while it is read into memory, so it is refused
 * before it is parsed.
 */
/** Bytes of one import file (JSON, or each CSV). 100 MB. */
export const MAX_IMPORT_BYTES = 100_000_000;
/** Contacts in one import. */
export const MAX_IMPORT_CONTACTS = 50_000;
/** Touches in one import. */
export const MAX_IMPORT_TOUCHES = 500_000;

const MAX_ROWS: Record<'contacts' | 'touches', number> = {
  contacts: MAX_IMPORT_CONTACTS,
  touches: MAX_IMPORT_TOUCHES,
};

const count = (n: number) => n.toLocaleString('en-US');
const megabytes = (bytes: number) => `${Math.ceil(bytes / 1_000_000)} MB`;

/** The message for a file over `MAX_IMPORT_BYTES`; the options page says the same before reading it. */
export function tooLargeMessage(bytes: number, file = 'this file'): string {
  return `${file} is ${megabytes(bytes)}; an import takes files up to ${megabytes(MAX_IMPORT_BYTES)}`;
}

/**
 * Refuses text longer than the byte limit. A UTF-8 file has at least as many
 * bytes as characters, so a file within the limit always passes.
 */
function checkSize(text: string, file?: Table): void {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(tooLargeMessage(text.length), { file });
}

function tooManyRows(file: Table): ImportError {
  return new ImportError(
    `more than ${count(MAX_ROWS[file])} rows; an import takes at most ${count(MAX_ROWS[file])} ${file} at a time, so split the file`,
    { file },
  );
}

type Table = 'contacts' | 'touches';

export class ImportError extends Error {
  file?: Table;
  row?: number;
  field?: string;
  constructor(message: string, where: { file?: Table; row?: number; field?: string } = {}) {
    const place = [
      where.file && where.row !== undefined ? `${where.file} row ${where.row}` : where.file,
      where.field !== undefined ? `field "${where.field}"` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    super(place ? `${place}: ${message}` : message);
    this.name = 'ImportError';
    this.file = where.file;
    this.row = where.row;
    this.field = where.field;
  }
}

const CONTACT_FIELDS = [
  'id',
  'name',
  'emails',
  'linkedinUrls',
  'company',
  'title',
  'status',
  'pausedUntil',
  'snoozedAt',
  'noReason',
  'cadenceDays',
  'notes',
  'createdAt',
  'updatedAt',
  'undeliverable',
] as const satisfies readonly (keyof Contact)[];

const TOUCH_FIELDS = [
  'id',
  'contactId',
  'channel',
  'direction',
  'at',
  'summary',
  'score',
  'ruleStatuses',
  'fingerprint',
  'outcome',
  'source',
  'externalId',
  'threadId',
  'scheduled',
] as const satisfies readonly (keyof Touch)[];

const TIME_FIELDS = new Set(['pausedUntil', 'snoozedAt', 'createdAt', 'updatedAt', 'at']);
const LIST_FIELDS = new Set(['emails', 'linkedinUrls', 'undeliverable']);
/** Written as true/false. */
const BOOLEAN_FIELDS = new Set(['scheduled']);
const NUMBER_FIELDS = new Set(['id', 'contactId', 'cadenceDays', 'score']);
/** Free text keeps its spacing; every other cell is trimmed. */
const TEXT_FIELDS = new Set(['notes', 'summary']);

// ---------------------------------------------------------------- validation

// Year 0 … 9999, as ISO strings can write them.
const time = z.number().int().min(-62167219200000).max(253402300799999);
const id = z.number().int().positive();
const freeText = z.string().max(100_000);

const emailItem = z
  .string()
  .refine((v) => normaliseEmail(v) !== null, {
    error: (iss) => `"${String(iss.input)}" is not an email address`,
  })
  .transform((v) => normaliseEmail(v)!);
const linkedInItem = z
  .string()
  .refine((v) => normaliseLinkedInUrl(v) !== null, {
    error: (iss) => `"${String(iss.input)}" is not a LinkedIn profile link`,
  })
  .transform((v) => normaliseLinkedInUrl(v)!);

const BackupContactSchema = z.strictObject({
  id: id.optional(),
  name: z.string().trim().min(1, 'is empty').max(500),
  emails: z.array(emailItem).max(100).default([]),
  linkedinUrls: z.array(linkedInItem).max(100).default([]),
  company: freeText.optional(),
  title: freeText.optional(),
  status: z.enum(CONTACT_STATUSES).default('active'),
  pausedUntil: time.optional(),
  // Added after the first backups: absent in older ones (the snooze then counts as set at updatedAt).
  snoozedAt: time.optional(),
  noReason: freeText.optional(),
  cadenceDays: z.number().int().min(1).max(365).optional(),
  notes: freeText.optional(),
  createdAt: time.optional(),
  updatedAt: time.optional(),
  // Added with bounce detection: absent in older backups.
  undeliverable: z.array(emailItem).max(100).optional(),
});
type BackupContact = z.output<typeof BackupContactSchema>;

const BackupTouchSchema = z
  .strictObject({
    id: id.optional(),
    contactId: id,
    channel: z.enum(CHANNELS),
    direction: z.enum(DIRECTIONS),
    at: time,
    summary: freeText.optional(),
    score: z.number().min(0).max(100).optional(),
    // Added in backup version 2: absent in older backups.
    ruleStatuses: z
      .string()
      .refine(isRuleStatuses, 'is not rule statuses ("purpose:p benefit:f …")')
      .optional(),
    fingerprint: z.string().refine(isFingerprint, 'is not a fingerprint').optional(),
    outcome: z.enum(CALL_OUTCOMES).optional(),
    source: z.enum(['auto', 'manual']).default('manual'),
    externalId: z.string().min(1).max(500).optional(),
    scheduled: z.boolean().optional(),
    threadId: z
      .string()
      .regex(/^[0-9a-f]{1,16}$/)
      .optional(),
  })
  .refine((t) => t.outcome === undefined || t.channel === 'call', {
    error: 'only calls have an outcome',
    path: ['outcome'],
  });
type BackupTouch = z.output<typeof BackupTouchSchema>;

const BackupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z
    .string()
    .refine((v) => parseIsoInstant(v).ok, 'is not an ISO 8601 time with a zone')
    .optional(),
  contacts: z.array(z.unknown()).default([]),
  touches: z.array(z.unknown()).default([]),
});

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type') {
    return input === undefined
      ? 'is missing'
      : `${JSON.stringify(input)} is not a ${issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    return `${JSON.stringify(input)} is not one of ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'unrecognized_keys') return 'is not a field of a WII-FM Coach backup';
  return issue.message;
}

/** The field an issue is about: its path, or for an unknown field, that field's name. */
function issueField(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'unrecognized_keys') return issue.keys[0];
  return issue.path.length > 0 ? String(issue.path[0]) : undefined;
}

function parseRow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: Table,
  row: number,
): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  // Parsed again with the input in the issue, for the message (only on failure: it costs).
  const issue = schema.safeParse(value, { reportInput: true }).error!.issues[0]!;
  throw new ImportError(describeIssue(issue), { file, row, field: issueField(issue) });
}

interface ImportPlan {
  contacts: { row: number; value: BackupContact }[];
  touches: { row: number; value: BackupTouch }[];
  /** Without a contacts file, touches name contacts already in the database. */
  touchesReferToDb: boolean;
}

/** Checks what only the whole file can show: unique ids, addresses on one contact only, touches naming a contact. */
function crossCheck(plan: ImportPlan): void {
  const ids = new Map<number, number>();
  const owners = new Map<string, number>();
  for (const { row, value } of plan.contacts) {
    if (value.id !== undefined) {
      const first = ids.get(value.id);
      if (first !== undefined) {
        throw new ImportError(`id ${value.id} is also on row ${first}`, {
          file: 'contacts',
          row,
          field: 'id',
        });
      }
      ids.set(value.id, row);
    }
    for (const field of ['emails', 'linkedinUrls'] as const) {
      for (const key of new Set(value[field])) {
        const first = owners.get(key);
        if (first !== undefined) {
          throw new ImportError(`"${key}" is also on row ${first}`, {
            file: 'contacts',
            row,
            field,
          });
        }
        owners.set(key, row);
      }
    }
  }
  const touchIds = new Map<number, number>();
  for (const { row, value } of plan.touches) {
    if (value.id !== undefined) {
      const first = touchIds.get(value.id);
      if (first !== undefined) {
        throw new ImportError(`id ${value.id} is also on row ${first}`, {
          file: 'touches',
          row,
          field: 'id',
        });
      }
      touchIds.set(value.id, row);
    }
    if (!plan.touchesReferToDb && !ids.has(value.contactId)) {
      throw new ImportError(`no contact has id ${value.contactId}`, {
        file: 'touches',
        row,
        field: 'contactId',
      });
    }
  }
}

// -------------------------------------------------------------------- export

function pick<T extends object>(record: T, fields: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const f of fields) if (record[f] !== undefined) out[f] = record[f];
  return out;
}

async function snapshot(
  db: WiifmDB,
): Promise<{ contacts: Partial<Contact>[]; touches: Partial<Touch>[] }> {
  return db.transaction('r', db.contacts, db.touches, async () => ({
    contacts: (await db.contacts.toArray()).map((c) => pick(withoutDerived(c), CONTACT_FIELDS)),
    touches: (await db.touches.toArray()).map((t) => pick(t, TOUCH_FIELDS)),
  }));
}

function jsonLines(rows: unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join(',\n');
}

/** Everything, as versioned JSON (one record per line). */
export async function exportJson(db: WiifmDB): Promise<string> {
  const { contacts, touches } = await snapshot(db);
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
  }).slice(0, -1);
  return `${head},\n"contacts":[\n${jsonLines(contacts)}\n],\n"touches":[\n${jsonLines(touches)}\n]}\n`;
}

function csvCell(field: string, value: unknown): string {
  if (value === undefined) return '';
  if (LIST_FIELDS.has(field)) return guardCell((value as string[]).join(';'));
  if (TIME_FIELDS.has(field)) return new Date(value as number).toISOString();
  return guardCell(String(value));
}

function toCsv(fields: readonly string[], rows: Record<string, unknown>[]): string {
  return Papa.unparse({
    fields: [...fields],
    data: rows.map((r) => fields.map((f) => csvCell(f, r[f]))),
  });
}

/** Columns of touches.csv that describe the touch's contact, for a reader; import ignores them. */
export const TOUCH_CONTEXT_COLUMNS = ['contactName', 'contactEmail', 'nextDue'] as const;

/** touches.csv's columns: who the touch was with comes right after their id. */
const TOUCH_CSV_COLUMNS = TOUCH_FIELDS.flatMap((f) =>
  f === 'contactId' ? [f, ...TOUCH_CONTEXT_COLUMNS] : [f],
);

/** What the next-due column is computed with: the rep's settings and zone, and now. */
export interface CsvDueOptions {
  now: Date;
  timeZone: string;
  settings: Pick<Settings, 'defaultCadenceDays' | 'workingDays'>;
}

/**
 * Everything as two spreadsheets: contacts.csv and touches.csv, each
 * starting with a byte-order mark. `due` dates the next follow-up (default:
 * the default settings, in UTC, now).
 */
export async function exportCsv(
  db: WiifmDB,
  due: CsvDueOptions = { now: new Date(), timeZone: 'UTC', settings: DEFAULT_SETTINGS },
): Promise<{ contacts: string; touches: string }> {
  const { contacts, touches, stored } = await db.transaction(
    'r',
    db.contacts,
    db.touches,
    async () => ({
      ...(await snapshot(db)),
      // The next follow-up reads the derived fields, which the snapshot leaves out.
      stored: await db.contacts.toArray(),
    }),
  );
  const today = localDate(due.now, due.timeZone);
  const cadence = { ...due.settings, timeZone: due.timeZone };
  const context = new Map(
    stored.map((c) => [
      c.id!,
      {
        contactName: c.name,
        contactEmail: c.emails[0],
        nextDue: followUpAsOf(c, cadence, today)?.dueDate,
      },
    ]),
  );
  const rows = touches.map((t) => ({ ...t, ...context.get(t.contactId!) }));
  return {
    contacts: CSV_BOM + toCsv(CONTACT_FIELDS, contacts as Record<string, unknown>[]),
    touches: CSV_BOM + toCsv(TOUCH_CSV_COLUMNS, rows),
  };
}

// -------------------------------------------------------------------- import

/** Reads a JSON backup. Throws ImportError and changes nothing on bad input; re-importing adds nothing. */
export async function importJson(
  db: WiifmDB,
  text: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ contacts: number; touches: number }> {
  checkSize(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportError('this file is not a WII-FM Coach backup (it is not JSON)');
  }
  const file = BackupFileSchema.safeParse(raw, { reportInput: true });
  if (!file.success) {
    const issue = file.error.issues[0]!;
    const field = issueField(issue);
    if (field === 'format' || field === undefined || !isRecord(raw) || !('format' in raw)) {
      throw new ImportError('this file is not a WII-FM Coach backup');
    }
    throw new ImportError(describeIssue(issue), { field });
  }
  if (file.data.version > BACKUP_VERSION) {
    throw new ImportError(
      `this backup is version ${file.data.version}, made by a newer WII-FM Coach; update to import it`,
    );
  }
  // Counted before a single row is checked: those checks are what would stall the page.
  if (file.data.contacts.length > MAX_IMPORT_CONTACTS) throw tooManyRows('contacts');
  if (file.data.touches.length > MAX_IMPORT_TOUCHES) throw tooManyRows('touches');
  const plan: ImportPlan = {
    contacts: file.data.contacts.map((c, i) => ({
      row: i + 1,
      value: parseRow(BackupContactSchema, c, 'contacts', i + 1),
    })),
    touches: file.data.touches.map((t, i) => ({
      row: i + 1,
      value: parseRow(BackupTouchSchema, t, 'touches', i + 1),
    })),
    touchesReferToDb: false,
  };
  crossCheck(plan);
  return write(db, plan, onProgress);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// A plain decimal, as our export writes numbers: no hex, exponents or "Infinity".
const DECIMAL = /^-?\d+(\.\d+)?$/;

function csvValue(field: string, cell: string, file: Table, row: number): unknown {
  const raw = unguardCell(cell);
  const v = TEXT_FIELDS.has(field) ? raw : raw.trim();
  if (v.trim() === '') return undefined;
  if (LIST_FIELDS.has(field)) {
    return v
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  if (TIME_FIELDS.has(field)) {
    const time = parseIsoInstant(v);
    if (!time.ok) throw new ImportError(`"${v}" ${time.reason}`, { file, row, field });
    return time.ms;
  }
  if (BOOLEAN_FIELDS.has(field)) {
    if (v === 'true' || v === 'false') return v === 'true';
    throw new ImportError(`"${v}" is not true or false`, { file, row, field });
  }
  if (NUMBER_FIELDS.has(field)) {
    if (!DECIMAL.test(v)) throw new ImportError(`"${v}" is not a number`, { file, row, field });
    return Number(v);
  }
  return v;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

function readCsv<S extends z.ZodType>(
  text: string,
  file: Table,
  fields: readonly string[],
  required: readonly string[],
  schema: S,
  /** Columns known but not imported (read from elsewhere on import). */
  ignored: readonly string[] = [],
): { row: number; value: z.output<S> }[] {
  checkSize(text, file);
  // Row by row, so parsing stops at the first row past the limit.
  const rows: string[][] = [];
  let broken: { message: string; row: number } | undefined;
  let filled = 0;
  let over = false;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    step: (result, parser) => {
      rows.push(result.data);
      const quotes = result.errors.find((e) => e.type === 'Quotes');
      if (quotes && !broken) broken = { message: quotes.message, row: rows.length };
      if (rows.length > 1 && !isBlank(result.data) && ++filled > MAX_ROWS[file]) {
        over = true;
        parser.abort();
      }
    },
  });
  if (over) throw tooManyRows(file);
  if (broken) {
    throw new ImportError(`a quoted cell is not closed (${broken.message})`, {
      file,
      row: broken.row,
    });
  }
  const [header, ...records] = rows;
  if (!header) throw new ImportError('the file is empty', { file });
  const columns = header.map((h) => h.trim());
  columns.forEach((c, i) => {
    if (!fields.includes(c) && !ignored.includes(c)) {
      throw new ImportError(`unknown column "${c}" (columns: ${fields.join(', ')})`, {
        file,
        row: 1,
        field: c || `column ${i + 1}`,
      });
    }
  });
  for (const r of required) {
    if (!columns.includes(r))
      throw new ImportError(`the column is missing`, { file, row: 1, field: r });
  }
  const out: { row: number; value: z.output<S> }[] = [];
  records.forEach((cells, i) => {
    const row = i + 2;
    if (isBlank(cells)) return; // a blank line
    if (cells.length > columns.length) {
      throw new ImportError(`${cells.length} cells for ${columns.length} columns`, { file, row });
    }
    const record: Record<string, unknown> = {};
    columns.forEach((c, k) => {
      if (ignored.includes(c)) return;
      const value = csvValue(c, cells[k] ?? '', file, row);
      if (value !== undefined) record[c] = value;
    });
    out.push({ row, value: parseRow(schema, record, file, row) });
  });
  return out;
}

/**
 * Reads contacts.csv and/or touches.csv (as exported). Without contacts.csv,
 * touches name contacts already in the database by id.
 */
export async function importCsv(
  db: WiifmDB,
  files: { contacts?: string; touches?: string },
  onProgress?: (done: number, total: number) => void,
): Promise<{ contacts: number; touches: number }> {
  const plan: ImportPlan = {
    contacts:
      files.contacts === undefined
        ? []
        : readCsv(files.contacts, 'contacts', CONTACT_FIELDS, ['name'], BackupContactSchema),
    touches:
      files.touches === undefined
        ? []
        : readCsv(
            files.touches,
            'touches',
            TOUCH_FIELDS,
            ['contactId', 'channel', 'direction', 'at'],
            BackupTouchSchema,
            TOUCH_CONTEXT_COLUMNS,
          ),
    touchesReferToDb: files.contacts === undefined,
  };
  crossCheck(plan);
  return write(db, plan, onProgress);
}

/**
 * Contacts read from another program's file (`lib/crm`), each with the row
 * it came from: checked like a backup's contacts and written the same way,
 * in one transaction. A contact whose address or profile is already in the
 * log adds what it lacks to that contact; the rest are new.
 */
export async function importContacts(
  db: WiifmDB,
  records: readonly { row: number; value: Record<string, unknown> }[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ contacts: number; touches: number }> {
  if (records.length > MAX_IMPORT_CONTACTS) throw tooManyRows('contacts');
  const plan: ImportPlan = {
    contacts: records.map(({ row, value }) => ({
      row,
      value: parseRow(BackupContactSchema, value, 'contacts', row),
    })),
    touches: [],
    touchesReferToDb: false,
  };
  crossCheck(plan);
  return write(db, plan, onProgress);
}

function touchKeys(
  t: Pick<Touch, 'contactId' | 'channel' | 'at' | 'direction' | 'externalId'>,
): string[] {
  const keys = [`${t.contactId}|${t.channel}|${t.at}|${t.direction}`];
  if (t.externalId !== undefined) keys.push(`${t.channel}|#${t.externalId}`);
  return keys;
}

function toContact(c: BackupContact, now: number): Contact {
  const { createdAt, updatedAt, ...rest } = c;
  // A hand-edited sheet may leave it on a contact no longer snoozed: it belongs to a snooze only.
  if (rest.status !== 'paused' || rest.pausedUntil === undefined) delete rest.snoozedAt;
  return { ...rest, createdAt: createdAt ?? now, updatedAt: updatedAt ?? createdAt ?? now };
}

/** Writes a checked plan in one transaction. */
async function write(
  db: WiifmDB,
  plan: ImportPlan,
  onProgress?: (done: number, total: number) => void,
): Promise<{ contacts: number; touches: number }> {
  const total = plan.contacts.length + plan.touches.length;
  let done = 0;
  const step = (n: number) => {
    if (n === 0) return;
    done += n;
    onProgress?.(done, total);
  };
  const inChunks = async <T>(rows: T[], put: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
      const chunk = rows.slice(i, i + IMPORT_CHUNK);
      await put(chunk);
      step(chunk.length);
    }
  };
  const now = Date.now();

  return db.transaction('rw', db.contacts, db.touches, async () => {
    const empty = (await db.contacts.count()) === 0 && (await db.touches.count()) === 0;
    if (empty && !plan.touchesReferToDb) {
      // A fresh database takes the backup as it is, ids included.
      let nextContact = maxId(plan.contacts) + 1;
      const contacts = plan.contacts.map(({ value }) => ({
        ...toContact(value, now),
        id: value.id ?? nextContact++,
      }));
      let nextTouch = maxId(plan.touches) + 1;
      const seen = new Set<string>();
      const touches: Touch[] = [];
      for (const { value } of plan.touches) {
        const keys = touchKeys(value);
        if (keys.some((k) => seen.has(k))) continue;
        keys.forEach((k) => seen.add(k));
        if (value.id === undefined) value.id = nextTouch++;
        touches.push(value as Touch);
      }
      const byContact = groupBy(touches);
      const stored = contacts.map((c) =>
        withDerived(c, summariseTouches(byContact.get(c.id) ?? [])),
      );
      await inChunks(stored, (chunk) => db.contacts.bulkAdd(chunk));
      await inChunks(touches, (chunk) => db.touches.bulkAdd(chunk));
      step(plan.touches.length - touches.length);
      return { contacts: stored.length, touches: touches.length };
    }

    // A database with data: contacts are matched by address or link (or, for
    // one without either, by its id and name), touches by message id or by
    // contact, channel, time and direction.
    const existing = await db.contacts.toArray();
    const byId = new Map(existing.map((c) => [c.id!, c]));
    if (plan.touchesReferToDb) {
      const missing = plan.touches.find((t) => !byId.has(t.value.contactId));
      if (missing) {
        throw new ImportError(`no contact has id ${missing.value.contactId}`, {
          file: 'touches',
          row: missing.row,
          field: 'contactId',
        });
      }
    }
    const owner = new Map<string, number>();
    for (const c of existing) for (const k of [...c.emails, ...c.linkedinUrls]) owner.set(k, c.id!);

    const contactIdOf = new Map<number, number>(); // file id → database id
    const changed = new Map<number, Contact>();
    const added: { fileId?: number; contact: Contact }[] = [];
    for (const { value } of plan.contacts) {
      const keys = [...value.emails, ...value.linkedinUrls];
      const matchId =
        keys.map((k) => owner.get(k)).find((x) => x !== undefined) ??
        (value.id !== undefined &&
        keys.length === 0 &&
        byId.get(value.id) &&
        byId.get(value.id)!.nameKey === nameKey(value.name)
          ? value.id
          : undefined);
      if (matchId !== undefined) {
        const c = changed.get(matchId) ?? byId.get(matchId)!;
        // Addresses and links it lacks are added, unless another contact holds them.
        const fresh = (list: string[]) => list.filter((k) => !owner.has(k));
        const emails = fresh(value.emails);
        const urls = fresh(value.linkedinUrls);
        if (emails.length + urls.length > 0) {
          changed.set(matchId, {
            ...c,
            emails: [...c.emails, ...emails],
            linkedinUrls: [...c.linkedinUrls, ...urls],
            updatedAt: now,
          });
          for (const k of [...emails, ...urls]) owner.set(k, matchId);
        }
        if (value.id !== undefined) contactIdOf.set(value.id, matchId);
      } else {
        const { id: fileId, ...rest } = value;
        added.push({ fileId, contact: toContact({ ...rest }, now) });
      }
    }
    const newIds = await bulkAddChunked(
      db.contacts,
      added.map((a) => withDerived(a.contact, {})),
      step,
    );
    added.forEach((a, i) => {
      a.contact.id = newIds[i];
      if (a.fileId !== undefined) contactIdOf.set(a.fileId, newIds[i]!);
    });

    const allTouches = await db.touches.toArray();
    const seen = new Set(allTouches.flatMap(touchKeys));
    const newTouches: Touch[] = [];
    for (const { value } of plan.touches) {
      const { id: _fileId, ...rest } = value;
      const contactId = plan.touchesReferToDb ? value.contactId : contactIdOf.get(value.contactId)!;
      const touch: Touch = { ...rest, contactId };
      const keys = touchKeys(touch);
      if (keys.some((k) => seen.has(k))) continue;
      keys.forEach((k) => seen.add(k));
      newTouches.push(touch);
    }
    const touchIds = await bulkAddChunked(db.touches, newTouches, step);
    newTouches.forEach((t, i) => (t.id = touchIds[i]));
    step(plan.touches.length - newTouches.length);

    // Derived fields of every contact whose data or touches changed.
    const affected = new Set([...changed.keys(), ...added.map((a) => a.contact.id!)]);
    for (const t of newTouches) affected.add(t.contactId);
    if (affected.size > 0) {
      const touchesBy = groupBy(
        [...allTouches, ...newTouches].filter((t) => affected.has(t.contactId)),
      );
      const addedById = new Map(added.map((a) => [a.contact.id!, a.contact]));
      const updates = [...affected].map((cid) =>
        withDerived(
          changed.get(cid) ?? addedById.get(cid) ?? byId.get(cid)!,
          summariseTouches(touchesBy.get(cid) ?? []),
        ),
      );
      await db.contacts.bulkPut(updates);
    }
    return { contacts: added.length, touches: newTouches.length };
  });
}

async function bulkAddChunked<T>(
  table: DexieTable<T, number>,
  rows: T[],
  step: (n: number) => void,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
    const chunk = rows.slice(i, i + IMPORT_CHUNK);
    ids.push(...(await table.bulkAdd(chunk, { allKeys: true })));
    step(chunk.length);
  }
  return ids;
}

function maxId(rows: { value: { id?: number } }[]): number {
  let max = 0;
  for (const r of rows) if (r.value.id !== undefined && r.value.id > max) max = r.value.id;
  return max;
}

function groupBy(touches: Touch[]): Map<number, Touch[]> {
  const map = new Map<number, Touch[]>();
  for (const t of touches) {
    const list = map.get(t.contactId);
    if (list) list.push(t);
    else map.set(t.contactId, [t]);
  }
  return map;
}

/** Deletes every contact and touch (settings stay). */
export async function deleteAllData(db: WiifmDB): Promise<void> {
  await db.transaction('rw', db.contacts, db.touches, async () => {
    await db.contacts.clear();
    await db.touches.clear();
  });
}
