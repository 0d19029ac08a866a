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
const inside = (p: Placement, v: { width: number; height: number }) =>
  p.left >= 0 && p.top >= 0 && p.left + p.width <= v.width && p.top + p.height <= v.height;

describe('docking the panel beside the compose', () => {
  it("sits to the left of Gmail's bottom-right compose, bottom-aligned with it", () => {
    const compose = rect(828, 340, 540, 560);
    const p = placeSidebar({ view, anchor: compose, want: 'panel' });
    expect(p).toMatchObject({ side: 'left', shape: 'panel', width: SIDEBAR_SIZE.width });
    expect(p.left + p.width).toBe(compose.left - SIDEBAR_SIZE.gap);
    expect(p.top + p.height).toBe(view.height - SIDEBAR_SIZE.margin);
    expect(overlaps(p, compose)).toBe(false);
  });

  it("narrows to fit the space left of an inline reply (over Gmail's label list)", () => {
    const reply = rect(300, 420, 1080, 300);
    const p = placeSidebar({ view, anchor: reply, want: 'panel' });
    expect(p.side).toBe('left');
    expect(p.width).toBe(300 - SIDEBAR_SIZE.gap - SIDEBAR_SIZE.margin);
  });

  it('takes the other side of a LinkedIn thread rather than cover the conversation list', () => {
    const list = rect(200, 24, 420, 800);
    const thread = rect(620, 24, 480, 800);
    const p = placeSidebar({ view, anchor: thread, want: 'panel', avoid: [list] });
    expect(p.side).toBe('right');
    expect(overlaps(p, list)).toBe(false);
    expect(overlaps(p, thread)).toBe(false);
  });

  it("covers Gmail's older messages above an inline reply only when nothing else fits", () => {
    const reply = rect(272, 500, 940, 300);
    const messages = [rect(272, 100, 940, 120), rect(272, 240, 940, 120)];
    const p = placeSidebar({ view, anchor: reply, want: 'panel', soft: messages });
    expect(p.shape).toBe('panel');
    expect(overlaps(p, reply)).toBe(false);
    // The handle never covers them.
    const h = placeSidebar({ view, anchor: null, want: 'handle', soft: messages });
    for (const m of messages) expect(overlaps(h, m)).toBe(false);
  });

  it('goes above an inline reply that spans the whole window', () => {
    const reply = rect(200, 520, 1100, 300);
    const p = placeSidebar({ view, anchor: reply, want: 'panel' });
    expect(p.side).toBe('above');
    expect(overlaps(p, reply)).toBe(false);
  });
});

describe('the handle, never a clipped panel', () => {
  it('shows the handle, not a sliver of the panel, when the compose leaves no room (853×533, or 150 % zoom)', () => {
    const small = { width: 853, height: 533 };
    const compose = rect(241, -27, 540, 560);
    const p = placeSidebar({ view: small, anchor: compose, want: 'panel' });
    expect(p).toMatchObject({
      shape: 'handle',
      cramped: true,
      width: SIDEBAR_SIZE.handleWidth,
      height: SIDEBAR_SIZE.handleHeight,
    });
    expect(overlaps(p, compose)).toBe(false);
    expect(inside(p, small)).toBe(true);
  });

  it('opens the whole panel over the page when the rep asks, on the side that hides less of the compose', () => {
    const small = { width: 853, height: 533 };
    const compose = rect(241, -27, 540, 560);
    const p = placeSidebar({ view: small, anchor: compose, want: 'overlay' });
    expect(p).toMatchObject({ shape: 'panel', side: 'overlay', width: SIDEBAR_SIZE.width });
    expect(p.left).toBe(SIDEBAR_SIZE.margin);
    expect(inside(p, small)).toBe(true);
  });

  it('with no compose open, finds a spot clear of the inbox rows up the right edge', () => {
    // Rows fill the window's width down to 412 px; the handle goes under them.
    const rows = Array.from({ length: 6 }, (_, i) => rect(10, 64 + i * 58, 1420, 56));
    const p = placeSidebar({ view, anchor: null, want: 'handle', avoid: rows });
    expect(p.shape).toBe('handle');
    for (const r of rows) expect(overlaps(p, r)).toBe(false);
    expect(p.left + p.width).toBe(view.width - SIDEBAR_SIZE.margin);
  });

  it('sits beside the compose when the rep collapsed it', () => {
    const compose = rect(828, 340, 540, 560);
    const p = placeSidebar({ view, anchor: compose, want: 'handle' });
    expect(p).toMatchObject({ shape: 'handle', cramped: false });
    expect(p.left + p.width).toBe(compose.left - SIDEBAR_SIZE.gap);
    expect(overlaps(p, compose)).toBe(false);
  });

  it('never covers the compose or the content to avoid while anything clear exists, and always stays in the window', () => {
    const arb = fc.record({
      vw: fc.integer({ min: 320, max: 2560 }),
      vh: fc.integer({ min: 300, max: 1600 }),
      x: fc.integer({ min: 0, max: 2000 }),
      y: fc.integer({ min: 0, max: 1500 }),
      w: fc.integer({ min: 40, max: 2560 }),
      h: fc.integer({ min: 40, max: 1600 }),
      rows: fc.integer({ min: 0, max: 12 }),
      want: fc.constantFrom('handle' as const, 'panel' as const),
    });
    fc.assert(
      fc.property(arb, ({ vw, vh, x, y, w, h, rows, want }) => {
        const v = { width: vw, height: vh };
        const compose = rect(Math.min(x, vw - 20), Math.min(y, vh - 20), w, h);
        const avoid = Array.from({ length: rows }, (_, i) => rect(10, 60 + i * 50, vw - 200, 48));
        const p = placeSidebar({ view: v, anchor: compose, want, avoid });
        expect(p.width).toBeGreaterThan(0);
        expect(p.height).toBeGreaterThan(0);
        expect(inside(p, v)).toBe(true);
        if (p.shape === 'panel') {
          expect(overlaps(p, compose)).toBe(false);
          for (const r of avoid) expect(overlaps(p, r)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
