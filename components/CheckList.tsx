import { memo, useId, type ReactNode } from 'react';
import { RULES } from '@/lib/rules';
import type { Check, RuleId } from '@/lib/rules/types';
import { CHECK_NAMES, moreQuotes, quotes, sameCheck, STATUS_TEXT } from './sidebar/format';

/** Each check's title (the rule's own), for its short accessible name. */
const CHECK_TITLES: Partial<Record<RuleId, string>> = Object.fromEntries(
  RULES.map((r) => [r.id, r.title]),
);

interface Props {
  checks: Check[];
  /** The text the checks ran on, to quote the words they point at. */
  text: string;
  /** Clicking a check with spans calls this (the caller selects the words). */
  onSelect?: (check: Check) => void;
  /** Hovering or focusing a check, and leaving it (null): the caller highlights its words. */
  onHover?: (check: Check | null) => void;
  /** What a row shows under its check (suggested rewrites). */
  extra?: (check: Check) => ReactNode;
}

/**
 * Every check of a report: status icon (with its word for screen readers),
 * the message, what fixing it is worth ("fix: +26"), and the offending
 * words quoted. Rows re-render only when their
 * own check or quotes change, so typing in a long draft stays cheap.
 */
export function CheckList({ checks, text, onSelect, onHover, extra }: Props) {
  return (
    <ul className="wiifm-checks" aria-label="Checks">
      {checks.map((check) => {
        const shown = quotes(text, check.spans);
        return (
          <CheckRow
            key={check.id}
            check={check}
            quoted={shown}
            more={moreQuotes(text, check.spans, shown.length)}
            onSelect={onSelect}
            onHover={onHover}
            extra={extra?.(check)}
          />
        );
      })}
    </ul>
  );
}

interface RowProps {
  check: Check;
  quoted: string[];
  more: number;
  onSelect?: (check: Check) => void;
  onHover?: (check: Check | null) => void;
  extra?: ReactNode;
}

const CheckRow = memo(
  function CheckRow({ check, quoted, more, onSelect, onHover, extra }: RowProps) {
    const status = STATUS_TEXT[check.status];
    const messageId = useId();
    const title = CHECK_TITLES[check.id] ?? check.id;
    // The button's name is short, the check's title and status ("Purpose stated early:
    // Fail"); the message is read after it as its description.
    const head = (
      <>
        <span className={`wiifm-icon wiifm-icon-${check.status}`} aria-hidden="true">
          {status.icon}
        </span>
        <span className="wiifm-check-title">
          {title}
          <span className="wiifm-sr">: {status.label}</span>
        </span>
      </>
    );
    const clickable = onSelect && check.spans.length > 0;
    return (
      <li
        className={`wiifm-check wiifm-check-${check.status}`}
        data-check={check.id}
        data-status={check.status}
        onMouseEnter={onHover && (() => onHover(check))}
        onMouseLeave={onHover && (() => onHover(null))}
        onFocus={onHover && (() => onHover(check))}
        onBlur={onHover && (() => onHover(null))}
      >
        {clickable ? (
          <button
            type="button"
            className="wiifm-check-button"
            aria-describedby={messageId}
            title="Show these words in the draft (click again for the next)"
            onClick={() => onSelect(check)}
          >
            {head}
          </button>
        ) : (
          <div className="wiifm-check-button">{head}</div>
        )}
        <div className="wiifm-check-text">
          <span className="wiifm-check-message" id={messageId}>
            {check.message}
          </span>
          {check.points > 0 && (
            <span
              className="wiifm-points wiifm-muted"
              data-wiifm="points"
              title={`Fixing this adds ${check.points} points to the score`}
            >
              fix {CHECK_NAMES[check.id] ?? check.id}: +{check.points}
            </span>
          )}
          {quoted.length > 0 && (
            <span className="wiifm-quotes">
              {quoted.map((q) => (
                <q key={q} className="wiifm-quote">
                  {q}
                </q>
              ))}
              {more > 0 && <span className="wiifm-muted"> +{more} more</span>}
            </span>
          )}
        </div>
        {extra}
      </li>
    );
  },
  (a, b) =>
    a.onSelect === b.onSelect &&
    a.onHover === b.onHover &&
    a.extra === b.extra &&
    a.more === b.more &&
    sameCheck(a.check, b.check) &&
    a.check.points === b.check.points &&
    a.quoted.length === b.quoted.length &&
    a.quoted.every((q, i) => q === b.quoted[i]),
);
