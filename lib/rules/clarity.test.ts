import { describe, expect, it } from 'vitest';
import { fleschKincaid, syllablesOf } from './clarity';
import { checkOf, highlighted } from './testing';

describe('clarity: easy to read at a glance', () => {
  it('passes plain, short sentences', () => {
    const check = checkOf(
      'clarity',
      `Hi Anna,

Your reps lose five hours a week to call notes. We can give them that time back. Teams like yours did it in a month. Worth a chat on Tuesday?`,
    );
    expect(check.status).toBe('pass');
    expect(check.message).toMatch(/grade \d/);
  });

  it('warns on dense, long-worded writing and names the hardest sentence', () => {
    const text = `Dear Mr. Okonkwo,

Considering the substantial administrative responsibilities associated with monitoring contractual renewal obligations across numerous commercial clients, automated notification functionality could significantly diminish your associates' exposure to professional liability. Our consultancy utilises a comprehensive implementation methodology incorporating stakeholder alignment.

Would Thursday be convenient for a conversation?`;
    const check = checkOf('clarity', text);
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/grade 1\d|grade 2\d/);
    expect(highlighted(text, check)[0]).toMatch(/^Considering the substantial/);
  });

  it('does not grade a note too short to measure', () => {
    expect(checkOf('clarity', 'Hi Anna, worth a chat on Tuesday about call notes?').status).toBe(
      'pass',
    );
  });

  it('applies to voicemail and LinkedIn too', () => {
    const dense =
      'Hi Felipe, considering the considerable expansion of Santos Clinics, centralised workforce allocation could substantially diminish your organisation’s dependence on expensive agency personnel, particularly during unpredictable seasonal fluctuations. Would Thursday be convenient?';
    expect(checkOf('clarity', { name: '', mode: 'linkedin', text: dense }).status).toBe('warn');
  });
});

describe('reading grade', () => {
  it('counts syllables the way a reader says them', () => {
    expect(
      [
        'team',
        'reports',
        'chasing',
        'invoices',
        'automated',
        'communication',
        "haven't",
        "I've",
      ].map(syllablesOf),
    ).toEqual([1, 2, 2, 3, 4, 5, 2, 1]);
  });

  it('is the Flesch–Kincaid formula', () => {
    // 100 words, 5 sentences, 150 syllables: 0.39·20 + 11.8·1.5 − 15.59 = 9.91.
    expect(fleschKincaid(100, 5, 150)).toBeCloseTo(9.91, 2);
  });
});
