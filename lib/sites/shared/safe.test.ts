import { afterEach, describe, expect, it, vi } from 'vitest';
import { coalesceToFrame } from './coalesceToFrame';
import { safe } from './safe';

describe('keeping content-script failures out of the page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('catches a throw, logs only the error kind, and reports what failed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = vi.fn();
    const reading = safe(
      'reading the draft',
      () => {
        throw new TypeError('dana@acme.example wrote something private');
      },
      report,
    );
    expect(() => reading()).not.toThrow();
    expect(report).toHaveBeenCalledWith('reading the draft');
    expect(warn).toHaveBeenCalledWith('[wiifm] reading the draft failed (TypeError)');
    expect(JSON.stringify(warn.mock.calls)).not.toContain('acme');
  });

  it('catches a rejected promise the same way', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = vi.fn();
    safe('logging a send', () => Promise.reject(new Error('offline')), report)();
    await new Promise((r) => setTimeout(r, 0));
    expect(report).toHaveBeenCalledWith('logging a send');
  });

  it('passes results and arguments through when nothing fails', () => {
    expect(safe('adding', (a: number, b: number) => a + b)(2, 3)).toBe(5);
  });
});

describe('one update per animation frame', () => {
  it('runs once for a burst of keystrokes, and again for the next frame', () => {
    const frames: (() => void)[] = [];
    const win = {
      requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(() => cb(0)),
      cancelAnimationFrame: () => {},
    };
    const run = vi.fn();
    const tick = coalesceToFrame(win, run);
    tick.schedule();
    tick.schedule();
    tick.schedule();
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(run).toHaveBeenCalledTimes(1);
    tick.schedule();
    frames.shift()!();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs a pending update at once when flushed (typing), and not again at the frame', () => {
    const frames = new Map<number, () => void>();
    let next = 1;
    const win = {
      requestAnimationFrame: (cb: FrameRequestCallback) => {
        frames.set(next, () => cb(0));
        return next++;
      },
      cancelAnimationFrame: (id: number) => void frames.delete(id),
    };
    const run = vi.fn();
    const tick = coalesceToFrame(win, run);
    tick.flush();
    expect(run).not.toHaveBeenCalled();
    tick.schedule();
    tick.flush();
    expect(run).toHaveBeenCalledTimes(1);
    expect(frames.size).toBe(0);
    tick.schedule();
    expect(frames.size).toBe(1);
  });
});
