import { describe, expect, it } from 'vitest';
import type { Touch } from '@/lib/db';
import { lastNote, ordinal, threadLine } from './contactFacts';

const DAY = 86_400_000;
const at = (ymd: string) => Date.parse(`${ymd}T12:00:00Z`);
const touch = (t: Partial<Touch> & Pick<Touch, 'channel' | 'direction' | 'at'>): Touch => ({
  contactId: 1,
  source: 'auto',
  ...t,
});

describe('what the rep sees about the recipient while writing', () => {
  const touches: Touch[] = [
    touch({
      channel: 'call',
      direction: 'out',
      at: at('2026-11-13'),
      source: 'manual',
      summary: 'board week, try after the 15th',
    }),
    touch({ channel: 'email', direction: 'out', at: at('2026-11-12'), summary: 'Month-end close' }),
    touch({ channel: 'email', direction: 'out', at: at('2026-11-02') }),
  ];

  it('names this email the third, when the last went, and that nobody answered', () => {
    expect(threadLine(touches, 'email', 'UTC', 'en-GB')).toBe(
      '3rd email · last Thu 12 Nov · no reply',
    );
  });

  it('says when they replied after the last one', () => {
    const replied = [
      touch({ channel: 'email', direction: 'in', at: at('2026-11-12') + DAY }),
      ...touches,
    ];
    expect(threadLine(replied, 'email', 'UTC', 'en-GB')).toBe(
      '3rd email · last Thu 12 Nov · replied Fri 13 Nov',
    );
  });

  it("shows the rep's last note, never an email's subject", () => {
    expect(lastNote({}, touches)).toBe('board week, try after the 15th');
    expect(lastNote({ notes: 'met at SaaStr' }, touches.slice(1))).toBe('met at SaaStr');
    expect(lastNote({}, touches.slice(1))).toBeNull();
  });

  it('counts in English ordinals', () => {
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
  });
});
