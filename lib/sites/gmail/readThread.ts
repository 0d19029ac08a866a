import { closestAny, queryFallback, queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { isBounceSender } from '@/lib/inboundKind';
import { parseGmailDate } from './gmailDate';
import { addressesIn } from './addressesIn';
import { normaliseAddress } from './readRecipients';
import {
  MAIN_PANE,
  MESSAGE_BODY,
  MESSAGE_DATE,
  MESSAGE_RECIPIENTS,
  MESSAGE_SENDER,
  THREAD_MESSAGE,
  THREAD_SUBJECT,
} from './selectors';

export { parseGmailDate } from './gmailDate';

export interface ThreadMessage {
  /** Gmail's message id: `#msg-f:…` received, `#msg-a:r…` sent by the account (its draft's id). */
  id: string;
  /** Sender address, lower-cased. */
  from: string;
  fromName?: string;
  /** To, Cc and Bcc as the header lists them, lower-cased, once each. */
  to: string[];
  /** When it was sent (ms since epoch), when the page's date reads as one. */
  at?: number;
  /** For a delivery failure only: the addresses its text names (the one that bounced among them). */
  mentioned?: string[];
}

export interface Thread {
  subject: string;
  /** Expanded messages with a readable id and sender, in page order. */
  messages: ThreadMessage[];
}

const MAX_RECIPIENTS = 100;

/**
 * The open conversation in Gmail's main pane, or an empty one when none is
 * open. Messages outside the main pane (a preview, a node some script added
 * to the page) are not read. Never throws.
 */
export function readThread(doc: Document): Thread {
  try {
    const panes = queryUnion(doc, MAIN_PANE);
    const inPane = (el: Element) => panes.some((pane) => pane.contains(el));
    const heading = queryFallback(doc, THREAD_SUBJECT).find(inPane);
    const subject = heading?.textContent?.trim() ?? '';
    const messages: ThreadMessage[] = [];
    const seen = new Set<string>();
    for (const el of queryFallback(doc, THREAD_MESSAGE)) {
      if (!inPane(el)) continue;
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

/** `#msg-f:<decimal>` for Gmail's legacy hex id of a message: the two name one message. */
export function messageIdFromLegacy(hex: string | null | undefined): string | null {
  const clean = hex?.trim() ?? '';
  return /^[0-9a-f]{1,16}$/i.test(clean) ? `#msg-f:${BigInt(`0x${clean}`).toString()}` : null;
}

function readMessage(el: Element): ThreadMessage | null {
  const id =
    (el.getAttribute('data-message-id') ?? '').trim().slice(0, 200) ||
    messageIdFromLegacy(el.getAttribute('data-legacy-message-id'));
  const sender = queryFirst(el, MESSAGE_SENDER);
  const from = normaliseAddress(
    sender?.getAttribute('email') ?? sender?.getAttribute('data-hovercard-id'),
  );
  if (!id || !from) return null;
  const to = new Set<string>();
  for (const r of queryUnion(el, MESSAGE_RECIPIENTS)) {
    // A quoted message nested in this one has headers of its own.
    if (closestAny(r, THREAD_MESSAGE) !== el) continue;
    const address = normaliseAddress(
      r.getAttribute('email') ?? r.getAttribute('data-hovercard-id'),
    );
    if (address && to.size < MAX_RECIPIENTS) to.add(address);
  }
  const message: ThreadMessage = { id, from, to: [...to] };
  const name = (sender?.getAttribute('name') || sender?.textContent || '').trim();
  if (name && name.toLowerCase() !== from) message.fromName = name.slice(0, 200);
  const at = parseGmailDate(queryFirst(el, MESSAGE_DATE)?.getAttribute('title'));
  if (at !== undefined) message.at = at;
  if (isBounceSender(from, message.fromName)) {
    message.mentioned = addressesIn(queryFirst(el, MESSAGE_BODY)?.textContent ?? '');
  }
  return message;
}
