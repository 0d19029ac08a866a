import { describe, expect, it } from 'vitest';
import { isOnDomains } from '@/lib/db';
import { localDate, startOfLocalDay } from '@/lib/followups';
import type { Check } from '@/lib/rules/types';
import {
  advanceCursor,
  dueLine,
  dueTone,
  firstWords,
  calmHighlights,
  highlightSpans,
  loggedForLine,
  loggedLine,
  MAX_HIGHLIGHTS,
  moreQuotes,
  overdueLabel,
  quotes,
  sameCheck,
  scoreBand,
  spanForClick,
  speakingTime,
  startOfDayAfter,
  whenLabel,
} from './format';

const BERLIN = 'Europe/Berlin';
// Monday 30 Nov 2026, 10:00 in Berlin.
const NOW = new Date('2026-11-30T09:00:00Z');

describe('speaking time', () => {
  it('shows seconds as mm:ss', () => {
    expect(speakingTime(35)).toBe('00:35');
    expect(speakingTime(65)).toBe('01:05');
    expect(speakingTime(0)).toBe('00:00');
    expect(speakingTime(720)).toBe('12:00');
  });
  it('rounds fractions and never shows a negative time', () => {
    expect(speakingTime(29.6)).toBe('00:30');
    expect(speakingTime(-3)).toBe('00:00');
    expect(speakingTime(Number.NaN)).toBe('00:00');
  });
});

describe('follow-up line', () => {
  it('says how many days a follow-up is overdue', () => {
    expect(dueLine({ dueDate: '2026-11-27', overdueDays: 1 }, NOW, BERLIN, 'en-GB')).toBe(
      'Follow-up overdue by 1 day',
    );
    expect(dueLine({ dueDate: '2026-11-20', overdueDays: 6 }, NOW, BERLIN, 'en-GB')).toBe(
      'Follow-up overdue by 6 days',
    );
  });
  it('says "due today" on the due day', () => {
    expect(dueLine({ dueDate: '2026-11-30', overdueDays: 0 }, NOW, BERLIN, 'en-GB')).toBe(
      'Follow-up due today',
    );
  });
  it('names the weekday and date of a later follow-up', () => {
    expect(dueLine({ dueDate: '2026-12-01', overdueDays: 0 }, NOW, BERLIN, 'en-GB')).toBe(
      'Next follow-up Tue 1 Dec',
    );
    expect(dueLine({ dueDate: '2027-01-05', overdueDays: 0 }, NOW, BERLIN, 'en-GB')).toBe(
      'Next follow-up Tue, 5 Jan 2027',
    );
  });
  it('shows nothing for a contact without a cadence', () => {
    expect(dueLine(null, NOW, BERLIN)).toBeNull();
  });
  it("writes dates in the rep's locale, in its own order", () => {
    expect(dueLine({ dueDate: '2026-12-01', overdueDays: 0 }, NOW, BERLIN, 'en-US')).toBe(
      'Next follow-up Tue, Dec 1',
    );
  });
  it('judges "today" in the rep\'s zone, not UTC', () => {
    // 23:30 UTC on 30 Nov is already 1 Dec in Berlin.
    const late = new Date('2026-11-30T23:30:00Z');
    expect(dueLine({ dueDate: '2026-12-01', overdueDays: 0 }, late, BERLIN)).toBe(
      'Follow-up due today',
    );
    expect(
      dueLine({ dueDate: '2026-12-01', overdueDays: 0 }, late, 'America/New_York', 'en-GB'),
    ).toBe('Next follow-up Tue 1 Dec');
  });
  it('colours overdue, today and later differently', () => {
    expect(dueTone({ dueDate: '2026-11-27', overdueDays: 1 }, NOW, BERLIN)).toBe('overdue');
    expect(dueTone({ dueDate: '2026-11-30', overdueDays: 0 }, NOW, BERLIN)).toBe('today');
    expect(dueTone({ dueDate: '2026-12-03', overdueDays: 0 }, NOW, BERLIN)).toBe('later');
    expect(dueTone(null, NOW, BERLIN)).toBe('none');
  });
  it('labels today-list items', () => {
    expect(overdueLabel(3)).toBe('3 days overdue');
    expect(overdueLabel(1)).toBe('1 day overdue');
    expect(overdueLabel(0)).toBe('due today');
  });
});

describe('when a touch happened', () => {
  it("reads relative to today in the rep's zone", () => {
    expect(whenLabel(Date.parse('2026-11-30T07:05:00Z'), NOW, BERLIN, 'en-GB')).toBe('today 8:05');
    expect(whenLabel(Date.parse('2026-11-30T07:05:00Z'), NOW, BERLIN, 'en-US')).toBe(
      'today 8:05 AM',
    );
    expect(whenLabel(Date.parse('2026-11-29T12:00:00Z'), NOW, BERLIN, 'en-GB')).toBe('yesterday');
    expect(whenLabel(Date.parse('2026-11-26T12:00:00Z'), NOW, BERLIN, 'en-GB')).toBe('4 days ago');
    expect(whenLabel(Date.parse('2026-11-02T12:00:00Z'), NOW, BERLIN, 'en-GB')).toBe('2 Nov');
    expect(whenLabel(Date.parse('2025-12-24T12:00:00Z'), NOW, BERLIN, 'en-GB')).toBe('24 Dec 2025');
  });
});

describe('addresses and summaries', () => {
  it('recognises colleagues on never-log domains and their subdomains', () => {
    expect(isOnDomains('bob@mycorp.com', ['mycorp.com'])).toBe(true);
    expect(isOnDomains('bob@eu.mycorp.com', ['mycorp.com'])).toBe(true);
    expect(isOnDomains('bob@notmycorp.com', ['mycorp.com'])).toBe(false);
    expect(isOnDomains('bob@acme.com', [])).toBe(false);
  });
  it('summarises a voicemail by its first words', () => {
    expect(firstWords('  Hi Jane,   this is Sam  ', 12)).toBe('Hi Jane, this is Sam');
    expect(firstWords('one two three four five', 3)).toBe('one two three…');
  });
});

describe('quoted words', () => {
  const text = 'Just checking in to see if our   robust,\nscalable platform helps.';
  it('quotes what each span points at, whitespace collapsed', () => {
    expect(
      quotes(text, [
        { start: 0, end: 16 },
        { start: 30, end: 49 },
      ]),
    ).toEqual(['Just checking in', 'robust, scalable']);
  });
  it('drops repeats and empty spans and clips long quotes', () => {
    expect(
      quotes(text, [
        { start: 0, end: 4 },
        { start: 0, end: 4 },
        { start: 5, end: 5 },
      ]),
    ).toEqual(['Just']);
    const [long] = quotes('x'.repeat(100), [{ start: 0, end: 100 }], 3, 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });
  it('counts the quotes left out', () => {
    const spans = [0, 5, 14, 17, 20].map((s) => ({ start: s, end: s + 3 }));
    expect(quotes(text, spans, 3)).toHaveLength(3);
    expect(moreQuotes(text, spans, 3)).toBe(2);
  });
});

describe('clicking a check', () => {
  const spans = [
    { start: 0, end: 4 },
    { start: 10, end: 14 },
    { start: 20, end: 24 },
  ];
  it('selects the first span, then the next on each click, then wraps', () => {
    let cursor = advanceCursor(null, 'c1', 'jargon');
    expect(spanForClick(spans, cursor.clicks)).toEqual({ start: 0, end: 4 });
    cursor = advanceCursor(cursor, 'c1', 'jargon');
    expect(spanForClick(spans, cursor.clicks)).toEqual({ start: 10, end: 14 });
    cursor = advanceCursor(cursor, 'c1', 'jargon');
    cursor = advanceCursor(cursor, 'c1', 'jargon');
    expect(spanForClick(spans, cursor.clicks)).toEqual({ start: 0, end: 4 });
  });
  it('starts over on another check or another draft', () => {
    const twice = advanceCursor(advanceCursor(null, 'c1', 'jargon'), 'c1', 'jargon');
    expect(advanceCursor(twice, 'c1', 'price').clicks).toBe(0);
    expect(advanceCursor(twice, 'c2', 'jargon').clicks).toBe(0);
  });
  it('selects nothing for a check without spans', () => {
    expect(spanForClick([], 0)).toBeNull();
  });
});

function check(id: Check['id'], status: Check['status'], spans: Check['spans']): Check {
  return { id, status, message: 'm', spans, points: 0 };
}

describe('highlights sent to the page', () => {
  it("carries each span with its check's status, in text order, clamped to the text", () => {
    const report = {
      checks: [
        check('purpose', 'fail', [{ start: 10, end: 20 }]),
        check('jargon', 'warn', [
          { start: 2, end: 5 },
          { start: 40, end: 60 },
          { start: 7, end: 7 },
        ]),
      ],
    };
    expect(highlightSpans(report, 50)).toEqual([
      { start: 2, end: 5, status: 'warn' },
      { start: 10, end: 20, status: 'fail' },
      { start: 40, end: 50, status: 'warn' },
    ]);
  });
  it('keeps problems before passes when there are more than the protocol allows', () => {
    const many = Array.from({ length: MAX_HIGHLIGHTS }, (_, i) => ({ start: i, end: i + 1 }));
    const report = {
      checks: [check('ask', 'pass', many), check('price', 'fail', [{ start: 900, end: 905 }])],
    };
    const out = highlightSpans(report, 1000);
    expect(out).toHaveLength(MAX_HIGHLIGHTS);
    expect(out.at(-1)).toEqual({ start: 900, end: 905, status: 'fail' });
  });
});

describe('calm highlights', () => {
  const benefitSpans = Array.from({ length: 13 }, (_, i) => ({ start: i * 4, end: i * 4 + 2 }));
  const report = {
    checks: [
      check('purpose', 'pass', [{ start: 60, end: 80 }]),
      check('benefit', 'warn', benefitSpans),
      check('price', 'fail', [
        { start: 90, end: 95 },
        { start: 100, end: 110 },
      ]),
    ],
  };
  it('marks only the first words of each problem by default, and never a pass', () => {
    expect(calmHighlights(report, 200, null)).toEqual([
      { start: 0, end: 2, status: 'warn' },
      { start: 90, end: 95, status: 'fail' },
    ]);
  });
  it('marks every word of the check the rep points at, and only those', () => {
    expect(calmHighlights(report, 200, 'benefit')).toHaveLength(13);
    expect(calmHighlights(report, 200, 'purpose')).toEqual([
      { start: 60, end: 80, status: 'pass' },
    ]);
  });
});

describe('small labels', () => {
  it('names the score band in words as well as colour', () => {
    expect(scoreBand(92)).toEqual({ tone: 'good', label: 'Strong' });
    expect(scoreBand(60).tone).toBe('ok');
    expect(scoreBand(10).tone).toBe('poor');
  });
  it('says who a send was logged for and when they are next due', () => {
    expect(loggedForLine([{ name: 'Priya Shah', dueDate: '2026-12-15' }], 'en-GB')).toBe(
      'Logged for Priya · next follow-up Tue 15 Dec',
    );
    expect(
      loggedForLine(
        [
          { name: 'Priya Shah', dueDate: '2026-12-15' },
          { name: 'Omar', dueDate: '2026-12-16' },
        ],
        'en-GB',
      ),
    ).toBe('Logged for Priya and Omar · next follow-ups from Tue 15 Dec');
    expect(loggedForLine([{ name: 'Cora', dueDate: null }], 'en-GB')).toBe(
      'Logged for Cora · no follow-up due',
    );
  });
  it('says how many touches a send logged', () => {
    expect(loggedLine(1, 'gmail')).toBe('Logged 1 email touch');
    expect(loggedLine(3, 'gmail')).toBe('Logged 3 email touches');
    expect(loggedLine(2, 'linkedin')).toBe('Logged 2 LinkedIn touches');
  });
  it('treats checks with the same words and verdict as unchanged', () => {
    const a = {
      id: 'ask' as const,
      status: 'warn' as const,
      message: 'x',
      spans: [{ start: 1, end: 2 }],
      points: 0,
    };
    expect(sameCheck(a, { ...a, spans: [{ start: 1, end: 2 }] })).toBe(true);
    expect(sameCheck(a, { ...a, status: 'pass' })).toBe(false);
    expect(sameCheck(a, { ...a, spans: [{ start: 1, end: 3 }] })).toBe(false);
  });
});

describe('snooze dates', () => {
  it('wakes a contact at local midnight N days later', () => {
    const until = startOfDayAfter(NOW, 1, BERLIN);
    expect(new Date(until).toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(localDate(until, BERLIN)).toBe('2026-12-01');
  });
  it('counts snooze days on the calendar, late at night across a clock change', () => {
    // 23:40 on Thu 27 Mar 2025 in Berlin; the clocks go forward on the Sunday.
    const lateThursday = new Date('2025-03-27T22:40:00Z');
    expect(new Date(startOfDayAfter(lateThursday, 7, BERLIN)).toISOString()).toBe(
      '2025-04-02T22:00:00.000Z',
    );
    // 00:10 on Sun 25 Oct 2026, the 25-hour day: "1 day" is still Monday.
    const earlySunday = new Date('2026-10-24T22:10:00Z');
    expect(localDate(startOfDayAfter(earlySunday, 1, BERLIN), BERLIN)).toBe('2026-10-26');
  });
  it('finds local midnight across a daylight-saving change', () => {
    // Berlin springs forward on 29 Mar 2026: midnight is still UTC+1.
    expect(new Date(startOfLocalDay('2026-03-29', BERLIN)).toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(new Date(startOfLocalDay('2026-03-30', BERLIN)).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(new Date(startOfLocalDay('2026-07-01', 'America/New_York')).toISOString()).toBe(
      '2026-07-01T04:00:00.000Z',
    );
  });
});
