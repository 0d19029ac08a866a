/**
 * "What works for you": reply rates of the rep's own scored emails, by
 * score band and by each rule's status, from their own log. Pure: lib/db
 * (`evidence.ts`) reads the sends and replies, this counts them.
 *
 * A send counts as replied when the same contact has an inbound touch
 * (notes excluded) within `REPLY_WINDOW_DAYS` after it. A send younger than
 * that without a reply yet is still waiting: counting it as unanswered
 * would make this week's emails look worse than they are, so it is left
 * out until its window closes (or its reply comes). Rates carry a 95 %
 * Wilson score interval (Wilson 1927), which stays inside 0–100 % and
 * behaves with the small counts a rep has; the advice compares two rates
 * with Newcombe's interval for a difference built from those (Newcombe
 * 1998, method 10).
 */
import { parseRuleStatuses } from '@/lib/db/ruleStatuses';
import type { Status } from '@/lib/rules/types';

export const REPLY_WINDOW_DAYS = 14;
const WINDOW_MS = REPLY_WINDOW_DAYS * 86_400_000;
/** Scored emails whose outcome is known before the rates are shown. */
export const MIN_SENDS = 30;
/** Sends on each side of a rule before the advice compares them. */
export const MIN_PER_SIDE = 10;
/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** The rulebook's score bands (rulebook.md, "The score"), as the contract names them. */
export const BANDS = [
  { band: '85-100', min: 85, label: 'Ready to send (85–100)' },
  { band: '60-84', min: 60, label: 'Needs work (60–84)' },
  { band: '0-59', min: 0, label: 'Weak (0–59)' },
] as const;
export type BandId = (typeof BANDS)[number]['band'];

export function bandOf(score: number): BandId {
  return BANDS.find((b) => score >= b.min)?.band ?? '0-59';
}

/** An outbound email with a score, as logged. */
export interface ScoredSend {
  contactId: number;
  at: number;
  score: number;
  ruleStatuses?: string;
}

export interface Outcome extends ScoredSend {
  replied: boolean;
}

/**
 * Each send's outcome: replied (an inbound touch from that contact within
 * the window after it), not replied (the window closed without one), or
 * still waiting (counted apart).
 */
export function outcomesOf(
  sends: readonly ScoredSend[],
  replies: readonly { contactId: number; at: number }[],
  now: number,
): { decided: Outcome[]; waiting: number } {
  const byContact = new Map<number, number[]>();
  for (const r of replies) {
    const list = byContact.get(r.contactId);
    if (list) list.push(r.at);
    else byContact.set(r.contactId, [r.at]);
  }
  for (const list of byContact.values()) list.sort((a, b) => a - b);
  const decided: Outcome[] = [];
  let waiting = 0;
  for (const s of sends) {
    const times = byContact.get(s.contactId) ?? [];
    const replied = times.some((t) => t > s.at && t <= s.at + WINDOW_MS);
    if (replied || now >= s.at + WINDOW_MS) decided.push({ ...s, replied });
    else waiting++;
  }
  return { decided, waiting };
}

/** A count of sends and replies, its rate and 95 % Wilson interval (0…1). */
export interface Rate {
  sent: number;
  replied: number;
  /** null with no sends. */
  rate: number | null;
  low: number;
  high: number;
}

/** The 95 % Wilson score interval of `replied` successes in `sent` trials. */
export function wilson(replied: number, sent: number, z = Z95): { low: number; high: number } {
  if (sent === 0) return { low: 0, high: 1 };
  const p = replied / sent;
  const z2 = z * z;
  const denom = 1 + z2 / sent;
  const centre = (p + z2 / (2 * sent)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / sent + z2 / (4 * sent * sent));
  // At p = 0 (or 1) the lower (upper) bound is exactly 0 (1); floating point would miss it by an ulp.
  return {
    low: replied === 0 ? 0 : Math.max(0, centre - half),
    high: replied === sent ? 1 : Math.min(1, centre + half),
  };
}

export function rateOf(replied: number, sent: number): Rate {
  return { sent, replied, rate: sent === 0 ? null : replied / sent, ...wilson(replied, sent) };
}

/**
 * Newcombe's 95 % interval for the difference of two rates (a − b), from
 * their Wilson intervals.
 */
export function differenceInterval(a: Rate, b: Rate): { diff: number; low: number; high: number } {
  const pa = a.rate ?? 0;
  const pb = b.rate ?? 0;
  const diff = pa - pb;
  return {
    diff,
    low: diff - Math.sqrt((pa - a.low) ** 2 + (b.high - pb) ** 2),
    high: diff + Math.sqrt((a.high - pa) ** 2 + (pb - b.low) ** 2),
  };
}

export interface RuleRates {
  id: string;
  pass: Rate;
  warn: Rate;
  fail: Rate;
  /** warn and fail together: the sends that did not pass. */
  notPass: Rate;
}

export interface ReplyRates {
  /** At least `MIN_SENDS` decided sends. */
  enough: boolean;
  /** Decided sends (the rates' base). */
  sent: number;
  replied: number;
  /** Sends still inside their reply window. */
  waiting: number;
  /** Decided sends still needed before the rates show. */
  needed: number;
  overall: Rate;
  bands: ({ band: BandId } & Rate)[];
  /** Rules in the order first seen, with at least one send that has statuses. */
  rules: RuleRates[];
  /** What to change first, in a sentence. */
  advice: string;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The rates of decided sends; `waiting` is passed through for the view. */
export function replyRates(decided: readonly Outcome[], waiting = 0): ReplyRates {
  const replied = decided.filter((o) => o.replied).length;
  const bands = BANDS.map(({ band }) => {
    const inBand = decided.filter((o) => bandOf(o.score) === band);
    return { band, ...rateOf(inBand.filter((o) => o.replied).length, inBand.length) };
  });
  const counts = new Map<string, Record<Status, { sent: number; replied: number }>>();
  for (const o of decided) {
    if (!o.ruleStatuses) continue;
    for (const [id, status] of parseRuleStatuses(o.ruleStatuses)) {
      let c = counts.get(id);
      if (!c) {
        const zero = () => ({ sent: 0, replied: 0 });
        c = { pass: zero(), warn: zero(), fail: zero(), info: zero() };
        counts.set(id, c);
      }
      c[status].sent++;
      if (o.replied) c[status].replied++;
    }
  }
  const rules: RuleRates[] = [...counts].map(([id, c]) => ({
    id,
    pass: rateOf(c.pass.replied, c.pass.sent),
    warn: rateOf(c.warn.replied, c.warn.sent),
    fail: rateOf(c.fail.replied, c.fail.sent),
    notPass: rateOf(c.warn.replied + c.fail.replied, c.warn.sent + c.fail.sent),
  }));
  const enough = decided.length >= MIN_SENDS;
  return {
    enough,
    sent: decided.length,
    replied,
    waiting,
    needed: Math.max(0, MIN_SENDS - decided.length),
    overall: rateOf(replied, decided.length),
    bands,
    rules,
    advice: enough ? adviceOf(rules) : notYet(decided.length, waiting),
  };
}

function notYet(decided: number, waiting: number): string {
  const needed = MIN_SENDS - decided;
  const more = `${needed} more scored ${needed === 1 ? 'email' : 'emails'}`;
  const pending =
    waiting > 0
      ? ` (${waiting} sent in the last ${REPLY_WINDOW_DAYS} days will count once their ${REPLY_WINDOW_DAYS} days are over)`
      : '';
  return `Reply rates need ${MIN_SENDS} scored emails whose ${REPLY_WINDOW_DAYS} days for a reply are over: ${more} to go${pending}.`;
}

/**
 * The rule to fix first: among rules with `MIN_PER_SIDE` sends that passed
 * and that did not, the one whose passing raises the reply rate most
 * surely, i.e. with the highest lower bound of the difference. When no
 * lower bound is above zero the gap could be chance, and the sentence says so.
 */
export function adviceOf(rules: readonly RuleRates[]): string {
  const compared = rules
    .filter((r) => r.pass.sent >= MIN_PER_SIDE && r.notPass.sent >= MIN_PER_SIDE)
    .map((r) => ({ r, d: differenceInterval(r.pass, r.notPass) }))
    .toSorted((a, b) => b.d.low - a.d.low || b.d.diff - a.d.diff);
  const best = compared[0];
  if (!best) {
    return `No rule has ${MIN_PER_SIDE} emails that passed it and ${MIN_PER_SIDE} that did not yet, so none can be compared: keep writing and check again.`;
  }
  // Without a sure gap, the biggest one is the one worth naming.
  const { r, d } = best.d.low > 0 ? best : compared.toSorted((a, b) => b.d.diff - a.d.diff)[0]!;
  const sides = `emails that passed ${r.id} got a reply ${pct(r.pass.rate!)} of the time (${r.pass.replied} of ${r.pass.sent}), those that did not ${pct(r.notPass.rate!)} (${r.notPass.replied} of ${r.notPass.sent})`;
  if (d.low > 0) return `Fix ${r.id} first: ${sides}.`;
  if (d.diff > 0) {
    return `Nothing stands out for sure yet. The biggest gap is ${r.id}: ${sides}, but that could still be chance.`;
  }
  return 'Nothing stands out yet: in your sends, passing a rule has not gone with more replies.';
}
