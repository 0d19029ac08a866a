import { describe, expect, it } from 'vitest';
import { localDay, nextLocalMidnight } from './midnight';

const at = (iso: string) => new Date(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('next local midnight (when the badge rolls over)', () => {
  it('is tonight at 00:00 in the rep zone, not in UTC', () => {
    // 18:00 in Berlin (CET, UTC+1) → 00:00 CET is 23:00 UTC the same date.
    expect(iso(nextLocalMidnight(at('2026-01-15T17:00:00Z'), 'Europe/Berlin'))).toBe(
      '2026-01-15T23:00:00.000Z',
    );
    // The same instant is already the next evening's midnight for Tokyo (UTC+9).
    expect(iso(nextLocalMidnight(at('2026-01-15T17:00:00Z'), 'Asia/Tokyo'))).toBe(
      '2026-01-16T15:00:00.000Z',
    );
  });

  it('lands on midnight after the spring-forward night (a 23-hour day)', () => {
    // Berlin springs forward on 2026-03-29; the next midnight is in CEST (UTC+2).
    expect(iso(nextLocalMidnight(at('2026-03-29T10:00:00Z'), 'Europe/Berlin'))).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    // The night before, midnight is still in CET (UTC+1).
    expect(iso(nextLocalMidnight(at('2026-03-28T10:00:00Z'), 'Europe/Berlin'))).toBe(
      '2026-03-28T23:00:00.000Z',
    );
  });

  it('lands on midnight after the fall-back night (a 25-hour day)', () => {
    // New York falls back on 2026-11-01: the next midnight is in EST (UTC-5).
    expect(iso(nextLocalMidnight(at('2026-11-01T12:00:00Z'), 'America/New_York'))).toBe(
      '2026-11-02T05:00:00.000Z',
    );
    expect(iso(nextLocalMidnight(at('2026-10-31T12:00:00Z'), 'America/New_York'))).toBe(
      '2026-11-01T04:00:00.000Z',
    );
  });

  it('uses the first instant of the day where midnight itself is skipped', () => {
    // Santiago sprang from 00:00 to 01:00 on 2024-09-08: the day starts at 01:00 -03.
    expect(iso(nextLocalMidnight(at('2024-09-07T12:00:00Z'), 'America/Santiago'))).toBe(
      '2024-09-08T04:00:00.000Z',
    );
  });

  it('is strictly in the future, even exactly at midnight', () => {
    const midnight = at('2026-01-15T23:00:00Z'); // 00:00 on the 16th in Berlin
    expect(iso(nextLocalMidnight(midnight, 'Europe/Berlin'))).toBe('2026-01-16T23:00:00.000Z');
  });

  it('names the local day the rep is in', () => {
    expect(localDay(at('2026-01-15T23:30:00Z'), 'Europe/Berlin')).toBe('2026-01-16');
    expect(localDay(at('2026-01-15T23:30:00Z'), 'America/Los_Angeles')).toBe('2026-01-15');
  });
});
