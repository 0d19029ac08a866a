import type { RectLike } from '@/lib/sites/shared/placement';
import { queryUnion } from '@/lib/sites/shared/query';
import { visibleRects } from '@/lib/sites/shared/visibleRects';
import { searchRoots } from './searchRoots';
import { CONVERSATION_LIST, MESSAGE_THREAD } from './selectors';

/**
 * What the sidebar must not cover on LinkedIn (issue 14): the messaging
 * page's conversation list. Never throws.
 */
export function linkedInContentRects(doc: Document): RectLike[] {
  try {
    const lists = searchRoots(doc).flatMap((root) => queryUnion(root, CONVERSATION_LIST));
    return visibleRects(lists, doc.defaultView as Window);
  } catch {
    return [];
  }
}

/**
 * The open conversations (full-page thread, chat bubbles): the handle stays
 * off them, the panel covers their older messages only when nothing else
 * fits beside the box the rep writes in. Never throws.
 */
export function linkedInThreadRects(doc: Document): RectLike[] {
  try {
    const threads = searchRoots(doc).flatMap((root) => queryUnion(root, MESSAGE_THREAD));
    return visibleRects(threads, doc.defaultView as Window);
  } catch {
    return [];
  }
}
