/**
 * Words and sentences of a draft, in UTF-16 offsets of the original text so
 * the UI can highlight what a rule saw. This runs on every keystroke, so it is
 * one pass over the characters with no regex per word: a 150-word email is
 * split in a few microseconds.
 */
import type { Span } from './types';

// ---------------------------------------------------------------- characters

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** 0 = not looked up yet, 1 = word character, 2 = not. Filled lazily for the BMP. */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  BMP_CLASS[c] = word ? 1 : 2;
}

/** Is the character at `i` (or the surrogate pair starting there) a letter, digit or mark? */
function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return BMP_CLASS[c] === 1;
  if (c < 0xd800 || c > 0xdfff) {
    let k = BMP_CLASS[c];
    if (k === 0) {
      k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      BMP_CLASS[c] = k;
    }
    return k === 1;
  }
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(s.slice(i, i + 2));
  }
  return false;
}

/** Characters that join two word parts into one word: "don't", "end-to-end", "3.5", "zoë@acme.io". */
function isJoiner(c: number): boolean {
  return (
    c === 39 || // '
    c === 0x2019 || // ’
    c === 45 || // -
    c === 0x2010 ||
    c === 0x2011 ||
    c === 95 || // _
    c === 46 || // .
    c === 44 || // ,
    c === 64 || // @
    c === 47 || // /
    c === 38 || // &
    c === 58 || // :
    c === 43 // +
  );
}

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0xfeff ||
    c === 11 ||
    c === 12
  );
}

function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = s[i];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Does the word starting at `i` start with a capital letter? */
export function isCapitalAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const ch = s[i];
  return ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

// ---------------------------------------------------------------------- words

export interface Words {
  /** Offset of each word's first character. */
  starts: number[];
  /** Offset just past each word. */
  ends: number[];
  /** Each word in lower case, curly apostrophes and odd hyphens made plain: "don't", "end-to-end". */
  lower: string[];
}

/**
 * The words of `s`: runs of letters, digits and marks, joined by an
 * apostrophe, hyphen, dot, slash… when a word character follows ("don't",
 * "end-to-end", "3.5", "zoë@acme.io"). Emoji and lone punctuation are not words.
 */
export function words(s: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    // ASCII first: most characters of most drafts.
    if (c < 128 ? BMP_CLASS[c] !== 1 : !isWordAt(s, i)) {
      i++;
      continue;
    }
    const start = i;
    i = afterChar(s, i);
    while (i < n) {
      const d = s.charCodeAt(i);
      if (d < 128) {
        if (BMP_CLASS[d] === 1) i++;
        else if (i + 1 < n && isJoiner(d) && isWordAt(s, i + 1)) i++;
        else break;
      } else if (isWordAt(s, i)) i = afterChar(s, i);
      else if (i + 1 < n && isJoiner(d) && isWordAt(s, i + 1)) i++;
      else break;
    }
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends, lower: lowerWords(s, starts, ends) };
}

/** Offset after the character at `i`, stepping over a surrogate pair whole. */
function afterChar(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
}

const ODD_APOSTROPHE = /’/g;
const ODD_HYPHEN = /[‐‑]/g;

function lowerWords(s: string, starts: number[], ends: number[]): string[] {
  const lower: string[] = [];
  const all = s.toLowerCase();
  // Lower-casing can change a string's length ("İ" → "i̇"); then go word by word.
  if (all.length !== s.length) {
    for (let k = 0; k < starts.length; k++) {
      lower.push(plain(s.slice(starts[k], ends[k]).toLowerCase()));
    }
    return lower;
  }
  const flat = plain(all);
  for (let k = 0; k < starts.length; k++) lower.push(flat.slice(starts[k], ends[k]));
  return lower;
}

const ODD_MARKS = /[’‐‑]/;

/** Curly apostrophes and non-breaking hyphens made plain (same length). */
function plain(s: string): string {
  if (!ODD_MARKS.test(s)) return s;
  return s.replace(ODD_APOSTROPHE, "'").replace(ODD_HYPHEN, '-');
}

// ------------------------------------------------------------------ sentences

export interface Sentence extends Span {
  /** Index of the sentence's first word. */
  firstWord: number;
  /** How many words the sentence holds (always at least one). */
  words: number;
  /** It ends with a question mark. */
  question: boolean;
}

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

/** Quotes and brackets that may close a sentence after its full stop: `."`, `?)`. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 0xbb;
}

/** Titles before a name: a full stop after them never ends a sentence ("Dr. Müller"). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'sr', 'jr', 'fr']);
/** Abbreviations that end a sentence only when a capital letter follows. */
const SOFT_ABBREVIATIONS = new Set(
  (
    'etc inc ltd co corp vs approx no dept est jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** Lines at least this long that run on into a lower-case line are hard-wrapped text. */
const WRAP_WIDTH = 60;

/** Length of a bullet marker ("- ", "• ", "1. ", "2) ") at `i`, or 0. */
function bulletAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  let k: number;
  if (
    c === 45 ||
    c === 42 ||
    c === 0x2022 ||
    c === 0x2023 ||
    c === 0x25e6 ||
    c === 0x25aa ||
    c === 0x2013 ||
    c === 0x2014
  ) {
    k = i + 1;
  } else if (c >= 48 && c <= 57) {
    k = i + 1;
    if (k < end && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
    const p = s.charCodeAt(k);
    if (p !== 46 && p !== 41) return 0;
    k++;
  } else return 0;
  if (k >= end) return 0;
  const sp = s.charCodeAt(k);
  if (sp !== 32 && sp !== 9) return 0;
  while (k < end && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
  return k - i;
}

/**
 * Splits `s` from offset `from` into sentences. A sentence ends at `.`, `!`,
 * `?` or `…` followed by a space (not after "Dr." or an initial), at a blank
 * line, at a bullet, and at a line break unless the line looks hard-wrapped
 * (long, and the next line carries on in lower case). Sentences without a
 * word (a lone emoji, a "--") are dropped.
 */
export function sentences(s: string, from: number, w: Words): Sentence[] {
  const n = s.length;
  const st: SplitState = {
    s,
    starts: w.starts,
    ends: w.ends,
    out: [],
    sentenceStart: -1,
    wordIndex: 0,
  };
  while (st.wordIndex < w.starts.length && w.starts[st.wordIndex] < from) st.wordIndex++;

  let lineStart = from;
  while (lineStart < n) {
    let nl = s.indexOf('\n', lineStart);
    if (nl < 0) nl = n;
    let ls = lineStart;
    let le = nl;
    while (ls < le && isSpace(s.charCodeAt(ls))) ls++;
    while (le > ls && isSpace(s.charCodeAt(le - 1))) le--;
    if (ls === le) {
      close(st, lineStart);
      lineStart = nl + 1;
      continue;
    }
    const marker = bulletAt(s, ls, le);
    if (marker > 0) close(st, ls);
    const contentStart = ls + marker;
    for (let j = contentStart; j < le; j++) {
      const c = s.charCodeAt(j);
      if (st.sentenceStart < 0 && !isSpace(c)) st.sentenceStart = j;
      if (!isTerminal(c)) continue;
      let k = j + 1;
      while (k < le && (isTerminal(s.charCodeAt(k)) || isCloser(s.charCodeAt(k)))) k++;
      if (k < le && !isSpace(s.charCodeAt(k))) {
        j = k - 1;
        continue;
      }
      if (c === 46 && k === j + 1 && isAbbreviation(s, j, le, contentStart)) continue;
      close(st, k);
      j = k - 1;
    }
    let wraps = false;
    if (marker === 0 && le - ls >= WRAP_WIDTH && s.charCodeAt(le - 1) !== 58 && nl < n) {
      let next = nl + 1;
      while (next < n && (s.charCodeAt(next) === 32 || s.charCodeAt(next) === 9)) next++;
      wraps = next < n && isLowerAt(s, next);
    }
    if (!wraps) close(st, le);
    lineStart = nl + 1;
  }
  close(st, n);
  return st.out;
}

interface SplitState {
  s: string;
  starts: readonly number[];
  ends: readonly number[];
  out: Sentence[];
  /** Offset where the open sentence starts, or -1 when none is open. */
  sentenceStart: number;
  /** The first word not yet given to a sentence. */
  wordIndex: number;
}

/** Ends the open sentence at `end` (trailing spaces trimmed); one without words is dropped. */
function close(st: SplitState, end: number): void {
  const { s, starts, ends } = st;
  if (st.sentenceStart < 0) return;
  let e = end;
  while (e > st.sentenceStart && isSpace(s.charCodeAt(e - 1))) e--;
  const first = st.wordIndex;
  let wi = first;
  while (wi < starts.length && ends[wi] <= e) wi++;
  st.wordIndex = wi;
  if (wi > first) {
    let q = e - 1;
    while (q > st.sentenceStart && isCloser(s.charCodeAt(q))) q--;
    st.out.push({
      start: st.sentenceStart,
      end: e,
      firstWord: first,
      words: wi - first,
      question: s.charCodeAt(q) === 63,
    });
  }
  st.sentenceStart = -1;
}

/** Is the full stop at `dot` part of an abbreviation rather than a sentence end? */
function isAbbreviation(s: string, dot: number, lineEnd: number, lineStart: number): boolean {
  let b = dot;
  while (b > lineStart && b > dot - 8) {
    const c = s.charCodeAt(b - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    b--;
  }
  const len = dot - b;
  if (len === 1) return true; // an initial, "U.S.", "e.g."
  if (len === 0) return false;
  const token = s.slice(b, dot).toLowerCase();
  if (TITLES.has(token)) return true;
  if (!SOFT_ABBREVIATIONS.has(token)) return false;
  let k = dot + 1;
  while (k < lineEnd && isSpace(s.charCodeAt(k))) k++;
  if (k >= lineEnd) return false;
  const c = s.charCodeAt(k);
  return isLowerAt(s, k) || (c >= 48 && c <= 57);
}

/** Index of the sentence containing offset `pos`, or -1. Binary search. */
export function sentenceAt(list: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = list[mid];
    if (pos < t.start) hi = mid - 1;
    else if (pos >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// ------------------------------------------------------------------- messages

const MESSY_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/** Quote the words a span covers, for a message: 'just checking in'. Long spans are cut. */
export function quote(s: string, span: Span, max = 60): string {
  let t = s.slice(span.start, span.end);
  if (MESSY_SPACE.test(t)) t = t.replace(/\s+/g, ' ').trim();
  if (t.length > max) t = `${t.slice(0, max - 1).trimEnd()}…`;
  return `'${t}'`;
}

/** Distinct quoted phrases from spans, in order, at most `limit`: 'synergy', 'robust'. */
export function quoteList(s: string, spans: readonly Span[], limit = 3): string {
  const seen: string[] = [];
  for (const span of spans) {
    const q = quote(s, span);
    if (!seen.some((x) => x.toLowerCase() === q.toLowerCase())) seen.push(q);
    if (seen.length === limit) break;
  }
  return seen.join(', ');
}

/** Comparator: spans in text order. */
export function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

/** "1 question", "3 questions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
