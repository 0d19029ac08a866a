/**
 * Content-script failures stay ours: caught, logged without page data, and
 * reported (the caller shows them in the sidebar as "can't read this draft"),
 * never thrown into the page.
 */

export type FailureReport = (what: string) => void;

/** Error class name only: messages can quote the draft or an address. */
export function errorKind(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}

/**
 * Wraps `fn` so a throw or a rejected promise is caught, logged as
 * "[wiifm] <what> failed (TypeError)" and passed to `report`. `what` must be
 * our own wording, never page text. The wrapper returns `fn`'s result, or
 * undefined when it threw.
 */
export function safe<A extends unknown[], R>(
  what: string,
  fn: (...args: A) => R,
  report?: FailureReport,
): (...args: A) => R | undefined {
  const fail = (err: unknown) => {
    console.warn(`[wiifm] ${what} failed (${errorKind(err)})`);
    try {
      report?.(what);
    } catch {
      // Reporting is best effort.
    }
  };
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result && typeof (result as { then?: unknown }).then === 'function') {
        (result as unknown as Promise<unknown>).then(undefined, fail);
      }
      return result;
    } catch (err) {
      fail(err);
      return undefined;
    }
  };
}
