import { queryFallback, queryUnion } from '@/lib/sites/shared/query';
import { MAIN_PANE, THREAD_SUBJECT } from './selectors';

/**
 * Gmail's id of a conversation as its address uses it (`#all/<id>` opens it):
 * the legacy hex id. Kept with email touches so "Reply in thread" can open
 * the last conversation with a contact (issue 14).
 */

const HEX = /^[0-9a-f]{1,16}$/;

/**
 * The hex id from what Gmail writes on a page: the legacy id itself, or a
 * `thread-f:` / `#thread-f:` id in decimal (a thread row's `data-thread-id`).
 * Null for ids with no hex form (`thread-a:r…`, a thread the rep started).
 */
export function hexThreadId(raw: string | null | undefined): string | null {
  const id = raw?.trim().toLowerCase() ?? '';
  if (HEX.test(id)) return id;
  const decimal = /^#?thread-f:(\d{1,20})$/.exec(id);
  if (!decimal) return null;
  const hex = BigInt(decimal[1]).toString(16);
  return HEX.test(hex) ? hex : null;
}

/**
 * The open conversation's id, from its subject heading in the main pane
 * (`h2.hP[data-legacy-thread-id]`, seen 2025-04 in the saved thread), or null
 * when none is open.
 */
export function openThreadId(doc: Document): string | null {
  try {
    const panes = queryUnion(doc, MAIN_PANE);
    const heading = queryFallback(doc, THREAD_SUBJECT).find((h) =>
      panes.some((p) => p.contains(h)),
    );
    return (
      hexThreadId(heading?.getAttribute('data-legacy-thread-id')) ??
      hexThreadId(heading?.getAttribute('data-thread-perm-id'))
    );
  } catch {
    return null;
  }
}

/** `{ threadId }` for a message to the background, or nothing when there is no id. */
export function threadField(id: string | null): { threadId?: string } {
  return id ? { threadId: id } : {};
}

/**
 * The conversation a compose answers: an inline reply sits in the open
 * thread in Gmail's main pane; a compose dialog (a new message) has none yet.
 */
export function composeThreadId(compose: Element): string | null {
  const doc = compose.ownerDocument;
  const inPane = queryUnion(doc, MAIN_PANE).some((pane) => pane.contains(compose));
  return inPane ? openThreadId(doc) : null;
}
