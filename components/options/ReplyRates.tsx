import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, replyRatesOf } from '@/lib/db';
import {
  BANDS,
  MIN_SENDS,
  REPLY_WINDOW_DAYS,
  type Rate,
  type ReplyRates as Rates,
} from '@/lib/evidence/replyRates';
import './replyRates.css';

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** "10 of 30 replied · 33 % (19–51 %)": counts first, then the rate and its 95 % interval. */
export function rateText(r: Rate): string {
  if (r.sent === 0) return 'no sends';
  const range = `${Math.round(r.low * 100)}–${pct(r.high)}`;
  return `${r.replied} of ${r.sent} replied · ${pct(r.rate!)} (${range})`;
}

const BAR_W = 160;
const BAR_H = 14;

/**
 * The rate as a bar, its 95 % interval as a whisker across it. Decoration:
 * the same figures are in the text beside it.
 */
function RateBar({ rate }: { rate: Rate }) {
  if (rate.sent === 0) return <svg width={BAR_W} height={BAR_H} aria-hidden="true" />;
  const x = (v: number) => 1 + v * (BAR_W - 2);
  const mid = BAR_H / 2;
  return (
    <svg width={BAR_W} height={BAR_H} viewBox={`0 0 ${BAR_W} ${BAR_H}`} aria-hidden="true">
      <rect x={0} y={2} width={BAR_W} height={BAR_H - 4} rx={2} className="rr-track" />
      <rect x={0} y={2} width={x(rate.rate!)} height={BAR_H - 4} rx={2} className="rr-bar" />
      <line x1={x(rate.low)} x2={x(rate.high)} y1={mid} y2={mid} className="rr-ci" />
      <line x1={x(rate.low)} x2={x(rate.low)} y1={3} y2={BAR_H - 3} className="rr-ci" />
      <line x1={x(rate.high)} x2={x(rate.high)} y1={3} y2={BAR_H - 3} className="rr-ci" />
    </svg>
  );
}

function RateCell({ rate, side }: { rate: Rate; side: string }) {
  return (
    <td data-side={side} data-sent={rate.sent} data-replied={rate.replied}>
      {rate.sent === 0 ? <span className="hint">—</span> : rateText(rate)}
    </td>
  );
}

/** The view, from computed rates (exported for a test that renders it without a database). */
export function ReplyRatesView({ rates }: { rates: Rates }) {
  if (!rates.enough) {
    return (
      <section
        aria-labelledby="h-reply-rates"
        data-wiifm="reply-rates"
        data-enough="false"
        data-sent={rates.sent}
        data-waiting={rates.waiting}
      >
        <h2 id="h-reply-rates">What works for you</h2>
        <p className="hint">
          Which of your own emails get replies: by score, and by each check they passed or failed.
        </p>
        <p data-wiifm="reply-advice">{rates.advice}</p>
        <progress
          value={rates.sent}
          max={MIN_SENDS}
          aria-label={`${rates.sent} of ${MIN_SENDS} scored emails`}
        />
      </section>
    );
  }
  return (
    <section
      aria-labelledby="h-reply-rates"
      data-wiifm="reply-rates"
      data-enough="true"
      data-sent={rates.sent}
      data-replied={rates.replied}
      data-waiting={rates.waiting}
    >
      <h2 id="h-reply-rates">What works for you</h2>
      <p className="rr-advice" data-wiifm="reply-advice">
        {rates.advice}
      </p>
      <p className="hint">
        Your {rates.sent} scored emails whose {REPLY_WINDOW_DAYS} days are over:{' '}
        {rateText(rates.overall)}. A reply is any message from that contact within{' '}
        {REPLY_WINDOW_DAYS} days; the range is where the true rate lies, 95 times in 100.
        {rates.waiting > 0 &&
          ` ${rates.waiting} sent in the last ${REPLY_WINDOW_DAYS} days will count once their ${REPLY_WINDOW_DAYS} days are over.`}
      </p>
      <h3>By score</h3>
      <ul className="rr-bands">
        {rates.bands.map((b) => (
          <li
            key={b.band}
            data-band={b.band}
            data-sent={b.sent}
            data-replied={b.replied}
            data-rate={b.rate ?? ''}
          >
            <span className="rr-label">{BANDS.find((x) => x.band === b.band)!.label}</span>
            <RateBar rate={b} />
            <span className="rr-figures">{rateText(b)}</span>
          </li>
        ))}
      </ul>
      {rates.rules.length > 0 && (
        <>
          <h3>By check</h3>
          <table className="rr-rules">
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Passed</th>
                <th scope="col">Warned</th>
                <th scope="col">Failed</th>
              </tr>
            </thead>
            <tbody>
              {rates.rules.map((r) => (
                <tr key={r.id} data-rule={r.id}>
                  <th scope="row">{r.id}</th>
                  <RateCell rate={r.pass} side="pass" />
                  <RateCell rate={r.warn} side="warn" />
                  <RateCell rate={r.fail} side="fail" />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/**
 * "What works for you" on the options page: reply rates of the rep's own
 * scored emails by score band and by check, once 30 of them have had their
 * 14 days (lib/evidence/replyRates.ts). Here and not in the popup: it reads
 * every scored send and the replies after them, more than the popup's few
 * seconds should wait for on a large log.
 */
export function ReplyRates() {
  const rates = useLiveQuery(() => replyRatesOf(getDb()), []);
  if (!rates) return null;
  return <ReplyRatesView rates={rates} />;
}
