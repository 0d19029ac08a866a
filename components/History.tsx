import { useState } from 'react';
import type { Touch } from '@/lib/db';
import { channelLabel, outcomeLabel, whenLabel } from './sidebar/format';

interface Props {
  /** Newest first, as `history()` returns them. */
  touches: Touch[];
  now: Date;
  timeZone: string;
  locale?: string;
  /** Show at most this many, with a "show all" button for the rest. */
  limit?: number;
}

/** A contact's touches across every channel, newest first. */
export function History({ touches, now, timeZone, locale, limit }: Props) {
  const [all, setAll] = useState(false);
  if (touches.length === 0) return <p className="wiifm-muted">No touches logged yet.</p>;
  const shown = limit && !all ? touches.slice(0, limit) : touches;
  return (
    <>
      <ol className="wiifm-history" aria-label="History, newest first">
        {shown.map((t) => (
          <li
            key={t.id ?? `${t.channel}-${t.at}`}
            data-wiifm="history-item"
            data-channel={t.channel}
            data-direction={t.direction}
          >
            <span className="wiifm-history-when">{whenLabel(t.at, now, timeZone, locale)}</span>
            <span className="wiifm-history-what">
              <span aria-hidden="true">{t.direction === 'in' ? '← ' : '→ '}</span>
              <span className="wiifm-sr">{t.direction === 'in' ? 'Inbound ' : 'Outbound '}</span>
              {channelLabel(t.channel)}
              {t.outcome ? ` (${outcomeLabel(t.outcome)})` : ''}
              {typeof t.score === 'number' ? ` · score ${t.score}` : ''}
            </span>
            {t.summary && <span className="wiifm-history-summary">{t.summary}</span>}
          </li>
        ))}
      </ol>
      {shown.length < touches.length && (
        <button type="button" className="wiifm-link" onClick={() => setAll(true)}>
          Show all {touches.length}
        </button>
      )}
    </>
  );
}
