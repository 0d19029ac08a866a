/**
 * Every phrase every rule looks for, compiled once into one table keyed by
 * first word, and matched in a single pass over a draft's words. Regexes per
 * phrase list would each rescan the text (and allocate per match); this is
 * one map lookup per word.
 *
 * Phrase syntax (case-insensitive, whole words):
 * - words separated by single spaces must follow each other: `touching base`;
 * - `a|b|c` is any one of those words: `saw|noticed your|that`;
 * - a trailing `?` makes a word optional: `just? checking in`;
 * - `#` is a number ("15", "3.5", "10am"), `^` a capitalised word (a name),
 *   `*` any one word;
 * - a hyphenated word also matches written apart: `end-to-end` finds "end to end".
 *
 * Numbers are also tagged by kind, under the built-in tags below: "$40k"
 * (`money`), "30%" (`percent`), "3x" (`ratio`), "5 hours" (`duration`),
 * "5 hours a week" (`rate`), "10am" or "10:30" (`clock`), "15-minute"
 * (`minutes`), "the 1st" (`ordinal`), "3/31" (`date`); and `quantity` for any
 * number with a unit.
 */
import { isCapitalAt, words as tokenize, type Words } from './text';
import type { Span } from './types';

export interface Hit extends Span {
  /** Index of the first and last word of the match. */
  first: number;
  last: number;
}

export type PhraseGroups = Readonly<Record<string, readonly string[]>>;

export const NUMBER_TAGS = [
  'money',
  'percent',
  'ratio',
  'duration',
  'rate',
  'clock',
  'minutes',
  'quantity',
  'ordinal',
  'date',
] as const;

/** Shared by every tag without a match, so a scan allocates only for what it finds. */
const NONE: Hit[] = [];
Object.freeze(NONE);

type Slot = ReadonlySet<string> | 'num' | 'cap' | 'any';

interface Phrase {
  tag: number;
  slots: readonly Slot[];
}

const TIME_UNITS = new Set(
  'second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks month months quarter quarters year years'.split(
    ' ',
  ),
);
const MINUTE_UNITS = new Set(['minute', 'minutes', 'min', 'mins']);
const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);
const PERIODS = new Set(
  'day week month quarter year rep close hire deal person user agent seat shift month-end'.split(
    ' ',
  ),
);
const COUNT_UNITS = new Set(
  'k m bn million billion thousand deals leads meetings demos tickets reps customers hires calls orders points'.split(
    ' ',
  ),
);
const CLOCK = /^\d{1,2}(?::\d\d)?(?:am|pm)$/;
const CLOCK_NUMBER = /^\d{1,2}(?::\d\d)?$/;
const CLOCK_24 = /^\d{1,2}:\d\d$/;
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const DATE = /^\d{1,2}(?:\/\d{1,2}(?:\/\d{2,4})?|\.\d{1,2}\.\d{2,4})$/;
const AM_PM = new Set(['am', 'pm', 'a.m', 'p.m']);
const RATIO = /^\d+(?:[.,]\d+)?x$/;
const HYPHENATED_DURATION = /^\d+-(?:second|minute|min|hour|day|week|month|quarter|year)s?$/;
const HYPHENATED_MINUTES = /^\d+-(?:minute|min)s?$/;
const NUMBER = /^\d[\d,.]*(?:k|m|bn)?$/;
/** Spelled-out counts reps use for durations: "six hours a week" is a figure too. */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty'.split(
    ' ',
  ),
);

export class Lexicon {
  readonly tags: readonly string[];
  private readonly tagIndex = new Map<string, number>();
  private readonly byFirst = new Map<string, Bucket>();
  private readonly numFirst: Bucket = bucket();
  private readonly capFirst: Bucket = bucket();
  private readonly numberTag: Record<(typeof NUMBER_TAGS)[number], number>;

  constructor(groups: PhraseGroups) {
    const tags: string[] = [...NUMBER_TAGS];
    for (const tag of Object.keys(groups)) {
      if (tags.includes(tag)) throw new Error(`lexicon: tag '${tag}' is defined twice`);
      tags.push(tag);
    }
    this.tags = tags;
    tags.forEach((t, i) => this.tagIndex.set(t, i));
    this.numberTag = Object.fromEntries(NUMBER_TAGS.map((t, i) => [t, i])) as Lexicon['numberTag'];
    for (const [tag, phrases] of Object.entries(groups)) {
      const t = this.tagIndex.get(tag) as number;
      for (const phrase of phrases) {
        for (const slots of compile(phrase)) this.add({ tag: t, slots });
      }
    }
    for (const b of [...this.byFirst.values(), this.numFirst, this.capFirst]) {
      b.one = b.one.toSorted(longestFirst);
      b.wildSecond = b.wildSecond.toSorted(longestFirst);
      for (const [w, list] of b.bySecond) b.bySecond.set(w, list.toSorted(longestFirst));
    }
  }

  private add(p: Phrase): void {
    const first = p.slots[0];
    if (first === 'num') addTo(this.numFirst, p);
    else if (first === 'cap') addTo(this.capFirst, p);
    else if (first === 'any') throw new Error('lexicon: a phrase cannot start with *');
    else {
      for (const w of first) {
        let b = this.byFirst.get(w);
        if (b === undefined) this.byFirst.set(w, (b = bucket()));
        addTo(b, p);
      }
    }
  }

  /** Index of a tag in what {@link scan} returns. Throws on a tag no rule defines (a typo). */
  tag(name: string): number {
    const i = this.tagIndex.get(name);
    if (i === undefined) throw new Error(`lexicon: unknown tag '${name}'`);
    return i;
  }

  /**
   * All matches in `text`, per tag. A phrase never spans two sentences
   * (`sentenceOfWord[i]`: the sentence of word i). Within one tag the longest
   * match at a word wins and overlapping matches are dropped.
   */
  scan(text: string, w: Words, sentenceOfWord?: readonly number[]): Hit[][] {
    const { lower, starts } = w;
    const n = lower.length;
    const hits: Hit[][] = [];
    const lastWord: number[] = [];
    for (let t = 0; t < this.tags.length; t++) {
      hits.push(NONE);
      lastWord.push(-1);
    }
    const found: Found = { hits, lastWord, ends: w.ends, starts };
    const numFirst = isUsed(this.numFirst);
    const capFirst = isUsed(this.capFirst);
    for (let i = 0; i < n; i++) {
      const key = lower[i];
      const c = key.charCodeAt(0);
      const numeric = c >= 48 && c <= 57;
      if (numeric || NUMBER_WORDS.has(key)) this.numberKinds(text, w, i, found);
      const b = this.byFirst.get(key);
      if (b !== undefined) tryBucket(b, text, w, i, sentenceOfWord, found);
      if (numeric && numFirst) tryBucket(this.numFirst, text, w, i, sentenceOfWord, found);
      if (capFirst && isCapitalAt(text, starts[i])) {
        tryBucket(this.capFirst, text, w, i, sentenceOfWord, found);
      }
    }
    return found.hits;
  }

  private numberKinds(text: string, w: Words, i: number, found: Found): void {
    const { starts, lower } = w;
    const key = lower[i];
    const next = lower[i + 1];
    const t = this.numberTag;
    let quantity = -1;
    const before = text.charCodeAt(starts[i] - 1);
    const before2 = text.charCodeAt(starts[i] - 2);
    if (isCurrency(before) || (before === 32 && isCurrency(before2))) {
      record(found, t.money, i, i, starts[i] - (isCurrency(before) ? 1 : 2));
      quantity = i;
    }
    const after = text.charCodeAt(w.ends[i]);
    if (after === 37 /* % */ || next === 'percent') {
      record(found, t.percent, i, next === 'percent' ? i + 1 : i);
      quantity = next === 'percent' ? i + 1 : i;
    }
    if (RATIO.test(key) || after === 0xd7 /* × */) {
      record(found, t.ratio, i, i);
      quantity = i;
    }
    const hyphenated = HYPHENATED_DURATION.test(key);
    if (
      hyphenated ||
      (next !== undefined && TIME_UNITS.has(next) && (NUMBER.test(key) || NUMBER_WORDS.has(key)))
    ) {
      const last = hyphenated ? i : i + 1;
      record(found, t.duration, i, last);
      quantity = Math.max(quantity, last);
      if (HYPHENATED_MINUTES.test(key) || (last === i + 1 && MINUTE_UNITS.has(next))) {
        record(found, t.minutes, i, last);
      }
      if (RATE_WORDS.has(lower[last + 1]) && PERIODS.has(lower[last + 2])) {
        record(found, t.rate, i, last + 2);
      }
    }
    if (CLOCK.test(key)) record(found, t.clock, i, i);
    else if (CLOCK_NUMBER.test(key) && next !== undefined && AM_PM.has(next)) {
      record(found, t.clock, i, i + 1);
    } else if (CLOCK_24.test(key)) record(found, t.clock, i, i);
    if (ORDINAL.test(key)) record(found, t.ordinal, i, i);
    else if (DATE.test(key)) record(found, t.date, i, i);
    if (next !== undefined && COUNT_UNITS.has(next) && NUMBER.test(key)) {
      quantity = Math.max(quantity, i + 1);
    }
    if (quantity >= 0) record(found, t.quantity, i, quantity);
  }
}

/** The matches of one scan, per tag, and the last word each tag's latest match covers. */
interface Found {
  hits: Hit[][];
  lastWord: number[];
  starts: readonly number[];
  ends: readonly number[];
}

/** Keeps a match unless an earlier (or longer) one of the same tag already covers its first word. */
function record(
  found: Found,
  tag: number,
  first: number,
  last: number,
  start = found.starts[first],
): void {
  if (found.lastWord[tag] >= first) return;
  const hit = { start, end: found.ends[last], first, last };
  if (found.hits[tag] === NONE) found.hits[tag] = [hit];
  else found.hits[tag].push(hit);
  found.lastWord[tag] = last;
}

/** The phrases that start with one word, indexed by their second word. */
interface Bucket {
  /** One-word phrases. */
  one: Phrase[];
  /** Longer phrases by their second word. */
  bySecond: Map<string, Phrase[]>;
  /** Longer phrases whose second word is a number, a name or any word. */
  wildSecond: Phrase[];
}

function bucket(): Bucket {
  return { one: [], bySecond: new Map(), wildSecond: [] };
}

function addTo(b: Bucket, p: Phrase): void {
  if (p.slots.length === 1) {
    b.one.push(p);
    return;
  }
  const second = p.slots[1];
  if (typeof second === 'string') {
    b.wildSecond.push(p);
    return;
  }
  for (const w of second) {
    let list = b.bySecond.get(w);
    if (list === undefined) b.bySecond.set(w, (list = []));
    list.push(p);
  }
}

function isUsed(b: Bucket): boolean {
  return b.one.length > 0 || b.bySecond.size > 0 || b.wildSecond.length > 0;
}

function longestFirst(a: Phrase, b: Phrase): number {
  return b.slots.length - a.slots.length;
}

/** Tries a bucket's phrases at word `i`: longer ones first, so the longest match wins. */
function tryBucket(
  b: Bucket,
  text: string,
  w: Words,
  i: number,
  sentenceOfWord: readonly number[] | undefined,
  found: Found,
): void {
  if (
    i + 1 < w.lower.length &&
    (sentenceOfWord === undefined || sentenceOfWord[i + 1] === sentenceOfWord[i])
  ) {
    const list = b.bySecond.get(w.lower[i + 1]);
    if (list !== undefined) tryPhrases(list, text, w, i, sentenceOfWord, found);
    if (b.wildSecond.length > 0) tryPhrases(b.wildSecond, text, w, i, sentenceOfWord, found);
  }
  if (b.one.length > 0) tryPhrases(b.one, text, w, i, sentenceOfWord, found);
}

function tryPhrases(
  list: readonly Phrase[],
  text: string,
  w: Words,
  i: number,
  sentenceOfWord: readonly number[] | undefined,
  found: Found,
): void {
  const n = w.lower.length;
  for (const p of list) {
    if (found.lastWord[p.tag] >= i) continue;
    const len = p.slots.length;
    if (i + len > n) continue;
    let ok = true;
    for (let k = 1; k < len && ok; k++) {
      if (sentenceOfWord !== undefined && sentenceOfWord[i + k] !== sentenceOfWord[i]) ok = false;
      else ok = slotMatches(p.slots[k], text, w, i + k);
    }
    if (ok) record(found, p.tag, i, i + len - 1);
  }
}

function isCurrency(c: number): boolean {
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5; // $ € £ ¥
}

function slotMatches(slot: Slot, text: string, w: Words, i: number): boolean {
  if (slot === 'any') return true;
  const word = w.lower[i];
  if (slot === 'num') return NUMBER.test(word) || CLOCK.test(word);
  if (slot === 'cap') return isCapitalAt(text, w.starts[i]);
  return slot.has(word);
}

/** One phrase of the syntax above → every slot sequence it stands for. */
function compile(phrase: string): Slot[][] {
  let variants: Slot[][] = [[]];
  for (const part of phrase.trim().split(' ')) {
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    let options: Slot[][];
    if (body === '#') options = [['num']];
    else if (body === '^') options = [['cap']];
    else if (body === '*') options = [['any']];
    else {
      // "#" and "^" may sit among words: "only #|two|three left".
      const alternatives = body.split('|');
      const words = alternatives.filter((a) => a !== '#' && a !== '^');
      for (const word of words) {
        // A phrase word must be one lower-case word as the tokenizer reads it,
        // or it could never match.
        const read = tokenize(word).lower;
        if (read.length !== 1 || read[0] !== word) {
          throw new Error(`lexicon: '${word}' in '${phrase}' is not one lower-case word`);
        }
      }
      options = words.length > 0 ? [[new Set(words)]] : [];
      if (alternatives.includes('#')) options.push(['num']);
      if (alternatives.includes('^')) options.push(['cap']);
      if (alternatives.length === 1 && body.includes('-') && !body.startsWith('-')) {
        options.push(body.split('-').map((w) => new Set([w])));
      }
    }
    if (optional) options.push([]);
    const next: Slot[][] = [];
    for (const v of variants) for (const o of options) next.push([...v, ...o]);
    variants = next;
  }
  return variants.filter((v) => v.length > 0);
}
