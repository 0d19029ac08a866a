/**
 * Where the sidebar goes: beside the focused compose, never over it. The
 * draft, its recipients and its Send button are all inside the compose's
 * rect, so "never over the rect" keeps all three clear.
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

export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
  /**
   * `left`/`right`: beside the compose (or at the right edge with none open);
   * `above`/`below` it when neither side has room; `tab`: a slim tab, because
   * the rep collapsed it or because nothing else fits (`cramped`).
   */
  side: 'left' | 'right' | 'above' | 'below' | 'tab';
  /**
   * The open sidebar does not fit clear of the compose, so it is shown as a
   * tab at the viewport's edge (over the compose's edge only when the compose
   * fills the viewport's height).
   */
  cramped: boolean;
}

export const SIDEBAR_SIZE = {
  width: 340,
  minWidth: 280,
  maxHeight: 640,
  minHeight: 240,
  tabWidth: 32,
  tabHeight: 120,
  /** Space between the sidebar and the compose. */
  gap: 8,
  /** Space between the sidebar and the viewport's edges. */
  margin: 8,
};

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/** Placement for a viewport, the focused compose's rect (null: none open) and the collapsed state. */
export function placeSidebar(
  view: Viewport,
  anchor: RectLike | null,
  collapsed: boolean,
  size = SIDEBAR_SIZE,
): Placement {
  const { gap, margin } = size;
  const fullHeight = Math.max(0, Math.min(size.maxHeight, view.height - 2 * margin));
  const width = collapsed ? size.tabWidth : size.width;
  const minWidth = collapsed ? size.tabWidth : size.minWidth;
  const height = collapsed ? size.tabHeight : fullHeight;
  const rightEdge = view.width - margin;

  if (!anchor) {
    const w = Math.min(width, Math.max(0, view.width - 2 * margin));
    return {
      left: rightEdge - w,
      top: Math.max(margin, view.height - margin - height),
      width: w,
      height,
      side: collapsed ? 'tab' : 'right',
      cramped: false,
    };
  }

  // Beside the compose, bottom-aligned with it (Gmail docks composes at the bottom).
  const top = clamp(
    anchor.bottom - height,
    margin,
    Math.max(margin, view.height - margin - height),
  );
  const roomLeft = anchor.left - gap - margin;
  if (roomLeft >= minWidth) {
    const w = Math.min(width, roomLeft);
    return {
      left: anchor.left - gap - w,
      top,
      width: w,
      height,
      side: collapsed ? 'tab' : 'left',
      cramped: false,
    };
  }
  const roomRight = rightEdge - (anchor.right + gap);
  if (roomRight >= minWidth) {
    const w = Math.min(width, roomRight);
    return {
      left: rightEdge - w,
      top,
      width: w,
      height,
      side: collapsed ? 'tab' : 'right',
      cramped: false,
    };
  }

  // Over the page above or below the compose (an inline reply under older messages).
  if (!collapsed) {
    const roomAbove = anchor.top - gap - margin;
    const roomBelow = view.height - margin - (anchor.bottom + gap);
    const w = Math.min(width, Math.max(0, view.width - 2 * margin));
    const left = clamp(anchor.right - w, margin, Math.max(margin, rightEdge - w));
    if (Math.max(roomAbove, roomBelow) >= size.minHeight && w >= minWidth) {
      if (roomAbove >= roomBelow) {
        const h = Math.min(fullHeight, roomAbove);
        return {
          left,
          top: anchor.top - gap - h,
          width: w,
          height: h,
          side: 'above',
          cramped: false,
        };
      }
      const h = Math.min(fullHeight, roomBelow);
      return { left, top: anchor.bottom + gap, width: w, height: h, side: 'below', cramped: false };
    }
  }

  // Nothing fits: a tab flush with the right edge, above or below the compose if it fits there.
  const tabH = size.tabHeight;
  const tabTop =
    anchor.top - gap >= tabH
      ? anchor.top - gap - tabH
      : view.height - (anchor.bottom + gap) >= tabH
        ? anchor.bottom + gap
        : clamp(anchor.top, 0, Math.max(0, view.height - tabH));
  return {
    left: view.width - size.tabWidth,
    top: tabTop,
    width: size.tabWidth,
    height: tabH,
    side: 'tab',
    cramped: !collapsed,
  };
}
