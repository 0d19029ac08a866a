import { queryFallback, queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { isBounceSender } from '@/lib/inboundKind';
import { addressesIn } from './addressesIn';
import { parseGmailDate } from './gmailDate';
import { normaliseAddress } from './readRecipients';
import { messageIdFromLegacy } from './readThread';
import {
  MAIN_PANE,
  ROW_DATE,
  ROW_IDS,
  ROW_SENDERS,
  ROW_SNIPPET,
  ROW_SUBJECT,
  THREAD_LIST,
  THREAD_ROW,
} from './selectors';

export interface InboxRow {
  /** Gmail's thread id (`#thread-f:…`, `#thread-a:r…`). */
  threadId: string;
  /** The same thread's legacy hex id, which Gmail's address uses (`#all/<id>`), when the row has it. */
  legacyThreadId?: string;
  /**
   * The `#msg-f:` id of the conversation's newest message that is not a
   * draft: the id the open thread shows for it, so the two log it once.
   */
  messageId: string;
  /** Every participant with an address, oldest sender first. */
  senders: Array<{ email: string; name?: string }>;
  /** When the row's date reads as one. In the inbox it is the newest message in the inbox, which may be older than the rep's own answer. */
  at?: number;
  subject: string;
  /** For a delivery failure only: the addresses its snippet names. */
  mentioned?: string[];
}

const MAX_ROWS = 500;

/**
 * The conversation rows of Gmail's thread list, in page order. Only rows in
 * a thread-list table inside the main pane are read, and only those with a
 * message id and at least one sender; `skip` leaves out rows by their
 * message id before the rest of the row is read (the coach's rows already
 * handled: Gmail changes the page often). Never throws.
 */
export function readInbox(
  doc: Document,
  options: { skip?: (messageId: string) => boolean } = {},
): InboxRow[] {
  try {
    const rows: InboxRow[] = [];
    for (const pane of queryUnion(doc, MAIN_PANE)) {
      for (const list of queryUnion(pane, THREAD_LIST)) {
        for (const tr of queryFallback(list, THREAD_ROW)) {
          if (rows.length >= MAX_ROWS) return rows;
          const row = readRow(tr, options.skip);
          if (row) rows.push(row);
        }
      }
    }
    return rows;
  } catch {
    return [];
  }
}

function readRow(tr: Element, skip?: (messageId: string) => boolean): InboxRow | null {
  const ids = queryFirst(tr, ROW_IDS);
  const messageId = messageIdFromLegacy(
    ids?.getAttribute('data-legacy-last-non-draft-message-id') ??
      ids?.getAttribute('data-legacy-last-message-id'),
  );
  if (!messageId || skip?.(messageId)) return null;
  const threadId = (ids?.getAttribute('data-thread-id') ?? '').trim().slice(0, 200);
  const senders: InboxRow['senders'] = [];
  for (const el of queryFallback(tr, ROW_SENDERS)) {
    const email = normaliseAddress(el.getAttribute('email'));
    if (!email) continue;
    const name = (el.getAttribute('name') ?? '').trim().slice(0, 200);
    senders.push(name ? { email, name } : { email });
  }
  if (senders.length === 0) return null;
  const legacy = (ids?.getAttribute('data-legacy-thread-id') ?? '').trim();
  const row: InboxRow = {
    threadId,
    ...(/^[0-9a-f]{1,16}$/i.test(legacy) && { legacyThreadId: legacy.toLowerCase() }),
    messageId,
    senders,
    subject: (queryFirst(tr, ROW_SUBJECT)?.textContent ?? '').trim().slice(0, 2000),
  };
  const at = parseGmailDate(queryFirst(tr, ROW_DATE)?.getAttribute('title'));
  if (at !== undefined) row.at = at;
  const latest = senders[senders.length - 1]!;
  if (isBounceSender(latest.email, latest.name)) {
    row.mentioned = addressesIn(queryFirst(tr, ROW_SNIPPET)?.textContent ?? '');
  }
  return row;
}
