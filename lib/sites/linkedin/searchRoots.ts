import { queryUnion } from '@/lib/sites/shared/query';
import { MESSAGING_SHADOW_HOST } from './selectors';

/**
 * Where LinkedIn's messaging UI can live: the page itself, plus the open
 * shadow root of `#interop-outlet`, into which newer pages (2025–2026, per
 * public automation notes) mount the chat overlay and composer. A content
 * script can read an open shadow root like any other subtree. Never throws.
 */
export function searchRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [root];
  try {
    for (const host of queryUnion(root, MESSAGING_SHADOW_HOST)) {
      const shadow = (host as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) roots.push(shadow);
    }
  } catch {
    // no shadow roots reachable
  }
  return roots;
}
