import { detectSource, SOURCE_NAMES } from '@/lib/crm/columns';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '@/lib/db';

/**
 * The message for the first chosen file over the import's size limit, or
 * null. Asked of the files' sizes before any is read, so a file far too big
 * never stalls the page while it loads (lib/db checks the text again).
 */
export function oversizedFile(files: readonly { name: string; size: number }[]): string | null {
  const big = files.find((f) => f.size > MAX_IMPORT_BYTES);
  if (!big) return null;
  return `Import stopped: ${tooLargeMessage(big.size, big.name)}. Nothing was changed.`;
}

/**
 * Which import the chosen files make: one JSON backup, or the contacts and/or
 * touches CSV that "Export CSV" wrote. A CSV is told apart by its header (a
 * touches file has a `channel` column), not by its name, which the rep may
 * have changed.
 */
export type ImportPlan =
  | { kind: 'json'; text: string }
  | { kind: 'csv'; contacts?: string; touches?: string }
  | { kind: 'invalid'; message: string };

export function planImport(files: { name: string; text: string }[]): ImportPlan {
  if (files.length === 0) return { kind: 'invalid', message: 'Choose a file to import.' };
  const json = files.filter((f) => /\.json$/i.test(f.name) || f.text.trimStart().startsWith('{'));
  if (json.length > 0) {
    if (files.length > 1) {
      return { kind: 'invalid', message: 'Import one JSON backup at a time, without CSV files.' };
    }
    return { kind: 'json', text: files[0].text };
  }
  const plan: { kind: 'csv'; contacts?: string; touches?: string } = { kind: 'csv' };
  for (const f of files) {
    const header = f.text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0]
      .toLowerCase();
    const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    // A CRM's contacts export is not a backup: it has its own import, with a preview.
    const crm = detectSource(columns);
    if (crm !== 'csv') {
      return {
        kind: 'invalid',
        message: `${f.name} looks like a contacts export from ${SOURCE_NAMES[crm]}: import it under "Move to or from a CRM" below, which shows what it will add first.`,
      };
    }
    const kind = columns.includes('channel') ? 'touches' : 'contacts';
    if (plan[kind] !== undefined) {
      return {
        kind: 'invalid',
        message: `Two ${kind} files were chosen (${f.name}); pick one contacts and one touches CSV.`,
      };
    }
    plan[kind] = f.text;
  }
  return plan;
}
