import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from './isoTime';

/** 0000-01-01T00:00:00Z, the first instant a four-digit ISO year can write. */
const FIRST = -62_167_219_200_000;
const DAY = 86_400_000;
// A day inside either end, so any offset still writes a four-digit year.
const instants = fc.integer({ min: FIRST + DAY, max: 253_402_300_799_999 - DAY });
const offsets = fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }); // minutes east of UTC

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `ms` written as local time at `offset` minutes east of UTC, with that offset. */
function withOffset(ms: number, offset: number, fraction: string): string {
  const local = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

describe('reading a date and time from an import', () => {
  it('takes what our CSV export writes, and reads back the same instant', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        expect(parseIsoInstant(new Date(ms).toISOString())).toEqual({ ok: true, ms });
      }),
    );
  });

  it('takes any offset, with or without a fraction, as the instant it names', () => {
    fc.assert(
      fc.property(instants, offsets, fc.boolean(), (ms, offset, withMs) => {
        const whole = withMs ? ms : ms - (((ms % 1000) + 1000) % 1000);
        const fraction = withMs ? `.${pad(((ms % 1000) + 1000) % 1000, 3)}` : '';
        const text = withOffset(whole, offset, fraction);
        expect(parseIsoInstant(text), text).toEqual({ ok: true, ms: whole });
      }),
    );
  });

  it('keeps milliseconds and drops finer digits', () => {
    expect(parseIsoInstant('2026-03-05T09:30:00.1Z')).toEqual({
      ok: true,
      ms: Date.UTC(2026, 2, 5, 9, 30, 0, 100),
    });
    expect(parseIsoInstant('2026-03-05T09:30:00.123987654+01:00')).toEqual({
      ok: true,
      ms: Date.UTC(2026, 2, 5, 8, 30, 0, 123),
    });
  });

  it('takes the examples a rep would type', () => {
    expect(parseIsoInstant('2026-03-05T09:30:00Z')).toEqual({
      ok: true,
      ms: Date.UTC(2026, 2, 5, 9, 30),
    });
    expect(parseIsoInstant('2026-03-05T09:30:00.000+01:00')).toEqual({
      ok: true,
      ms: Date.UTC(2026, 2, 5, 8, 30),
    });
    expect(parseIsoInstant('2028-02-29T12:00:00-05:00')).toEqual({
      ok: true,
      ms: Date.UTC(2028, 1, 29, 17),
    });
  });

  it('refuses a day the calendar does not have, instead of rolling it into the next month', () => {
    expect(parseIsoInstant('2026-02-30T09:00:00Z')).toEqual({
      ok: false,
      reason: 'is not a real date (2026-02 has 28 days)',
    });
    expect(parseIsoInstant('2026-02-29T09:00:00Z')).toMatchObject({ ok: false });
    expect(parseIsoInstant('2026-04-31T09:00:00Z')).toMatchObject({
      reason: 'is not a real date (2026-04 has 30 days)',
    });
    expect(parseIsoInstant('2026-13-01T09:00:00Z')).toMatchObject({
      reason: 'is not a real date (there is no month 13)',
    });
    expect(parseIsoInstant('1900-02-29T09:00:00Z')).toMatchObject({ ok: false });
  });

  it('refuses every impossible day of every month, whatever the year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 39 }),
        (year, month, day) => {
          const last = new Date(0);
          last.setUTCFullYear(year, month, 0);
          fc.pre(day > last.getUTCDate());
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T12:00:00Z`;
          expect(parseIsoInstant(text).ok, text).toBe(false);
        },
      ),
    );
  });

  it('refuses a date without a time or zone and says what to write', () => {
    const got = parseIsoInstant('2026-03-05');
    expect(got).toMatchObject({ ok: false });
    if (!got.ok) {
      expect(got.reason).toMatch(/^is a date without a time and zone/);
      expect(got.reason).toContain('2026-03-05T09:30:00Z');
    }
  });

  it('refuses a time without a zone: it would be read in whatever zone the browser is in', () => {
    for (const text of ['2026-03-05T09:30:00', '2026-03-05T09:30', '2026-03-05 09:30:00']) {
      expect(parseIsoInstant(text), text).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^has no time zone; write it as ISO 8601 with a zone/),
      });
    }
  });

  it.each([
    'March 5',
    'March 5, 2026 09:30 GMT',
    '5/3/2026',
    '1772442000000',
    'yesterday',
    '2026-03-05T24:00:00Z',
    '2026-03-05T09:60:00Z',
    '2026-03-05T09:30Z',
    '2026-03-05T09:30:00+0100',
    '2026-03-05t09:30:00z',
    ' 2026-03-05T09:30:00Z',
    '+002026-03-05T09:30:00Z',
    '',
  ])('refuses %j', (text) => {
    const got = parseIsoInstant(text);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason).toContain('2026-03-05T09:30:00Z');
  });

  it('accepts a changed character only when the result is still a real date and time with a zone', () => {
    const chars = fc.constantFrom(...'0123456789-:.TZ+ tz/');
    fc.assert(
      fc.property(instants, fc.nat(), chars, (ms, at, char) => {
        const valid = new Date(ms).toISOString();
        const i = at % valid.length;
        const text = valid.slice(0, i) + char + valid.slice(i + 1);
        const got = parseIsoInstant(text);
        if (!got.ok) return;
        expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
        // A real date: written back in UTC it names the same day and time, nothing rolled over.
        if (text.endsWith('Z')) expect(new Date(got.ms).toISOString()).toBe(text);
      }),
    );
  });

  it('reads the first instant a four-digit year can write', () => {
    expect(parseIsoInstant('0000-01-01T00:00:00Z')).toEqual({ ok: true, ms: FIRST });
  });
});
