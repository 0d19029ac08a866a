import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  localDate,
  rollToWorkingDay,
  startOfLocalDay,
  weekStartOf,
} from './calendar';
import { local } from './testing';

describe('local dates', () => {
  it('gives the same instant different dates on either side of the date line', () => {
    const instant = Date.parse('2026-03-02T10:30:00Z');
    expect(localDate(instant, 'Pacific/Kiritimati')).toBe('2026-03-03'); // UTC+14
    expect(localDate(instant, 'Pacific/Pago_Pago')).toBe('2026-03-01'); // UTC−11
  });

  it('keeps the last minute before midnight on its own day', () => {
    expect(localDate(local('2026-03-02 23:59:59', 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2026-03-02',
    );
    expect(localDate(local('2026-03-03 00:00', 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2026-03-03',
    );
  });

  it('knows the hour after New York falls back is still the same day', () => {
    // 2026-11-01 23:30 EST: an offset fixed at EDT (−4) would say 00:30 the next day.
    const lateEvening = Date.parse('2026-11-02T04:30:00Z');
    expect(localDate(lateEvening, 'America/New_York')).toBe('2026-11-01');
  });

  it('refuses a time zone the runtime does not know', () => {
    expect(() => localDate(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('starts a day at midnight, or when a clock change skips midnight, at 01:00', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin')).toBe(Date.parse('2026-03-28T23:00:00Z'));
    expect(startOfLocalDay('2026-11-01', 'America/New_York')).toBe(
      Date.parse('2026-11-01T04:00:00Z'),
    );
    // Chile moves clocks forward at midnight: 2026-09-06 begins at 01:00 (UTC−3).
    expect(startOfLocalDay('2026-09-06', 'America/Santiago')).toBe(
      Date.parse('2026-09-06T04:00:00Z'),
    );
  });
});

describe('calendar arithmetic', () => {
  it('counts calendar days across month ends and leap days', () => {
    expect(addCalendarDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addCalendarDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(calendarDaysBetween('2026-03-01', '2026-03-08')).toBe(7);
    expect(calendarDaysBetween('2026-03-08', '2026-03-01')).toBe(-7);
  });

  it('moves a Saturday to Monday for a Monday–Friday week and leaves a Tuesday alone', () => {
    expect(rollToWorkingDay('2026-03-07', [1, 2, 3, 4, 5])).toBe('2026-03-09');
    expect(rollToWorkingDay('2026-03-10', [1, 2, 3, 4, 5])).toBe('2026-03-10');
    expect(rollToWorkingDay('2026-03-06', [0, 1, 2, 3, 4])).toBe('2026-03-08'); // Friday → Sunday
  });

  it('starts weeks on Monday, or Sunday when asked', () => {
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
    expect(weekStartOf('2026-03-08', 0)).toBe('2026-03-08');
    expect(weekStartOf('2026-03-09')).toBe('2026-03-09');
  });
});
