import { useState } from 'react';

export type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/**
 * One database write at a time from a button: `busy` while it runs, then
 * `feedback` saying it was done (`done`) or why it was not
 * (`${failPrefix}: ${message}`). `what` names the action in the console warning
 * (never the data). `run` answers whether the write went through.
 */
export function useAction(what: string, failPrefix: string) {
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  async function run(done: string, fn: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setFeedback(null);
    try {
      await fn();
      setFeedback({ kind: 'ok', text: done });
      return true;
    } catch (error) {
      console.warn(`[wiifm] ${what} failed:`, (error as Error)?.name);
      setFeedback({
        kind: 'error',
        text: `${failPrefix}: ${(error as Error)?.message ?? 'unknown error'}`,
      });
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Tells the rep something without writing anything ("that snooze changes nothing"). */
  function say(text: string) {
    setFeedback({ kind: 'ok', text });
  }

  return { busy, feedback, run, say };
}
