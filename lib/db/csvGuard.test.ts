import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from './csvGuard';

/** What a spreadsheet would start a formula with, after its own trimming. */
const STARTS_FORMULA = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

/** Any text, and text built to start like a formula (apostrophes, spaces, then a trigger). */
const values = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.stringMatching(/^['\s]*[=+\-@＝＋－＠\t\r]?.*$/),
);

describe('the CSV formula guard', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")'],
    ['+1 555 0100'],
    ['- called twice'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\rcmd'],
    ['\tplain text after a tab'],
    ['  =1+1'],
    [' \t -2'],
    ['＝HYPERLINK("http://evil")'],
    ['＋1'],
    ['－1'],
    ['＠SUM(A1)'],
    ['\u3000＝1'], // an ideographic space first
    ['\u00a0=1'], // a no-break space first
    ["'=already quoted once"],
  ])('writes %j as text, with a leading apostrophe', (value) => {
    expect(guardCell(value)).toBe(`'${value}`);
  });

  it.each([
    ['Anna Müller'],
    ['anna@x.de'],
    ['2026-03-05T09:30:00.000Z'],
    ['87.5'],
    ["O'Brien"],
    ["'quoted by the rep"],
    ['  keeps spacing '],
    ['a=b'],
  ])('leaves %j as it is', (value) => {
    expect(guardCell(value)).toBe(value);
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(values, (value) => {
        const cell = guardCell(value);
        expect(STARTS_FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
      }),
    );
  });

  it('gives back exactly what was exported, apostrophes included', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(unguardCell(guardCell(value))).toBe(value);
      }),
    );
  });

  it('leaves a cell the rep typed without a guard as it is', () => {
    expect(unguardCell("'tis the season")).toBe("'tis the season");
    expect(unguardCell('=1+1')).toBe('=1+1');
  });
});
