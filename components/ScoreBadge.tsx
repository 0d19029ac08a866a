import { bandOf } from '@/lib/rules/report';
import type { Band, Unscored } from '@/lib/rules/types';

interface Props {
  /** The WII-FM score, or null when the draft has none (too short, not English). */
  score: number | null;
  /** Why there is no score; without it a null score reads "nothing to check yet". */
  unscored?: Unscored | null;
  /** A line under the score: "87 words", "00:35 spoken". */
  detail?: string;
  size?: 'big' | 'small';
}

/** The rulebook's bands, in words (never colour alone). */
const BANDS: Record<Band, { tone: 'good' | 'ok' | 'poor'; label: string }> = {
  ready: { tone: 'good', label: 'Ready to send' },
  'needs-work': { tone: 'ok', label: 'Needs work' },
  weak: { tone: 'poor', label: 'Weak' },
};

const NO_SCORE: Record<Unscored, string> = {
  'too-short': 'Nothing to check yet',
  'not-english': 'Not English: the checks are written for English',
};

/**
 * The WII-FM score, coloured by the rulebook's band (85–100 ready to send,
 * 60–84 needs work, 0–59 weak) and named in words; announced politely. A
 * draft with no score says why instead of showing a number.
 */
export function ScoreBadge({ score, unscored, detail, size = 'big' }: Props) {
  if (score === null) {
    const label = NO_SCORE[unscored ?? 'too-short'];
    return (
      <div
        className={`wiifm-score wiifm-score-none wiifm-score-${size}`}
        data-wiifm="score"
        data-score=""
        data-unscored={unscored ?? 'too-short'}
        data-tone="none"
        title={size === 'small' ? label : undefined}
      >
        <span className="wiifm-score-number" aria-live="polite" aria-atomic="true">
          <span className="wiifm-sr">WII-FM score: </span>
          <span aria-hidden="true">–</span>
          <span className="wiifm-sr"> {label}</span>
        </span>
        {size === 'big' && (
          <span className="wiifm-score-label">
            {label}
            {detail ? <span className="wiifm-muted"> · {detail}</span> : null}
          </span>
        )}
      </div>
    );
  }
  const band = BANDS[bandOf(score)];
  return (
    <div
      className={`wiifm-score wiifm-score-${band.tone} wiifm-score-${size}`}
      data-wiifm="score"
      data-score={score}
      data-tone={band.tone}
    >
      <span className="wiifm-score-number" aria-live="polite" aria-atomic="true">
        <span className="wiifm-sr">WII-FM score </span>
        {score}
        <span className="wiifm-sr"> out of 100, {band.label}</span>
      </span>
      {size === 'big' && (
        <span className="wiifm-score-label">
          {band.label}
          {detail ? <span className="wiifm-muted"> · {detail}</span> : null}
        </span>
      )}
    </div>
  );
}
