import { describe, expect, it } from 'vitest';
import {
  adviceOf,
  bandOf,
  differenceInterval,
  MIN_SENDS,
  outcomesOf,
  rateOf,
  replyRates,
  wilson,
  type Outcome,
} from './replyRates';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);

describe('wilson', () => {
  it('matches the 95 % interval worked by hand for 14 replies in 60 sends', () => {
    // p = 0.2333, z² = 3.8415: centre = (0.2333 + 3.8415/120) / (1 + 3.8415/60) = 0.2494,
    // half = 1.96/1.0640 · √(0.2333·0.7667/60 + 3.8415/14400) = 0.1050 → 0.1444 … 0.3544.
    const { low, high } = wilson(14, 60);
    expect(low).toBeCloseTo(0.1444, 4);
    expect(high).toBeCloseTo(0.3544, 4);
  });

  it('stays inside 0–100 % at the edges, where a normal interval would not', () => {
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(0, 10).high).toBeCloseTo(0.2775, 4);
    expect(wilson(10, 10).low).toBeCloseTo(0.7225, 4);
    expect(wilson(10, 10).high).toBe(1);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('narrows as sends add up', () => {
    const small = wilson(2, 10);
    const large = wilson(20, 100);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});

describe('outcomesOf', () => {
  const send = (contactId: number, daysAgo: number) => ({
    contactId,
    at: NOW - daysAgo * DAY,
    score: 70,
  });

  it('counts a reply from that contact within 14 days after the send, and nothing else', () => {
    const sends = [send(1, 30), send(2, 30), send(3, 30), send(4, 30), send(5, 30)];
    const replies = [
      { contactId: 1, at: NOW - 16 * DAY }, // exactly 14 days after: counts
      { contactId: 2, at: NOW - 16 * DAY + 1 }, // 1 ms past the window
      { contactId: 3, at: NOW - 31 * DAY }, // before the send
      { contactId: 9, at: NOW - 29 * DAY }, // somebody else
      { contactId: 5, at: NOW - 30 * DAY }, // the same instant is not after it
    ];
    const { decided, waiting } = outcomesOf(sends, replies, NOW);
    expect(waiting).toBe(0);
    expect(decided.map((o) => o.replied)).toEqual([true, false, false, false, false]);
  });

  it('waits for a recent send without a reply, and counts one that already has its reply', () => {
    const { decided, waiting } = outcomesOf(
      [send(1, 3), send(2, 3), send(3, 14)],
      [{ contactId: 2, at: NOW - DAY }],
      NOW,
    );
    expect(waiting).toBe(1);
    expect(decided.map((o) => [o.contactId, o.replied])).toEqual([
      [2, true],
      [3, false],
    ]);
  });

  it('counts one reply for every send of the 14 days before it', () => {
    const { decided } = outcomesOf(
      [send(1, 40), send(1, 33), send(1, 20)],
      [{ contactId: 1, at: NOW - 30 * DAY }],
      NOW,
    );
    expect(decided.map((o) => o.replied)).toEqual([true, true, false]);
  });
});

describe('replyRates', () => {
  /**
   * 100 decided sends, counted by hand:
   * purpose passed on 60 (14 replied), failed on 40 (2 replied);
   * bands 85–100: 30 sends, 10 replied; 60–84: 40, 5; 0–59: 30, 1.
   */
  function book(): Outcome[] {
    const out: Outcome[] = [];
    const add = (n: number, score: number, purpose: 'p' | 'f', replied: number) => {
      for (let i = 0; i < n; i++) {
        out.push({
          contactId: out.length + 1,
          at: NOW - 30 * DAY,
          score,
          ruleStatuses: `purpose:${purpose} length:p ask:${i % 2 ? 'w' : 'p'}`,
          replied: i < replied,
        });
      }
    };
    add(30, 90, 'p', 10); // 85–100, all passed purpose
    add(30, 70, 'p', 4); // 60–84, passed purpose
    add(10, 65, 'f', 1); // 60–84, failed purpose
    add(30, 40, 'f', 1); // 0–59, failed purpose
    return out;
  }

  it('counts sends and replies per score band with their intervals', () => {
    const r = replyRates(book());
    expect(r.enough).toBe(true);
    expect(r.sent).toBe(100);
    expect(r.replied).toBe(16);
    expect(r.bands.map((b) => [b.band, b.sent, b.replied])).toEqual([
      ['85-100', 30, 10],
      ['60-84', 40, 5],
      ['0-59', 30, 1],
    ]);
    const top = r.bands[0]!;
    expect(top.rate).toBeCloseTo(1 / 3, 10);
    // 10 of 30: centre 0.3524, half 0.1597 (same formula as above).
    expect(top.low).toBeCloseTo(0.1923, 4);
    expect(top.high).toBeCloseTo(0.5122, 4);
  });

  it('counts each rule by status: "passed purpose: 14 of 60 replied; failed it: 2 of 40"', () => {
    const purpose = replyRates(book()).rules.find((x) => x.id === 'purpose')!;
    expect([purpose.pass.replied, purpose.pass.sent]).toEqual([14, 60]);
    expect([purpose.fail.replied, purpose.fail.sent]).toEqual([2, 40]);
    expect(purpose.warn.sent).toBe(0);
    expect(purpose.pass.low).toBeCloseTo(0.1444, 4);
    expect(purpose.pass.high).toBeCloseTo(0.3544, 4);
    expect(purpose.fail.low).toBeCloseTo(0.0138, 4);
    expect(purpose.fail.high).toBeCloseTo(0.165, 4);
    // ask alternates pass and warn within each group, so it splits 50/50.
    const ask = replyRates(book()).rules.find((x) => x.id === 'ask')!;
    expect(ask.pass.sent + ask.warn.sent).toBe(100);
    expect(ask.notPass).toEqual(rateOf(ask.warn.replied, ask.warn.sent));
  });

  it('says to fix the rule whose passing surely goes with more replies', () => {
    const r = replyRates(book());
    // Newcombe: 0.2333 − 0.05 = 0.1833, lower bound 0.1833 − √(0.0890² + 0.115²) = 0.0379 > 0.
    expect(differenceInterval(rateOf(14, 60), rateOf(2, 40)).low).toBeCloseTo(0.0379, 4);
    expect(r.advice).toBe(
      'Fix purpose first: emails that passed purpose got a reply 23 % of the time (14 of 60), those that did not 5 % (2 of 40).',
    );
  });

  it('says a gap could be chance when its interval still takes in zero', () => {
    const rules = [
      {
        id: 'ask',
        pass: rateOf(4, 12),
        warn: rateOf(2, 10),
        fail: rateOf(0, 0),
        notPass: rateOf(2, 10),
      },
    ];
    expect(adviceOf(rules)).toBe(
      'Nothing stands out for sure yet. The biggest gap is ask: emails that passed ask got a reply 33 % of the time (4 of 12), those that did not 20 % (2 of 10), but that could still be chance.',
    );
  });

  it('compares no rule with fewer than 10 sends on a side', () => {
    const rules = [
      {
        id: 'ask',
        pass: rateOf(9, 9),
        warn: rateOf(0, 40),
        fail: rateOf(0, 0),
        notPass: rateOf(0, 40),
      },
    ];
    expect(adviceOf(rules)).toMatch(/^No rule has 10 emails that passed it and 10 that did not/);
  });

  it('below 30 decided sends says how many more are needed, counting the ones still waiting', () => {
    const r = replyRates(book().slice(0, 12), 5);
    expect(r.enough).toBe(false);
    expect(r.needed).toBe(MIN_SENDS - 12);
    expect(r.advice).toBe(
      'Reply rates need 30 scored emails whose 14 days for a reply are over: 18 more scored emails to go (5 sent in the last 14 days will count once their 14 days are over).',
    );
  });

  it('leaves sends logged before statuses were kept out of the rule counts, not out of the bands', () => {
    const old: Outcome = { contactId: 1, at: NOW - 30 * DAY, score: 88, replied: true };
    const r = replyRates([old]);
    expect(r.bands[0]).toMatchObject({ band: '85-100', sent: 1, replied: 1 });
    expect(r.rules).toEqual([]);
  });

  it('puts each score in the rulebook band', () => {
    expect([100, 85, 84.5, 60, 59, 0].map(bandOf)).toEqual([
      '85-100',
      '85-100',
      '60-84',
      '60-84',
      '0-59',
      '0-59',
    ]);
  });
});
