import { describe, expect, it } from 'vitest';
import { followUpLine, ordinal, repeatWarning, shortDay } from './followUpText';

const NOW = new Date(Date.UTC(2026, 11, 8, 10));
const NOV_12 = Date.UTC(2026, 10, 12, 23, 30); // 13 Nov already in Berlin

describe('follow-up memory words', () => {
  it('dates the repeated email on the rep’s own calendar', () => {
    expect(repeatWarning(NOV_12, NOW, 'America/New_York')).toBe(
      'This repeats your 12 Nov email: add one new thing: a result, a resource, a question.',
    );
    expect(shortDay(NOV_12, NOW, 'Europe/Berlin')).toBe('13 Nov');
    expect(shortDay(Date.UTC(2025, 10, 12, 9), NOW, 'UTC')).toBe('12 Nov 2025');
  });

  it('counts the follow-up in words', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
    const base = { repeats: null, answersReply: false };
    expect(followUpLine({ ...base, followUp: 3 }, NOW, 'UTC')).toBe('3rd follow-up, no reply yet');
    expect(followUpLine({ ...base, followUp: 1, lastReplyAt: NOV_12 }, NOW, 'UTC')).toBe(
      '1st follow-up since their reply of 12 Nov',
    );
    expect(followUpLine({ ...base, followUp: 0 }, NOW, 'UTC')).toBe('First email to them');
    expect(
      followUpLine({ ...base, followUp: 0, answersReply: true, lastReplyAt: NOV_12 }, NOW, 'UTC'),
    ).toBe('Answering their reply of 12 Nov');
  });
});
