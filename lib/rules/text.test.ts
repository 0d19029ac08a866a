import { describe, expect, it } from 'vitest';
import { sentences, words } from './text';

function split(text: string): string[] {
  return sentences(text, 0, words(text)).map((s) => text.slice(s.start, s.end));
}

describe('words', () => {
  it('counts names, contractions, hyphenated words, numbers and addresses as one word each', () => {
    const text = "Zoë Łukasiewicz's end-to-end plan: 3.5x, $5,000 — zoe@acme.io 🙂 don’t";
    expect(words(text).lower).toEqual([
      'zoë',
      "łukasiewicz's",
      'end-to-end',
      'plan',
      '3.5x',
      '5,000',
      'zoe@acme.io',
      "don't",
    ]);
  });

  it('keeps offsets into the text, emoji and all', () => {
    const text = '🙂 Hi 👩🏽‍💻 Anna';
    const w = words(text);
    expect(w.starts.map((s, i) => text.slice(s, w.ends[i]))).toEqual(['Hi', 'Anna']);
  });
});

describe('sentences', () => {
  it('splits at full stops, question marks and line breaks', () => {
    expect(split('Your team grew. Worth a call?\nThursday works')).toEqual([
      'Your team grew.',
      'Worth a call?',
      'Thursday works',
    ]);
  });

  it('does not split after titles, initials or "e.g."', () => {
    expect(split('Dr. Müller and J. Smith asked, e.g. about U.S. pricing. Fine.')).toEqual([
      'Dr. Müller and J. Smith asked, e.g. about U.S. pricing.',
      'Fine.',
    ]);
  });

  it('makes each bullet its own sentence', () => {
    expect(split('What you get:\n- faster refunds\n• fewer tickets\n1. one dashboard')).toEqual([
      'What you get:',
      'faster refunds',
      'fewer tickets',
      'one dashboard',
    ]);
  });

  it('joins hard-wrapped lines back into one sentence', () => {
    const text =
      'We looked at how your agents handle refunds and we think that with a few\nchanges to the macros you could answer most of them in one reply.';
    expect(split(text)).toHaveLength(1);
  });

  it('marks questions, even with a closing quote', () => {
    const text = 'He asked, "Is Tuesday ok?" Sure.';
    expect(sentences(text, 0, words(text)).map((s) => s.question)).toEqual([true, false]);
  });
});
