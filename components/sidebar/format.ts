import { addCalendarDays, calendarDaysBetween, localDate, startOfLocalDay } from '@/lib/followups';
import type { Check, Report, RuleId, Span, Status } from '@/lib/rules/types';
import { CHANNEL_WORDS, OUTCOME_WORDS } from '../vocabulary';

/**
 * Pure helpers behind what the sidebar prints: due lines, speaking time,
 * quoted words, the span a click selects. No DOM, no database, no clock of
 * their own (callers pass `now`), so they are unit-tested directly.
 */

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whole seconds as m:ss, at least two minute digits ("00:35", "01:05", "12:00"). */
export function speakingTime(seconds: number): string {
  const total = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function ymdToUtc(ymd: string): number {
  const [y, m, d] = ymd.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/**
 * A YYYY-MM-DD calendar date in the rep's locale, in its own order ("Tue 1
 * Dec" in en-GB, "Tue, Dec 1" in en-US), with the year when it is not
 * `thisYear`: the same order as the browser's date fields beside it (issue 14).
 */
export function formatDay(ymd: string, locale?: string, thisYear?: string): string {
  const withYear = thisYear !== undefined && ymd.slice(0, 4) !== thisYear;
  // The date is a calendar day already: format it in UTC so no zone shifts it.
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(ymdToUtc(ymd));
}

export interface DueInfo {
  dueDate: string;
  overdueDays: number;
}

/**
 * The follow-up line under a contact: "Follow-up overdue by 3 days",
 * "Follow-up due today", "Next follow-up Tue 1 Dec". `null` (no cadence) → null.
 */
export function dueLine(
  due: DueInfo | null | undefined,
  now: Date,
  timeZone: string,
  locale?: string,
): string | null {
  if (!due) return null;
  const today = localDate(now, timeZone);
  const ahead = calendarDaysBetween(today, due.dueDate);
  if (due.overdueDays > 0) return `Follow-up overdue by ${plural(due.overdueDays, 'day')}`;
  if (ahead <= 0) return 'Follow-up due today';
  return `Next follow-up ${formatDay(due.dueDate, locale, today.slice(0, 4))}`;
}

/** How urgent a due line is, for its colour and icon. */
export function dueTone(
  due: DueInfo | null | undefined,
  now: Date,
  timeZone: string,
): 'overdue' | 'today' | 'later' | 'none' {
  if (!due) return 'none';
  if (due.overdueDays > 0) return 'overdue';
  return calendarDaysBetween(localDate(now, timeZone), due.dueDate) <= 0 ? 'today' : 'later';
}

/** The badge on a today-list item (sidebar and popup): "3 days overdue" or "due today". */
export function overdueLabel(overdueDays: number): string {
  return overdueDays > 0 ? `${plural(overdueDays, 'day')} overdue` : 'due today';
}

/**
 * When a touch happened, relative to now in the rep's zone:
 * "today 14:05", "yesterday", "3 days ago" (under a week), else "1 Dec" / "1 Dec 2025".
 */
export function whenLabel(at: number, now: Date, timeZone: string, locale?: string): string {
  const today = localDate(now, timeZone);
  const day = localDate(at, timeZone);
  const ago = calendarDaysBetween(day, today);
  if (ago <= 0) {
    const time = new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
    }).format(at);
    return `today ${time}`;
  }
  if (ago === 1) return 'yesterday';
  if (ago < 7) return `${ago} days ago`;
  const withYear = day.slice(0, 4) !== today.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(at);
}

/** A channel in the one vocabulary (components/vocabulary.ts). */
export function channelLabel(channel: string): string {
  return CHANNEL_WORDS[channel as keyof typeof CHANNEL_WORDS] ?? channel;
}

/** How a call went, in the one vocabulary, lower case for "Call (left voicemail)". */
export function outcomeLabel(outcome: string): string {
  return (OUTCOME_WORDS[outcome as keyof typeof OUTCOME_WORDS] ?? outcome).toLowerCase();
}

/** The first `n` words of a text, with "…" when it went on (a touch summary). */
export function firstWords(text: string, n = 12): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= n) return words.join(' ');
  return `${words.slice(0, n).join(' ')}…`;
}

/**
 * The words a check points at, quoted for the rep: up to `max` distinct
 * snippets of at most `maxChars` characters (whitespace collapsed).
 */
export function quotes(text: string, spans: Span[], max = 3, maxChars = 48): string[] {
  const out: string[] = [];
  for (const span of spans) {
    const raw = text.slice(Math.max(0, span.start), Math.max(0, span.end));
    const flat = raw.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    const clipped = flat.length > maxChars ? `${flat.slice(0, maxChars - 1).trimEnd()}…` : flat;
    if (!out.includes(clipped)) out.push(clipped);
    if (out.length === max) break;
  }
  return out;
}

/** How many distinct quotable spans a check has beyond the ones shown. */
export function moreQuotes(text: string, spans: Span[], shown: number): number {
  return Math.max(0, quotes(text, spans, Number.POSITIVE_INFINITY).length - shown);
}

/** Same status, message and spans: a check row that need not re-render. */
export function sameCheck(a: Check, b: Check): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.status !== b.status || a.message !== b.message) return false;
  if (a.spans.length !== b.spans.length) return false;
  return a.spans.every((s, i) => s.start === b.spans[i].start && s.end === b.spans[i].end);
}

export type HighlightSpan = Span & { status: Status };

/** Protocol limit on spans in one `wiifm:highlights` message. */
export const MAX_HIGHLIGHTS = 500;

/**
 * Every span of every check with its check's status, clamped to the text,
 * empty ones dropped, sorted by position, at most `MAX_HIGHLIGHTS`. Problems
 * are kept before passes when the limit bites.
 */
export function highlightSpans(
  report: Pick<Report, 'checks'>,
  textLength: number,
): HighlightSpan[] {
  const rank: Record<Status, number> = { fail: 0, warn: 1, info: 2, pass: 3 };
  const all: HighlightSpan[] = [];
  for (const check of report.checks) {
    for (const span of check.spans) {
      const start = Math.max(0, Math.min(span.start, textLength));
      const end = Math.max(0, Math.min(span.end, textLength));
      if (end > start) all.push({ start, end, status: check.status });
    }
  }
  const kept =
    all.length > MAX_HIGHLIGHTS
      ? all.toSorted((a, b) => rank[a.status] - rank[b.status]).slice(0, MAX_HIGHLIGHTS)
      : all;
  return kept.toSorted((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Calm highlights (issue 14): the words of the check the rep points at
 * (hovered or selected), all of them; otherwise only the first words of
 * each failed or warned check, so a short email is not underlined a dozen
 * times. Passes and tips are never marked unless pointed at.
 */
export function calmHighlights(
  report: Pick<Report, 'checks'>,
  textLength: number,
  focus: string | null,
): HighlightSpan[] {
  const pointed = focus ? report.checks.find((c) => c.id === focus) : undefined;
  const checks = pointed
    ? [pointed]
    : report.checks
        .filter((c) => c.status === 'fail' || c.status === 'warn')
        .map((c) => ({ ...c, spans: c.spans.slice(0, 1) }));
  return highlightSpans({ checks }, textLength);
}

/**
 * Repeated clicks on a check walk through its spans: the `clicks`-th click
 * (0-based) selects this span. Null when the check points at nothing.
 */
export function spanForClick(spans: Span[], clicks: number): Span | null {
  if (spans.length === 0) return null;
  const i = ((clicks % spans.length) + spans.length) % spans.length;
  return { start: spans[i].start, end: spans[i].end };
}

export interface ClickCursor {
  composeId: string;
  checkId: string;
  clicks: number;
}

/**
 * Where a click on a check lands: clicking the same check of the same draft
 * again moves to its next span; any other check (or draft) starts at its first.
 */
export function advanceCursor(
  cursor: ClickCursor | null,
  composeId: string,
  checkId: string,
): ClickCursor {
  if (cursor && cursor.composeId === composeId && cursor.checkId === checkId) {
    return { ...cursor, clicks: cursor.clicks + 1 };
  }
  return { composeId, checkId, clicks: 0 };
}

/** Score band: its colour and the word beside it (never colour alone). */
export function scoreBand(score: number): { tone: 'good' | 'ok' | 'poor'; label: string } {
  if (score >= 80) return { tone: 'good', label: 'Strong' };
  if (score >= 50) return { tone: 'ok', label: 'Needs work' };
  return { tone: 'poor', label: 'Weak' };
}

/** A check's name in "fix length: +26", the same word the rulebook uses for it. */
export const CHECK_NAMES: Partial<Record<RuleId, string>> = {
  purpose: 'purpose',
  benefit: 'benefit',
  length: 'length',
  ask: 'next step',
  price: 'price',
  urgency: 'pressure',
  jargon: 'jargon',
  proof: 'example',
  ease: 'ease',
  subject: 'subject',
  clarity: 'clarity',
};

export const STATUS_TEXT: Record<Status, { icon: string; label: string }> = {
  pass: { icon: '✓', label: 'Pass' },
  warn: { icon: '!', label: 'Warning' },
  fail: { icon: '✕', label: 'Fail' },
  info: { icon: 'i', label: 'Tip' },
};

/** "Logged 2 email touches" / "Logged 1 LinkedIn touch". */
export function loggedLine(count: number, site: 'gmail' | 'linkedin' | null): string {
  const kind = site === 'linkedin' ? 'LinkedIn' : 'email';
  return `Logged ${plural(count, `${kind} touch`, `${kind} touches`)}`;
}

/**
 * After a send, who it was logged for and when they are next due (issue
 * 14): "Logged for Priya · next follow-up Tue 15 Dec". First names, as a rep
 * says them; `dueDate` null when the contact has no next follow-up.
 */
export function loggedForLine(
  logged: readonly { name: string; dueDate: string | null }[],
  locale?: string,
): string {
  const first = (name: string) => name.trim().split(/\s+/)[0] || name;
  const names = logged.map((c) => first(c.name));
  const who =
    names.length <= 2
      ? names.join(' and ')
      : names.length === 3
        ? `${names[0]}, ${names[1]} and ${names[2]}`
        : `${names[0]}, ${names[1]} and ${names.length - 2} others`;
  const dates = [...new Set(logged.map((c) => c.dueDate).filter((d): d is string => !!d))].sort();
  const next =
    dates.length === 0
      ? 'no follow-up due'
      : dates.length === 1
        ? `next follow-up ${formatDay(dates[0], locale)}`
        : `next follow-ups from ${formatDay(dates[0], locale)}`;
  return `Logged for ${who} · ${next}`;
}

/**
 * The first instant (local midnight) of the calendar day `days` after `now`'s
 * in `timeZone`: snooze "1 day" wakes the contact tomorrow morning, not in
 * exactly 24 h, and a week's snooze stays a week across a clock change.
 */
export function startOfDayAfter(now: Date, days: number, timeZone: string): number {
  return startOfLocalDay(addCalendarDays(localDate(now, timeZone), days), timeZone);
}
