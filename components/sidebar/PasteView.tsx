import { useId, useRef } from 'react';
import type { Settings } from '@/lib/settings';
import { CheckList } from '../CheckList';
import { ScoreBadge } from '../ScoreBadge';
import { plural } from './format';
import { useReport } from './useReport';
import { useTextareaSelect } from './useTextareaSelect';

export interface PasteDraft {
  subject: string;
  text: string;
}

interface Props {
  mode: 'email' | 'linkedin';
  /** What the page could not read, when it said so. */
  unreadable: string | null;
  value: PasteDraft;
  onChange: (next: PasteDraft) => void;
  settings: Settings;
  /** Back to the draft view, when there is a draft. */
  onBack?: () => void;
}

/** A draft the page could not read, pasted in and checked with the same rules. */
export function PasteView({ mode, unreadable, value, onChange, settings, onBack }: Props) {
  const ids = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const onSelect = useTextareaSelect(area);
  const subject = mode === 'email' ? value.subject : undefined;
  const { report, error } = useReport(mode, value.text, settings.rules, subject || undefined);
  return (
    <section className="wiifm-section" aria-label="Paste a draft">
      <p className="wiifm-paste-intro" data-wiifm="paste-intro">
        {unreadable
          ? `Can't read this draft — ${unreadable}. Paste it here to check it:`
          : 'Paste a draft here to check it:'}
      </p>
      {mode === 'email' && (
        <>
          <label className="wiifm-field" htmlFor={`${ids}-subject`}>
            Subject
          </label>
          <input
            id={`${ids}-subject`}
            className="wiifm-input"
            data-wiifm="paste-subject"
            maxLength={2000}
            value={value.subject}
            onChange={(e) => onChange({ ...value, subject: e.target.value })}
          />
        </>
      )}
      <label className="wiifm-field" htmlFor={`${ids}-text`}>
        {mode === 'email' ? 'Email body' : 'LinkedIn message'}
      </label>
      <textarea
        id={`${ids}-text`}
        ref={area}
        className="wiifm-textarea"
        data-wiifm="paste-text"
        rows={8}
        maxLength={100_000}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
      {error ? (
        <p className="wiifm-error" role="alert">
          Couldn't check this draft ({error}).
        </p>
      ) : report ? (
        <>
          <ScoreBadge
            score={report.score}
            unscored={report.unscored}
            detail={
              mode === 'email'
                ? plural(report.words, 'word')
                : plural(value.text.length, 'character')
            }
          />
          <CheckList checks={report.checks} text={value.text} onSelect={onSelect} />
        </>
      ) : null}
      {onBack && (
        <button type="button" className="wiifm-link" data-action="back-to-draft" onClick={onBack}>
          Back to the draft
        </button>
      )}
    </section>
  );
}
