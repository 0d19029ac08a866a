import { describe, expect, it } from 'vitest';
import { nextWorkingDays } from './slots';

describe('meeting slots for an ask', () => {
  it('offers the next two working days after today, skipping the weekend', () => {
    expect(nextWorkingDays('2026-12-10')).toEqual(['Friday', 'Monday']); // a Thursday
    expect(nextWorkingDays('2026-12-12')).toEqual(['Monday', 'Tuesday']); // a Saturday
  });

  it("follows the rep's own working days", () => {
    expect(nextWorkingDays('2026-12-10', [0, 1, 2, 3, 4])).toEqual(['Sunday', 'Monday']);
  });
});
