import { describe, expect, it } from 'vitest';
import { badgeFor, CALM_COLOR, OVERDUE_COLOR } from './badge';

const due = (...overdueDays: number[]) => overdueDays.map((d) => ({ overdueDays: d }));

describe('toolbar badge', () => {
  it('shows no number when nothing is due today', () => {
    const b = badgeFor([]);
    expect(b.text).toBe('');
    expect(b.title).toBe('No follow-ups due today');
  });

  it('shows 3 in red when one of three follow-ups is overdue', () => {
    expect(badgeFor(due(0, 2, 0))).toEqual({
      text: '3',
      color: OVERDUE_COLOR,
      title: '3 follow-ups today (1 overdue)',
    });
  });

  it('stays calm blue when everything is merely due today', () => {
    const b = badgeFor(due(0, 0));
    expect(b.color).toBe(CALM_COLOR);
    expect(b.title).toBe('2 follow-ups today');
  });

  it('says "follow-up" for a single one', () => {
    expect(badgeFor(due(4)).title).toBe('1 follow-up today (1 overdue)');
  });

  it('caps the count at 99+ so it fits the button', () => {
    expect(badgeFor(due(...Array.from({ length: 99 }, () => 0))).text).toBe('99');
    expect(badgeFor(due(...Array.from({ length: 140 }, () => 0))).text).toBe('99+');
    expect(badgeFor(due(...Array.from({ length: 140 }, () => 0))).title).toBe(
      '140 follow-ups today',
    );
  });
});
