import type { ReactNode } from 'react';
import type { Check, Report } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings';
import { CheckList } from '../CheckList';
import { ErrorBoundary } from '../ErrorBoundary';
import { ScoreBadge } from '../ScoreBadge';
import { plural } from './format';
import { RecipientStrip } from './RecipientStrip';
import { PartnerRow, Recipients } from './Recipients';
import type { DraftMessage } from './state';

interface Props {
  draft: DraftMessage;
  report: Report | null;
  error: string | null;
  settings: Settings;
  now: Date;
  timeZone: string;
  onSelect: (check: Check) => void;
  /** Hovering a check (null: leaving it): its words are highlighted. */
  onHover?: (check: Check | null) => void;
  /** What each check row shows under it (suggested rewrites). */
  extra?: (check: Check) => ReactNode;
  onPaste: () => void;
}

/** The focused draft: its score, every check of its mode, who it goes to. */
export function DraftView({
  draft,
  report,
  error,
  settings,
  now,
  timeZone,
  onSelect,
  onHover,
  extra,
  onPaste,
}: Props) {
  return (
    <>
      <ErrorBoundary what="who this draft goes to">
        <RecipientStrip draft={draft} settings={settings} now={now} timeZone={timeZone} />
      </ErrorBoundary>
      <section className="wiifm-section" aria-label="Draft checks">
        {error ? (
          <p className="wiifm-error" role="alert">
            Couldn't check this draft ({error}).
          </p>
        ) : report ? (
          <>
            <ScoreBadge
              score={report.score}
              unscored={report.unscored}
              detail={draftDetail(draft, report, settings)}
            />
            <CheckList
              checks={report.checks}
              text={draft.text}
              onSelect={onSelect}
              onHover={onHover}
              extra={extra}
            />
          </>
        ) : (
          <p className="wiifm-muted" data-wiifm="empty-draft">
            Start writing: the checks appear as you type.
          </p>
        )}
        <button type="button" className="wiifm-link" data-action="open-paste" onClick={onPaste}>
          Draft not read right? Paste it instead
        </button>
      </section>
      <ErrorBoundary what="who this draft goes to">
        {draft.mode === 'email' ? (
          <Recipients
            recipients={draft.recipients}
            draftText={draft.text}
            settings={settings}
            now={now}
            timeZone={timeZone}
          />
        ) : draft.partnerProfileUrl || draft.partnerName ? (
          <section className="wiifm-section" aria-label="Conversation partner">
            <h2 className="wiifm-h2">To</h2>
            <PartnerRow
              url={draft.partnerProfileUrl}
              name={draft.partnerName}
              settings={settings}
              now={now}
              timeZone={timeZone}
            />
          </section>
        ) : null}
      </ErrorBoundary>
    </>
  );
}

/** The length line under the score, in the mode's unit. */
function draftDetail(draft: DraftMessage, report: Report, settings: Settings): string {
  if (draft.mode === 'email') return plural(report.words, 'word');
  const chars = draft.text.length;
  if (draft.connectionNote) return `${chars}/${settings.rules.connectionNoteMaxChars} characters`;
  return `${plural(chars, 'character')} · ${plural(report.words, 'word')}`;
}
