import { describe, expect, it } from 'vitest';
import { Lexicon } from './lexicon';
import { sentences, words } from './text';

function find(phrases: string[], text: string, tag = 't'): string[] {
  const lex = new Lexicon({ [tag]: phrases });
  const w = words(text);
  const s = sentences(text, 0, w);
  const sentenceOfWord: number[] = w.starts.map(() => -1);
  s.forEach((x, i) => {
    for (let k = x.firstWord; k < x.firstWord + x.words; k++) sentenceOfWord[k] = i;
  });
  return lex.scan(text, w, sentenceOfWord)[lex.tag(tag)].map((h) => text.slice(h.start, h.end));
}

describe('phrase matching', () => {
  it('matches whole words, any case, straight or curly apostrophes', () => {
    expect(find(["don't miss out"], 'Don’t miss out! Do not miss outside.')).toEqual([
      'Don’t miss out',
    ]);
    expect(find(['base'], 'Touching base, database, BASE.')).toEqual(['base', 'BASE']);
  });

  it('takes alternatives and optional words, longest match first', () => {
    expect(find(['just? checking in'], 'Just checking in, checking in again.')).toEqual([
      'Just checking in',
      'checking in',
    ]);
    expect(find(['saw|noticed your|that'], 'I noticed that you saw your post.')).toEqual([
      'noticed that',
      'saw your',
    ]);
  });

  it('finds a hyphenated phrase written with spaces or a non-breaking hyphen', () => {
    expect(find(['end-to-end'], 'An end-to-end tool, end to end, end‑to‑end.')).toEqual([
      'end-to-end',
      'end to end',
      'end‑to‑end',
    ]);
  });

  it('matches numbers (#), names (^) and any word (*)', () => {
    expect(find(['only # left'], 'Only 3 left. Only three left.')).toEqual(['Only 3 left']);
    expect(find(['we helped ^'], 'We helped Northwind. We helped them.')).toEqual([
      'We helped Northwind',
    ]);
    expect(find(['only # * left'], 'Only 3 seats left.')).toEqual(['Only 3 seats left']);
  });

  it('never runs a phrase across a sentence break', () => {
    expect(find(['check in'], 'Please check. In June we start.')).toEqual([]);
  });

  it('tags numbers by kind', () => {
    const text = 'Save $40k or 30% — 3x faster, 5 hours a week, a 15-minute call at 10am.';
    expect(find([], text, 'unused')).toEqual([]);
    const lex = new Lexicon({});
    const w = words(text);
    const hits = lex.scan(text, w);
    const of = (tag: string) => hits[lex.tag(tag)].map((h) => text.slice(h.start, h.end));
    expect(of('money')).toEqual(['$40k']);
    expect(of('percent')).toEqual(['30']);
    expect(of('ratio')).toEqual(['3x']);
    expect(of('rate')).toEqual(['5 hours a week']);
    expect(of('minutes')).toEqual(['15-minute']);
    expect(of('clock')).toEqual(['10am']);
  });

  it('refuses a phrase word that could never match, and an unknown tag', () => {
    expect(() => new Lexicon({ t: ['Thoughts?'] })).toThrow(/not one lower-case word/);
    expect(() => new Lexicon({ t: ['best deal'] }).tag('prise')).toThrow(/unknown tag 'prise'/);
  });
});
