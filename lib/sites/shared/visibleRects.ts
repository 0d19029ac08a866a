import type { RectLike } from './placement';

/** More rects than this (a thread list of hundreds of rows) would only slow placement down. */
const MAX_RECTS = 200;

/**
 * The rects of `elements` that show in the window, as placement's `avoid`
 * list: what the sidebar must leave uncovered. Hidden and off-screen ones
 * are left out. Never throws.
 */
export function visibleRects(elements: Iterable<Element>, view: Window): RectLike[] {
  const out: RectLike[] = [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  try {
    for (const el of elements) {
      const r = el.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) continue;
      if (r.bottom <= 0 || r.right <= 0 || r.top >= height || r.left >= width) continue;
      out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      if (out.length >= MAX_RECTS) break;
    }
  } catch {
    // an element vanished while measuring: what was measured still counts
  }
  return out;
}
