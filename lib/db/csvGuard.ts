/**
 * Keeps an exported CSV from running as a spreadsheet formula ("CSV
 * injection"): a contact named `=HYPERLINK("http://evil","x")` must open as
 * that text, not as a link.
 *
 * Spreadsheets start a formula at `=`, `+`, `-` or `@`, also after leading
 * spaces or tabs (LibreOffice and Excel trim them first), also in their
 * full-width forms `＝ ＋ － ＠` (an East Asian keyboard's, which Excel on
 * Japanese or Chinese Windows reads as the ASCII ones), and a cell that
 * starts with a tab or carriage return is treated as one by some. Such a
 * cell gets a leading `'`, which a spreadsheet takes as "this is text".
 *
 * A value that itself starts with `'` before one of those gets a second `'`,
 * so import can always remove exactly one and give back what was exported.
 */

/** A cell that needs the leading `'`. Exported for Papa.unparse's `escapeFormulae`. */
export const FORMULA_START = /^'*(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** The cell as written to the CSV. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value a guarded cell stood for (cells we did not guard pass unchanged). */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
