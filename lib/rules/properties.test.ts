import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RULES, checkDraft } from './index';
import { RuleOptionsSchema, type RuleOptionsInput } from './options';
import { RULE_IDS, type DraftInput, type Mode, type Report } from './types';

/** The rulebook's output contract, as a schema. */
const ReportSchema = z.strictObject({
  mode: z.enum(['email', 'voicemail', 'linkedin']),
  score: z.number().int().min(0).max(100).nullable(),
  band: z.enum(['ready', 'needs-work', 'weak']).nullable(),
  unscored: z.enum(['too-short', 'not-english']).nullable(),
  words: z.number().int().min(0),
  speakingSeconds: z.number().int().min(0),
  checks: z.array(
    z.strictObject({
      id: z.enum(RULE_IDS),
      status: z.enum(['pass', 'warn', 'fail', 'info']),
      message: z.string().min(1),
      spans: z.array(z.strictObject({ start: z.number().int(), end: z.number().int() })),
      points: z.number().int().min(0).max(100),
    }),
  ),
});

const modes = fc.constantFrom<Mode>('email', 'voicemail', 'linkedin');

/** Pieces of real drafts, so generated text also exercises greetings, signatures, trails… */
const PIECES = [
  'Hi Anna,',
  'Dear Dr. Müller,',
  'Hey there —',
  'Zoë Łukasiewicz',
  'just checking in',
  'Hope all is well!',
  'Your team could save 5 hours a week.',
  'We helped Northwind cut ramp 40%.',
  'Worth 15 minutes on Tuesday?',
  'only 3 spots left',
  '20% off',
  '$49/month',
  'ARR (annual recurring revenue)',
  'SDR',
  'synergy',
  'end-to-end',
  '- a bullet',
  '1. first',
  '-- ',
  'Best,',
  'Sent from my iPhone',
  'On Mon, 2 Mar 2026 at 09:14, Anna <anna@example.com> wrote:',
  '> quoted',
  '-----Original Message-----',
  'P.S.',
  '🙂',
  '👩🏽‍💻',
  '\uD83D',
  '\uDE42',
  'İstanbul',
  '...',
  '?',
  '!',
  '—',
];

const draftText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 200,
  }),
  fc
    .array(
      fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(' ', '  ', '\n', '\n\n', '\r\n', '\t')),
      {
        maxLength: 80,
      },
    )
    .map((parts) => parts.join('')),
);

const options: fc.Arbitrary<RuleOptionsInput> = fc.record(
  {
    emailWarnWords: fc.integer({ min: 10, max: 2000 }),
    emailFailWords: fc.integer({ min: 10, max: 5000 }),
    voicemailWarnSeconds: fc.integer({ min: 5, max: 600 }),
    linkedinWarnChars: fc.integer({ min: 50, max: 8000 }),
    sentenceWarnWords: fc.integer({ min: 5, max: 200 }),
    wordsPerMinute: fc.integer({ min: 60, max: 300 }),
    ownNames: fc.array(
      fc.constantFrom('Acme', 'Acme Cloud', 'Zoë & Co', 'a|b?#^*', 'İstanbul Ltd', '🙂'),
      {
        maxLength: 3,
      },
    ),
    disabledRules: fc.subarray([...RULE_IDS]),
  },
  { requiredKeys: [] },
);

const inputs = fc.record({
  mode: modes,
  text: draftText,
  subject: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
  connectionNote: fc.option(fc.boolean(), { nil: undefined }),
});

function expectValid(input: DraftInput, report: Report, opts: RuleOptionsInput = {}): void {
  ReportSchema.parse(report);
  const parsed = RuleOptionsSchema.parse(opts);
  expect(report.mode).toBe(input.mode);
  const expected = RULES.filter(
    (r) => r.modes.includes(input.mode) && !parsed.disabledRules.includes(r.id),
  ).map((r) => r.id);
  expect(report.checks.map((c) => c.id)).toEqual(expected);
  expect(report.speakingSeconds).toBe(Math.round((report.words / parsed.wordsPerMinute) * 60));
  // A score exactly when the draft is long enough and in English; a band with it; no points without it.
  expect(report.score === null).toBe(report.unscored !== null);
  expect(report.band === null).toBe(report.score === null);
  if (report.words < 8) expect(report.unscored).toBe('too-short');
  for (const c of report.checks) {
    if (c.status === 'pass' || report.score === null) expect(c.points).toBe(0);
    if (report.score !== null) expect(report.score + c.points).toBeLessThanOrEqual(100);
  }
  for (const c of report.checks) {
    for (const s of c.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(input.text.length);
      expect(s.start).toBeLessThan(s.end);
    }
  }
}

describe('any draft gives a valid report', () => {
  it('for any text in any mode: valid shape, spans inside the text, checks in rulebook order', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expectValid(input, checkDraft(input));
      }),
      { numRuns: 600 },
    );
  });

  it('for any options: thresholds, own names and disabled rules are honoured', () => {
    fc.assert(
      fc.property(inputs, options, (input, opts) => {
        expectValid(input, checkDraft(input, opts), opts);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same draft gives the same report', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(checkDraft({ ...input })).toEqual(checkDraft({ ...input }));
      }),
      { numRuns: 200 },
    );
  });

  it('never cuts an emoji in half when it highlights', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const t = input.text;
        const low = (i: number) => t.charCodeAt(i) >= 0xdc00 && t.charCodeAt(i) <= 0xdfff;
        const high = (i: number) => t.charCodeAt(i) >= 0xd800 && t.charCodeAt(i) <= 0xdbff;
        for (const c of checkDraft(input).checks) {
          for (const s of c.spans) {
            expect(low(s.start) && high(s.start - 1)).toBe(false);
            expect(low(s.end) && high(s.end - 1)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles huge whitespace and long runs without slowing to a crawl', () => {
    // A catastrophic regex would hang here until the test times out.
    const huge = [
      ' '.repeat(100_000),
      '\n'.repeat(50_000) + 'Hi Anna,' + '\t'.repeat(50_000),
      'Thanks' + ' '.repeat(100_000) + 'x',
      'On ' + 'x '.repeat(50_000) + 'wrote',
      '1'.repeat(100_000) + '%',
      'a'.repeat(100_000),
      'HI ' + 'ABC '.repeat(20_000),
      '> '.repeat(50_000),
      ('Your team could save 5 hours a week. ' + ' '.repeat(1000)).repeat(50),
      '🙂'.repeat(50_000),
    ];
    for (const text of huge) {
      for (const mode of ['email', 'voicemail', 'linkedin'] as const) {
        const input = { mode, text };
        expectValid(input, checkDraft(input));
      }
    }
  });

  it('scores every report between 0 and 100, and a flawless draft above a failing one', () => {
    const good = checkDraft({
      mode: 'email',
      text: 'Hi Anna,\n\nI saw your team is hiring six reps; we helped Northwind cut ramp from 5 months to 7 weeks.\n\nWorth 15 minutes on Tuesday?',
    });
    const bad = checkDraft({
      mode: 'email',
      text: 'Hi Anna,\n\nJust checking in. We are the industry-leading provider of end-to-end synergy. Act now, limited time, 20% off!',
    });
    expect(good.score).toBeGreaterThan(bad.score ?? 100);
    expect(good.score).toBeGreaterThanOrEqual(90);
    expect(bad.score).toBeLessThan(50);
  });
});
