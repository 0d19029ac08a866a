import { queryFallback, queryFirst } from '@/lib/sites/shared/query';
import { normaliseAddress } from './readRecipients';
import { MESSAGE_DATE, MESSAGE_SENDER, THREAD_MESSAGE, THREAD_SUBJECT } from './selectors';

export interface ThreadMessage {
  /** Gmail's message id (`#msg-f:…`, else the legacy hex id). */
  id: string;
  /** Sender address, lower-cased. */
  from: string;
  fromName?: string;
  /** When it was sent (ms since epoch), when the page's date reads as one. */
  at?: number;
}

export interface Thread {
  subject: string;
  /** Expanded messages with a readable id and sender, in page order. */
  messages: ThreadMessage[];
}

/** The open conversation, or an empty one when none is open. Never throws. */
export function readThread(doc: Document): Thread {
  try {
    const subject = queryFirst(doc, THREAD_SUBJECT)?.textContent?.trim() ?? '';
    const messages: ThreadMessage[] = [];
    const seen = new Set<string>();
    for (const el of queryFallback(doc, THREAD_MESSAGE)) {
      const message = readMessage(el);
      if (message && !seen.has(message.id)) {
        seen.add(message.id);
        messages.push(message);
      }
    }
    return { subject, messages };
  } catch {
    return { subject: '', messages: [] };
  }
}

function readMessage(el: Element): ThreadMessage | null {
  const id = (el.getAttribute('data-message-id') || el.getAttribute('data-legacy-message-id') || '')
    .trim()
    .slice(0, 200);
  const sender = queryFirst(el, MESSAGE_SENDER);
  const from = normaliseAddress(
    sender?.getAttribute('email') ?? sender?.getAttribute('data-hovercard-id'),
  );
  if (!id || !from) return null;
  const message: ThreadMessage = { id, from };
  const name = (sender?.getAttribute('name') || sender?.textContent || '').trim();
  if (name && name.toLowerCase() !== from) message.fromName = name.slice(0, 200);
  const at = parseGmailDate(queryFirst(el, MESSAGE_DATE)?.getAttribute('title'));
  if (at !== undefined) message.at = at;
  return message;
}

/**
 * Gmail's full date ("Apr 9, 2025, 3:02 AM", local time; newer Chrome puts a
 * narrow no-break space before AM). Other UI languages may not parse: then
 * the date is left out rather than guessed.
 */
export function parseGmailDate(title: string | null | undefined): number | undefined {
  if (!title) return undefined;
  const ms = Date.parse(title.replace(/[\u202f\u00a0]/g, ' ').replace(/\s+at\s+/, ' '));
  return Number.isFinite(ms) ? ms : undefined;
}
