import { scoreBand } from './sidebar/format';

interface Props {
  score: number;
  /** A line under the score: "87 words", "00:35 spoken". */
  detail?: string;
  size?: 'big' | 'small';
}

/** The WII-FM score, coloured by band and named in words (never colour alone); announced politely. */
export function ScoreBadge({ score, detail, size = 'big' }: Props) {
  const band = scoreBand(score);
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
