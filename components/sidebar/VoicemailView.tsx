import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  findContactByEmail,
  findContactByLinkedIn,
  findContactsByName,
  getDb,
  logTouch,
  normaliseEmail,
  type Contact,
} from '@/lib/db';
import type { Settings } from '@/lib/settings';
import { ActionStatus } from '../ActionStatus';
import { CheckList } from '../CheckList';
import { ErrorBoundary } from '../ErrorBoundary';
import { ScoreBadge } from '../ScoreBadge';
import { useAction } from '../useAction';
import { firstWords, speakingTime } from './format';
import { useRecipientContext } from './useRecipientContext';
import { useReport } from './useReport';
import { useTextareaSelect } from './useTextareaSelect';

interface Props {
  text: string;
  onText: (text: string) => void;
  settings: Settings;
  /** Who the rep is looking at: draft recipients, the open profile. The first known one is preselected. */
  hints: { emails: string[]; profileUrl?: string };
}

/** A voicemail script: how long it takes to say, the voicemail checks, and "log it". */
export function VoicemailView({ text, onText, settings, hints }: Props) {
  const ids = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const onSelect = useTextareaSelect(area);
  const context = useRecipientContext(hints);
  const { report, error } = useReport(
    'voicemail',
    text,
    settings.rules,
    undefined,
    undefined,
    context,
  );
  const { voicemailWarnSeconds, wordsPerMinute } = settings.rules;
  return (
    <>
      <section className="wiifm-section" aria-label="Voicemail script">
        <label className="wiifm-field" htmlFor={`${ids}-script`}>
          Voicemail script
        </label>
        <textarea
          id={`${ids}-script`}
          ref={area}
          className="wiifm-textarea"
          data-wiifm="voicemail-text"
          rows={6}
          maxLength={100_000}
          value={text}
          placeholder="Type or paste what you will say…"
          onChange={(e) => onText(e.target.value)}
        />
        <p className="wiifm-speaking" data-wiifm="speaking-time" aria-live="polite">
          Speaking time{' '}
          <strong data-seconds={report?.speakingSeconds ?? 0}>
            {speakingTime(report?.speakingSeconds ?? 0)}
          </strong>{' '}
          <span className="wiifm-muted">
            at {wordsPerMinute} words/min · aim for {speakingTime(voicemailWarnSeconds)} or less
          </span>
        </p>
        {error ? (
          <p className="wiifm-error" role="alert">
            Couldn't check this script ({error}).
          </p>
        ) : report ? (
          <>
            <ScoreBadge score={report.score} unscored={report.unscored} size="small" />
            <CheckList checks={report.checks} text={text} onSelect={onSelect} />
          </>
        ) : null}
      </section>
      <ErrorBoundary what="the contact picker">
        <LogVoicemail text={text} score={report?.score ?? undefined} hints={hints} />
      </ErrorBoundary>
    </>
  );
}

function LogVoicemail({
  text,
  score,
  hints,
}: {
  text: string;
  score?: number;
  hints: Props['hints'];
}) {
  const ids = useId();
  const [picked, setPicked] = useState<Contact | null>(null);
  const [query, setQuery] = useState('');
  const [searching, setSearching] = useState(false);
  const { busy, feedback, run } = useAction('voicemail log', "Couldn't log it");

  const fallback = useLiveQuery(async () => {
    const db = getDb();
    if (hints.profileUrl) {
      const c = await findContactByLinkedIn(db, hints.profileUrl);
      if (c) return c;
    }
    for (const email of hints.emails) {
      const c = await findContactByEmail(db, email);
      if (c) return c;
    }
    return null;
  }, [hints.profileUrl, hints.emails.join(',')]);

  const q = query.trim();
  const results = useLiveQuery(async () => {
    if (q.length < 2) return [];
    const db = getDb();
    const email = q.includes('@') ? normaliseEmail(q) : null;
    if (email) {
      const c = await findContactByEmail(db, email);
      return c ? [c] : [];
    }
    return (await findContactsByName(db, q)).slice(0, 8);
  }, [q]);

  const contact = picked ?? fallback ?? null;
  const canLog = contact?.id !== undefined && text.trim() !== '' && !busy;

  async function logIt() {
    if (!contact || contact.id === undefined) return;
    const contactId = contact.id;
    await run(`Logged a voicemail for ${contact.name}.`, () =>
      logTouch(getDb(), {
        contactId,
        channel: 'voicemail',
        direction: 'out',
        source: 'manual',
        summary: firstWords(text),
        ...(score !== undefined ? { score } : {}),
      }),
    );
  }

  return (
    <section className="wiifm-section" aria-label="Log this voicemail" data-wiifm="contact-picker">
      <h2 className="wiifm-h2">Log as voicemail</h2>
      <p className="wiifm-picked" data-wiifm="picked-contact" data-contact-id={contact?.id}>
        For:{' '}
        {contact ? (
          <strong>
            {contact.name}
            {contact.company ? ` · ${contact.company}` : ''}
          </strong>
        ) : fallback === undefined && !picked ? (
          <span className="wiifm-muted">…</span>
        ) : (
          <span className="wiifm-muted">nobody picked yet</span>
        )}{' '}
        <button
          type="button"
          className="wiifm-link"
          data-action="pick-contact"
          aria-expanded={searching}
          onClick={() => setSearching((v) => !v)}
        >
          {contact ? 'Change' : 'Find a contact'}
        </button>
      </p>
      {searching && (
        <div className="wiifm-picker">
          <label className="wiifm-field" htmlFor={`${ids}-search`}>
            Search by name or email
          </label>
          <input
            id={`${ids}-search`}
            className="wiifm-input"
            type="search"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
          {q.length >= 2 && results !== undefined && (
            <ul className="wiifm-list" aria-label="Matching contacts">
              {results.length === 0 ? (
                <li className="wiifm-muted">No contact matches.</li>
              ) : (
                results.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className="wiifm-pick"
                      data-wiifm="pick-result"
                      data-contact-id={c.id}
                      aria-pressed={contact?.id === c.id}
                      onClick={() => {
                        setPicked(c);
                        setSearching(false);
                      }}
                    >
                      {c.name}
                      {c.company ? <span className="wiifm-muted"> · {c.company}</span> : null}
                      {c.emails[0] ? <span className="wiifm-muted"> · {c.emails[0]}</span> : null}
                    </button>
                  </li>
                ))
              )}
            </ul>
          )}
        </div>
      )}
      <button
        type="button"
        className="wiifm-button wiifm-button-primary"
        data-action="log-voicemail-script"
        disabled={!canLog}
        onClick={() => void logIt()}
      >
        Log as voicemail
      </button>
      {!text.trim() && <p className="wiifm-muted">Write the script first.</p>}
      <ActionStatus feedback={feedback} />
    </section>
  );
}
