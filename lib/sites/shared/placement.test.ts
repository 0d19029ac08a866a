import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeSidebar, SIDEBAR_SIZE, type Placement, type RectLike } from './placement';

const view = { width: 1440, height: 900 };
const rect = (left: number, top: number, width: number, height: number): RectLike => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (p: Placement, r: RectLike) =>
  p.left < r.right && p.left + p.width > r.left && p.top < r.bottom && p.top + p.height > r.top;

describe('docking the sidebar beside the compose', () => {
  it("sits to the left of Gmail's bottom-right compose, bottom-aligned with it", () => {
    const compose = rect(828, 340, 540, 560);
    const p = placeSidebar(view, compose, false);
    expect(p.side).toBe('left');
    expect(p.left + p.width).toBe(compose.left - SIDEBAR_SIZE.gap);
    expect(p.width).toBe(SIDEBAR_SIZE.width);
    // Bottom-aligned with the compose, but kept off the window's edge.
    expect(p.top + p.height).toBe(view.height - SIDEBAR_SIZE.margin);
    expect(overlaps(p, compose)).toBe(false);
  });

  it("narrows to fit the space left of an inline reply (over Gmail's label list)", () => {
    const reply = rect(300, 420, 1080, 300);
    const p = placeSidebar(view, reply, false);
    expect(p.side).toBe('left');
    expect(p.width).toBe(300 - SIDEBAR_SIZE.gap - SIDEBAR_SIZE.margin);
    expect(overlaps(p, reply)).toBe(false);
  });

  it('goes to the right edge when the compose hugs the left of the window', () => {
    const compose = rect(20, 300, 540, 560);
    const p = placeSidebar(view, compose, false);
    expect(p.side).toBe('right');
    expect(p.left + p.width).toBe(view.width - SIDEBAR_SIZE.margin);
    expect(overlaps(p, compose)).toBe(false);
  });

  it('goes above an inline reply that spans the whole window', () => {
    const reply = rect(200, 520, 1100, 300);
    const p = placeSidebar(view, reply, false);
    expect(p.side).toBe('above');
    expect(overlaps(p, reply)).toBe(false);
  });

  it('shrinks to a tab at the edge when a full-window compose leaves no room', () => {
    const full = rect(0, 0, view.width, view.height);
    const p = placeSidebar(view, full, false);
    expect(p).toMatchObject({ side: 'tab', cramped: true, width: SIDEBAR_SIZE.tabWidth });
    expect(p.left + p.width).toBe(view.width);
  });

  it('shows at the bottom right when no compose is open', () => {
    const p = placeSidebar(view, null, false);
    expect(p.left + p.width).toBe(view.width - SIDEBAR_SIZE.margin);
    expect(p.top + p.height).toBe(view.height - SIDEBAR_SIZE.margin);
  });

  it('becomes a slim tab beside the compose when the rep collapses it', () => {
    const compose = rect(828, 340, 540, 560);
    const p = placeSidebar(view, compose, true);
    expect(p).toMatchObject({
      side: 'tab',
      width: SIDEBAR_SIZE.tabWidth,
      height: SIDEBAR_SIZE.tabHeight,
    });
    expect(overlaps(p, compose)).toBe(false);
  });

  it('never covers the compose unless the compose is too tall to clear even with a tab', () => {
    const arb = fc.record({
      vw: fc.integer({ min: 320, max: 2560 }),
      vh: fc.integer({ min: 300, max: 1600 }),
      x: fc.integer({ min: 0, max: 2000 }),
      y: fc.integer({ min: 0, max: 1500 }),
      w: fc.integer({ min: 40, max: 2560 }),
      h: fc.integer({ min: 40, max: 1600 }),
      collapsed: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ vw, vh, x, y, w, h, collapsed }) => {
        const v = { width: vw, height: vh };
        const compose = rect(Math.min(x, vw - 20), Math.min(y, vh - 20), w, h);
        const p = placeSidebar(v, compose, collapsed);
        expect(p.width).toBeGreaterThan(0);
        expect(p.height).toBeGreaterThan(0);
        if (overlaps(p, compose)) {
          // Only a tab may touch it, and only when nothing fits above or below the compose.
          expect(p.side).toBe('tab');
          const gap = SIDEBAR_SIZE.gap;
          expect(compose.top - gap < SIDEBAR_SIZE.tabHeight).toBe(true);
          expect(vh - (compose.bottom + gap) < SIDEBAR_SIZE.tabHeight).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
