import { shortDate } from './format';

const WIDTH = 340;
const HEIGHT = 72;
const LABEL_H = 14;
const GAP = 6;

/** The text a screen reader (and anyone) gets for the chart. */
export function chartSummary(
  weeks: { weekStart: string; count: number }[],
  onTime: number | null,
): string {
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const thisWeek = weeks.at(-1)?.count ?? 0;
  const parts = [
    `${total} ${total === 1 ? 'touch' : 'touches'} in the last ${weeks.length} weeks, ${thisWeek} this week.`,
  ];
  parts.push(
    onTime === null
      ? 'No follow-ups fell due in that time.'
      : `${Math.round(onTime * 100)}% of follow-ups done on time.`,
  );
  return parts.join(' ');
}

/**
 * Touches per week as bars, oldest on the left. The SVG is decoration for
 * sighted readers; the caption says the same in words and each bar carries
 * its own title with week and count.
 */
export function WeeklyChart(props: {
  weeks: { weekStart: string; count: number }[];
  onTime: number | null;
}) {
  const { weeks, onTime } = props;
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const barW = weeks.length > 0 ? (WIDTH - GAP * (weeks.length - 1)) / weeks.length : 0;
  const plotH = HEIGHT - LABEL_H;
  return (
    <figure className="chart" data-wiifm="chart">
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={weeks.map((w) => `week of ${shortDate(w.weekStart)}: ${w.count}`).join('; ')}
      >
        {weeks.map((w, i) => {
          const h = w.count === 0 ? 1 : Math.max(2, (w.count / max) * (plotH - 12));
          const x = i * (barW + GAP);
          return (
            <g key={w.weekStart} data-wiifm="chart-bar" data-count={w.count}>
              <title>{`Week of ${shortDate(w.weekStart)}: ${w.count}`}</title>
              <rect x={x} y={plotH - h} width={barW} height={h} rx={2} className="bar" />
              {w.count > 0 && (
                <text x={x + barW / 2} y={plotH - h - 2} textAnchor="middle" className="bar-value">
                  {w.count}
                </text>
              )}
              <text x={x + barW / 2} y={HEIGHT - 2} textAnchor="middle" className="bar-label">
                {shortDate(w.weekStart)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption data-wiifm="chart-summary">{chartSummary(weeks, onTime)}</figcaption>
    </figure>
  );
}
