import type { Suggestion } from '@/lib/suggest';

/**
 * The rewrites offered under a failed or warned check (issue 14): each a
 * button that puts the new words into the draft. `label` says what changes.
 */
export function Suggestions({
  list,
  onApply,
}: {
  list: readonly Suggestion[];
  onApply: (s: Suggestion) => void;
}) {
  if (list.length === 0) return null;
  return (
    <ul className="wiifm-suggestions" aria-label="Suggested rewrites">
      {list.map((s) => (
        <li key={`${s.target}:${s.start}:${s.end}:${s.text}`}>
          <button
            type="button"
            className="wiifm-suggestion-button"
            data-wiifm="suggestion"
            data-target={s.target}
            onClick={() => onApply(s)}
          >
            <span aria-hidden="true">↳ </span>
            {s.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * After a suggestion went into the draft: what changed and the sidebar's
 * Undo (Ctrl+Z in the draft does the same); or why it could not.
 */
export function AppliedBar({
  applied,
  label,
  onUndo,
  onClose,
}: {
  applied: { action: 'apply' | 'revert'; ok: boolean; error?: string };
  label: string | null;
  onUndo: () => void;
  onClose: () => void;
}) {
  const text = !applied.ok
    ? `Couldn't ${applied.action === 'apply' ? 'apply that' : 'undo'}: ${applied.error ?? 'unknown error'}.`
    : applied.action === 'revert'
      ? 'Undone: your words are back.'
      : `Applied${label ? `: ${label}` : ''}.`;
  return (
    <div
      className="wiifm-undo"
      role="status"
      data-wiifm="applied-bar"
      data-action={applied.action}
      data-ok={applied.ok}
    >
      <span>
        {text}{' '}
        {applied.ok && applied.action === 'apply' && (
          <button
            type="button"
            className="wiifm-link wiifm-undo-button"
            data-wiifm="undo-suggestion"
            onClick={onUndo}
          >
            Undo
          </button>
        )}
      </span>
      <button type="button" className="wiifm-icon-button" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
