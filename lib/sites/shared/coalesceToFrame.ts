/**
 * Runs `run` at most once per animation frame however often `schedule` is
 * called: a burst of keystrokes and DOM mutations becomes one update, made
 * before the next paint (so the sidebar can follow typing within a frame,
 * where a debounce timer would lag behind it).
 */
export function coalesceToFrame(
  win: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>,
  run: () => void,
): {
  schedule(): void;
  /** Runs a scheduled update now instead of at the next frame (nothing to do: nothing runs). */
  flush(): void;
  cancel(): void;
} {
  let pending: number | null = null;
  return {
    schedule() {
      if (pending !== null) return;
      pending = win.requestAnimationFrame(() => {
        pending = null;
        run();
      });
    },
    flush() {
      if (pending === null) return;
      win.cancelAnimationFrame(pending);
      pending = null;
      run();
    },
    cancel() {
      if (pending !== null) win.cancelAnimationFrame(pending);
      pending = null;
    },
  };
}
