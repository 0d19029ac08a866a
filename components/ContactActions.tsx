import { useId, useState } from 'react';
import {
  getDb,
  logTouch,
  setCadence,
  setStatus,
  snooze,
  type CallOutcome,
  type Channel,
  type Contact,
} from '@/lib/db';
import { addCalendarDays, localDate, startOfLocalDay } from '@/lib/followups';
import { ActionStatus } from './ActionStatus';
import { channelLabel, formatDay, outcomeLabel, startOfDayAfter } from './sidebar/format';
import { useAction } from './useAction';
import { CHANNEL_WORDS, OUTCOME_WORDS, SNOOZE_CHOICES } from './vocabulary';

interface Props {
  contact: Contact;
  now: Date;
  timeZone: string;
  /** The rep's default cadence, for the "use default" button. */
  defaultCadenceDays: number;
  /** When the contact is next due (YYYY-MM-DD), so a snooze that would change nothing says so. */
  dueDate?: string | null;
  locale?: string;
  /** Told what was done (a list can say so after this card leaves it, e.g. once snoozed). */
  onDone?: (message: string) => void;
}

// The one vocabulary (components/vocabulary.ts): a call that reached voicemail is
// "Left voicemail" here and in the popup alike.
const CALL_OUTCOMES: { outcome: CallOutcome; label: string }[] = [
  { outcome: 'connected', label: OUTCOME_WORDS.connected },
  { outcome: 'voicemail', label: OUTCOME_WORDS.voicemail },
  { outcome: 'no-answer', label: OUTCOME_WORDS['no-answer'] },
];

/** The other touches logged with one click (`data-action="log-<channel>"`). */
const OTHER_TOUCHES: { channel: Channel; label: string }[] = [
  { channel: 'linkedin', label: CHANNEL_WORDS.linkedin },
  { channel: 'meeting', label: CHANNEL_WORDS.meeting },
  { channel: 'note', label: CHANNEL_WORDS.note },
];

/**
 * One-click logging for a contact (a call and its outcome, a voicemail, a
 * LinkedIn message, a meeting, a note, each with an optional summary), and
 * the rarer moves tucked under "More": snooze, cadence, a definitive no
 * (reason required, as the rulebook's cadence stops only on a real "No"),
 * client, reactivate. Every change is written straight to the touch log; the
 * live queries around this card redraw it.
 */
export function ContactActions({
  contact,
  now,
  timeZone,
  defaultCadenceDays,
  dueDate,
  locale,
  onDone,
}: Props) {
  const ids = useId();
  const [summary, setSummary] = useState('');
  const action = useAction('contact action', "Couldn't save that");
  const { busy, feedback } = action;
  const [snoozeDate, setSnoozeDate] = useState('');
  const [cadence, setCadenceInput] = useState(String(contact.cadenceDays ?? defaultCadenceDays));
  const [askingNo, setAskingNo] = useState(false);
  const [noReason, setNoReason] = useState('');
  const id = contact.id;
  if (id === undefined) return null;

  async function run(done: string, fn: () => Promise<unknown>) {
    const ok = await action.run(done, fn);
    if (ok) onDone?.(`${contact.name}: ${done}`);
    return ok;
  }

  async function log(channel: Channel, outcome?: CallOutcome) {
    const text = summary.trim();
    const label = outcome ? `call (${outcomeLabel(outcome)})` : channelLabel(channel).toLowerCase();
    const ok = await run(`Logged ${label}.`, () =>
      logTouch(getDb(), {
        contactId: id!,
        channel,
        direction: 'out',
        source: 'manual',
        ...(text ? { summary: text } : {}),
        ...(outcome ? { outcome } : {}),
      }),
    );
    if (ok) setSummary('');
  }

  const tomorrow = addCalendarDays(localDate(now, timeZone), 1);
  /**
   * Snoozes until `wake` (a local day), unless the contact is not due before
   * then anyway: that snooze would change nothing, and the rep is told so.
   */
  const snoozeUntil = (wake: string) => {
    if (dueDate && dueDate >= wake) {
      action.say(
        `Not due before ${formatDay(dueDate, locale)} anyway: a snooze until ${formatDay(wake, locale)} changes nothing.`,
      );
      return;
    }
    void run(`Snoozed until ${formatDay(wake, locale)}.`, () =>
      snooze(getDb(), id, startOfLocalDay(wake, timeZone)),
    );
  };
  const cadenceDays = Number(cadence);
  const cadenceValid = Number.isInteger(cadenceDays) && cadenceDays >= 1 && cadenceDays <= 365;

  return (
    <section
      className="wiifm-actions"
      data-wiifm="contact-actions"
      aria-label={`Log a touch with ${contact.name}`}
    >
      <label className="wiifm-field" htmlFor={`${ids}-summary`}>
        Summary (optional)
      </label>
      <input
        id={`${ids}-summary`}
        className="wiifm-input"
        value={summary}
        maxLength={500}
        placeholder="What was it about?"
        onChange={(e) => setSummary(e.target.value)}
      />
      <div className="wiifm-row" role="group" aria-label="Log a call">
        <span className="wiifm-row-label">Call:</span>
        {CALL_OUTCOMES.map(({ outcome, label }) => (
          <button
            key={outcome}
            type="button"
            className="wiifm-button"
            data-action="log-call"
            data-outcome={outcome}
            disabled={busy}
            onClick={() => void log('call', outcome)}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="wiifm-row" role="group" aria-label="Log another touch">
        <span className="wiifm-row-label">Log:</span>
        {OTHER_TOUCHES.map(({ channel, label }) => (
          <button
            key={channel}
            type="button"
            className="wiifm-button"
            data-action={`log-${channel}`}
            disabled={busy}
            onClick={() => void log(channel)}
          >
            {label}
          </button>
        ))}
      </div>

      <details className="wiifm-more">
        <summary>Snooze, cadence, status</summary>
        <div className="wiifm-row" role="group" aria-label="Snooze">
          <span className="wiifm-row-label">Snooze:</span>
          {SNOOZE_CHOICES.map((s) => (
            <button
              key={s.days}
              type="button"
              className="wiifm-button"
              data-action="snooze"
              data-days={s.days}
              disabled={busy}
              onClick={() =>
                snoozeUntil(localDate(startOfDayAfter(now, s.days, timeZone), timeZone))
              }
            >
              {s.label}
            </button>
          ))}
        </div>
        <div className="wiifm-row">
          <label className="wiifm-row-label" htmlFor={`${ids}-snooze`}>
            Until
          </label>
          <input
            id={`${ids}-snooze`}
            type="date"
            className="wiifm-input wiifm-input-date"
            min={tomorrow}
            value={snoozeDate}
            onChange={(e) => setSnoozeDate(e.target.value)}
          />
          <button
            type="button"
            className="wiifm-button"
            data-action="snooze-date"
            disabled={busy || !/^\d{4}-\d{2}-\d{2}$/.test(snoozeDate) || snoozeDate < tomorrow}
            onClick={() => snoozeUntil(snoozeDate)}
          >
            Snooze
          </button>
        </div>
        <div className="wiifm-row">
          <label className="wiifm-row-label" htmlFor={`${ids}-cadence`}>
            Every
          </label>
          <input
            id={`${ids}-cadence`}
            type="number"
            min={1}
            max={365}
            className="wiifm-input wiifm-input-number"
            value={cadence}
            onChange={(e) => setCadenceInput(e.target.value)}
          />
          <span>days</span>
          <button
            type="button"
            className="wiifm-button"
            data-action="set-cadence"
            disabled={busy || !cadenceValid}
            onClick={() =>
              void run(`Follow up every ${cadenceDays} days.`, () =>
                setCadence(getDb(), id, cadenceDays),
              )
            }
          >
            Set
          </button>
          <button
            type="button"
            className="wiifm-button"
            data-action="default-cadence"
            disabled={busy || contact.cadenceDays === undefined}
            onClick={() =>
              void run(`Back to the default (${defaultCadenceDays} days).`, async () => {
                await setCadence(getDb(), id, null);
                setCadenceInput(String(defaultCadenceDays));
              })
            }
          >
            Default ({defaultCadenceDays})
          </button>
        </div>
        <div className="wiifm-row" role="group" aria-label="Status">
          <span className="wiifm-row-label">Status:</span>
          {contact.status !== 'client' && (
            <button
              type="button"
              className="wiifm-button"
              data-action="mark-client"
              disabled={busy}
              onClick={() =>
                void run('Marked as a client: no more follow-ups.', () =>
                  setStatus(getDb(), id, 'client'),
                )
              }
            >
              Client
            </button>
          )}
          {contact.status !== 'no' && (
            <button
              type="button"
              className="wiifm-button"
              data-action="mark-no"
              aria-expanded={askingNo}
              disabled={busy}
              onClick={() => setAskingNo((v) => !v)}
            >
              Definitive no…
            </button>
          )}
          {contact.status !== 'active' && (
            <button
              type="button"
              className="wiifm-button"
              data-action="reactivate"
              disabled={busy}
              onClick={() =>
                void run('Active again: follow-ups resume.', () => setStatus(getDb(), id, 'active'))
              }
            >
              Reactivate
            </button>
          )}
        </div>
        {askingNo && contact.status !== 'no' && (
          <form
            className="wiifm-no"
            onSubmit={(e) => {
              e.preventDefault();
              const reason = noReason.trim();
              if (!reason) return;
              void run('Marked as a definitive no: follow-ups stop.', () =>
                setStatus(getDb(), id, { no: reason }),
              ).then((ok) => {
                if (ok) {
                  setAskingNo(false);
                  setNoReason('');
                }
              });
            }}
          >
            <label className="wiifm-field" htmlFor={`${ids}-no`}>
              The reason they gave (required)
            </label>
            <input
              id={`${ids}-no`}
              className="wiifm-input"
              required
              maxLength={300}
              value={noReason}
              onChange={(e) => setNoReason(e.target.value)}
            />
            <div className="wiifm-row">
              <button
                type="submit"
                className="wiifm-button wiifm-button-danger"
                data-action="confirm-no"
                disabled={busy || !noReason.trim()}
              >
                Mark as no
              </button>
              <button type="button" className="wiifm-link" onClick={() => setAskingNo(false)}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </details>
      <ActionStatus feedback={feedback} />
    </section>
  );
}
