import type { RectLike } from '@/lib/sites/shared/placement';
import { queryFallback, queryUnion } from '@/lib/sites/shared/query';
import { visibleRects } from '@/lib/sites/shared/visibleRects';
import { MAIN_PANE, MESSAGE_BODY, THREAD_ROW } from './selectors';

/**
 * What the rep reads in Gmail, which the sidebar must not cover (issue 14):
 * the inbox's conversation rows and the open thread's message bodies, in
 * Gmail's main pane. Never throws.
 */
export function gmailContentRects(doc: Document): RectLike[] {
  try {
    const panes = queryUnion(doc, MAIN_PANE);
    const inPane = (el: Element) => panes.some((pane) => pane.contains(el));
    const found = [...queryFallback(doc, THREAD_ROW), ...queryFallback(doc, MESSAGE_BODY)].filter(
      inPane,
    );
    return visibleRects(found, doc.defaultView as Window);
  } catch {
    return [];
  }
}
