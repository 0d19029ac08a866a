import type { Feedback } from './useAction';

/** What the last action did. Always in the page, so screen readers announce what gets written into it. */
export function ActionStatus({ feedback }: { feedback: Feedback }) {
  return (
    <p
      className={feedback?.kind === 'error' ? 'wiifm-error-text' : 'wiifm-ok-text'}
      role="status"
      data-wiifm="action-status"
    >
      {feedback?.text ?? ''}
    </p>
  );
}
