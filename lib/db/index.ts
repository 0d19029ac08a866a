/**
 * The touch log: contacts and every touch with them, in IndexedDB via Dexie.
 *
 * Where it may be opened: ONLY in extension pages (sidebar, popup, options —
 * all on the extension's own origin) and the background service worker.
 * NEVER from a content script: there IndexedDB belongs to the page's origin
 * (mail.google.com, linkedin.com), so the rep's contacts would be written
 * into Gmail's or LinkedIn's storage, readable by their scripts. `getDb()`
 * refuses to run on an http(s) origin for that reason.
 *
 * How content scripts log touches instead: they send the typed runtime
 * messages of `lib/messages.ts` (`touch.emailSent`, `touch.emailReceived`,
 * `touch.linkedinSent`) with `browser.runtime.sendMessage`; the background
 * passes each to `handleMessage(getDb(), raw, settings, sender)` from
 * `@/lib/db/handleMessage`, which validates it with zod (`MessageSchema`)
 * and answers `{ ok, touchIds, skipped }` or `{ ok: false, error }`. The
 * sidebar iframe is an extension page, so it opens the database directly.
 *
 * Every write that touches more than one row runs in one 'rw' transaction,
 * so a failure never leaves half a write behind.
 */
export { WiifmDB, openDb, getDb, DEFAULT_DB_NAME } from './db';
export * from './model';
export { SCHEMA_HISTORY, CURRENT_SCHEMA_VERSION, type SchemaVersion } from './schema';
export {
  normaliseEmail,
  normaliseLinkedInUrl,
  parseAddress,
  nameKey,
  nameFromEmail,
  isOnDomains,
  type ParsedAddress,
} from './normalise';
export {
  findContactByEmail,
  findContactByLinkedIn,
  findContactsByName,
  upsertContact,
  updateContact,
  mergeContacts,
  setStatus,
  setCadence,
  snooze,
  type ContactInput,
} from './contacts';
export {
  logTouch,
  editTouch,
  deleteTouch,
  undoTouches,
  history,
  type LogTouchInput,
} from './touches';
export { logEmailSent, logEmailReceived, logLinkedInSent, type LogResult } from './logging';
export {
  dueToday,
  nextDue,
  touchesPerWeek,
  onTimeShare,
  type DueItem,
  type DueOptions,
} from './due';
export {
  exportJson,
  exportCsv,
  importJson,
  importCsv,
  importContacts,
  CSV_BOM,
  deleteAllData,
  ImportError,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CONTACTS,
  MAX_IMPORT_TOUCHES,
  tooLargeMessage,
} from './backup';
export { replyRatesOf } from './evidence';
export { ruleStatusesOf, parseRuleStatuses, isRuleStatuses } from './ruleStatuses';
