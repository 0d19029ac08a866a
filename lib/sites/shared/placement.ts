/**
 * Where the sidebar goes. The panel sits beside the focused compose, never
 * over it (the draft, its recipients and its Send button are all inside the
 * compose's rect), and never over the page's own content the rep is reading
 * (`avoid`: inbox rows, open messages, LinkedIn's conversation list). Where
 * no such place exists (a small window, zoom) it shrinks to its handle, never
 * to a clipped panel. The handle (shown too when no compose is open, or when
 * the rep collapsed it) looks for a free spot of its own the same way. Only
 * when the rep opens the panel where it does not fit does it cover the page
 * (`overlay`), on the side that hides least of the compose.
 */

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** What the sidebar asks for (see `wiifm:layout`). */
export type Want = 'handle' | 'panel' | 'overlay';

export interface PlaceInput {
  view: Viewport;
  /** The focused compose's rect in viewport coordinates, or null when none is open. */
  anchor: RectLike | null;
  want: Want;
  /** Page content the sidebar must not cover. */
  avoid?: readonly RectLike[];
  /**
   * Page content the handle never covers and the panel beside a compose
   * covers only when nothing else fits (Gmail's older messages above an
   * inline reply: the rep is writing, not reading them).
   */
  soft?: readonly RectLike[];
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
  shape: 'panel' | 'handle';
  /**
   * `left`/`right`/`above`/`below`: the panel beside the compose (or at the
   * right edge with none open); `overlay`: the panel over the page because
   * the rep asked; `handle`: the handle.
   */
  side: 'left' | 'right' | 'above' | 'below' | 'overlay' | 'handle';
  /** The panel was asked for but fits nowhere clear: the handle shows instead. */
  cramped: boolean;
}

export const SIDEBAR_SIZE = {
  width: 340,
  minWidth: 280,
  maxHeight: 640,
  minHeight: 240,
  handleWidth: 44,
  handleHeight: 56,
  /** Space between the sidebar and the compose. */
  gap: 8,
  /** Space between the sidebar and the viewport's edges. */
  margin: 8,
  /** How far the handle's search steps along an edge. */
  step: 8,
};

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

type Box = { left: number; top: number; width: number; height: number };

/** The overlap of two rects in square pixels (0 when they only touch). */
export function overlapArea(a: RectLike, b: RectLike): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

const rectOf = (b: Box): RectLike => ({
  left: b.left,
  top: b.top,
  right: b.left + b.width,
  bottom: b.top + b.height,
});

function inView(b: Box, view: Viewport): boolean {
  return (
    b.left >= 0 && b.top >= 0 && b.left + b.width <= view.width && b.top + b.height <= view.height
  );
}

function clear(b: Box, blocked: readonly RectLike[]): boolean {
  const r = rectOf(b);
  return blocked.every((x) => overlapArea(r, x) === 0);
}

/** Placement for what the sidebar wants, given the viewport, the compose and the page's content. */
export function placeSidebar(input: PlaceInput, size = SIDEBAR_SIZE): Placement {
  const { view, anchor, want } = input;
  const avoid = input.avoid ?? [];
  const soft = input.soft ?? [];
  const hard = anchor ? [...avoid, anchor] : avoid;
  const blocked = [...hard, ...soft];
  if (want === 'overlay') return overlay(view, anchor, size);
  if (want === 'panel') {
    const panel =
      besideCompose(view, anchor, blocked, size) ??
      (anchor && soft.length > 0 ? besideCompose(view, anchor, hard, size) : null);
    if (panel) return panel;
  }
  return {
    ...handle(view, anchor, blocked, size),
    shape: 'handle',
    side: 'handle',
    cramped: want === 'panel',
  };
}

/** The panel where it covers neither the compose nor the page's content, or null. */
function besideCompose(
  view: Viewport,
  anchor: RectLike | null,
  blocked: readonly RectLike[],
  size: typeof SIDEBAR_SIZE,
): Placement | null {
  const { gap, margin } = size;
  const fullHeight = Math.max(0, Math.min(size.maxHeight, view.height - 2 * margin));
  if (fullHeight < size.minHeight) return null;
  const rightEdge = view.width - margin;
  const fits = (b: Box) => b.width >= size.minWidth && inView(b, view) && clear(b, blocked);
  const panel = (b: Box, side: Placement['side']): Placement => ({
    ...b,
    shape: 'panel',
    side,
    cramped: false,
  });

  if (!anchor) {
    const w = Math.min(size.width, view.width - 2 * margin);
    const b = {
      left: rightEdge - w,
      top: view.height - margin - fullHeight,
      width: w,
      height: fullHeight,
    };
    return fits(b) ? panel(b, 'right') : null;
  }

  // Beside the compose, bottom-aligned with it (Gmail docks composes at the bottom).
  const top = clamp(
    anchor.bottom - fullHeight,
    margin,
    Math.max(margin, view.height - margin - fullHeight),
  );
  const roomLeft = anchor.left - gap - margin;
  const wLeft = Math.min(size.width, roomLeft);
  const left = { left: anchor.left - gap - wLeft, top, width: wLeft, height: fullHeight };
  if (fits(left)) return panel(left, 'left');
  const roomRight = rightEdge - (anchor.right + gap);
  const wRight = Math.min(size.width, roomRight);
  const right = { left: rightEdge - wRight, top, width: wRight, height: fullHeight };
  if (fits(right)) return panel(right, 'right');

  // Above or below the compose (an inline reply under older messages).
  const w = Math.min(size.width, view.width - 2 * margin);
  const x = clamp(anchor.right - w, margin, Math.max(margin, rightEdge - w));
  const roomAbove = anchor.top - gap - margin;
  const roomBelow = view.height - margin - (anchor.bottom + gap);
  const above = {
    left: x,
    top: anchor.top - gap - Math.min(fullHeight, roomAbove),
    width: w,
    height: Math.min(fullHeight, roomAbove),
  };
  const below = {
    left: x,
    top: anchor.bottom + gap,
    width: w,
    height: Math.min(fullHeight, roomBelow),
  };
  const tall = (b: Box) => b.height >= size.minHeight && fits(b);
  const tries: [Box, Placement['side']][] =
    roomAbove >= roomBelow
      ? [
          [above, 'above'],
          [below, 'below'],
        ]
      : [
          [below, 'below'],
          [above, 'above'],
        ];
  for (const [b, side] of tries) if (tall(b)) return panel(b, side);
  return null;
}

/**
 * The handle: beside the compose when it has one, else the first clear spot
 * up the right edge, then up the left edge; where nothing is clear, the spot
 * that covers the least.
 */
function handle(
  view: Viewport,
  anchor: RectLike | null,
  blocked: readonly RectLike[],
  size: typeof SIDEBAR_SIZE,
): Box {
  const { gap, margin, handleWidth: w, handleHeight: h, step } = size;
  const maxTop = Math.max(0, view.height - margin - h);
  const candidates: Box[] = [];
  if (anchor) {
    const top = clamp(anchor.bottom - h, margin, maxTop);
    candidates.push({ left: anchor.left - gap - w, top, width: w, height: h });
    candidates.push({ left: anchor.right + gap, top, width: w, height: h });
  }
  const edges = [Math.max(0, view.width - margin - w), margin];
  for (const left of edges) {
    for (let top = maxTop; top >= margin; top -= step)
      candidates.push({ left, top, width: w, height: h });
    if (maxTop < margin) candidates.push({ left, top: 0, width: w, height: h });
  }
  const shown = candidates.filter((b) => inView(b, view));
  const free = shown.find((b) => clear(b, blocked));
  if (free) return free;
  // Nothing clear (the page fills the window): cover as little as possible, the compose least of all.
  const cost = (b: Box) =>
    blocked.reduce((sum, x) => sum + overlapArea(rectOf(b), x), 0) +
    (anchor ? overlapArea(rectOf(b), anchor) * 10 : 0);
  const best = shown.reduce<Box | null>((a, b) => (a === null || cost(b) < cost(a) ? b : a), null);
  return (
    best ?? {
      left: Math.max(0, view.width - w),
      top: maxTop,
      width: Math.min(w, view.width),
      height: Math.min(h, view.height),
    }
  );
}

/** The whole panel over the page, on the side that hides the least of the compose. */
function overlay(view: Viewport, anchor: RectLike | null, size: typeof SIDEBAR_SIZE): Placement {
  const { margin } = size;
  const width = Math.max(0, Math.min(size.width, view.width - 2 * margin));
  const height = Math.max(0, Math.min(size.maxHeight, view.height - 2 * margin));
  const top = Math.max(0, view.height - margin - height);
  const right = { left: view.width - margin - width, top, width, height };
  const left = { left: margin, top, width, height };
  const side =
    anchor && overlapArea(rectOf(left), anchor) < overlapArea(rectOf(right), anchor) ? left : right;
  return { ...side, shape: 'panel', side: 'overlay', cramped: false };
}
