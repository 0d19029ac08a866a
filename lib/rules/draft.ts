/**
 * A draft prepared once for all rules: the text they read, its words,
 * sentences, greeting and opening, and every phrase of every rule found in
 * one pass. Rules never re-split or re-scan the text.
 */
import { Lexicon, type Hit } from './lexicon';
import type { RuleOptions } from './options';
import { findGreeting, stripEmail } from './strip';
import {
  isCapitalAt,
  sentences as splitSentences,
  words as splitWords,
  type Sentence,
  type Words,
} from './text';
import type { Examples, Outcomes, PriceTalk, Voices } from './signals';
import type { DraftContext, DraftInput, Mode, Span } from './types';

export interface Draft {
  readonly mode: Mode;
  /** The draft as given; every span indexes into it. */
  readonly text: string;
  /**
   * What the rules read: for email, `text` with signature and quoted trail
   * blanked out (same offsets, possibly shorter); otherwise `text` itself.
   */
  readonly body: string;
  readonly subject: string;
  /** The subject was given (an email's subject line may be given empty). */
  readonly hasSubject: boolean;
  readonly connectionNote: boolean;
  /** What is known of the recipient and the rep (may be empty). */
  readonly context: DraftContext;
  /** Email: the quoted or forwarded text the rep answers ("" when none). */
  readonly quoted: string;
  /** An email that answers a thread: a quoted trail below it, or a "Re:" subject. */
  readonly isReply: boolean;
  /** Where the sign-off or signature starts in `body` (its length when there is none). */
  readonly signOff: number;
  readonly options: RuleOptions;
  /** "Hi Anna," — not part of the opening. */
  readonly greeting: Span | null;
  readonly words: Words;
  /** Words in `body`. */
  readonly wordCount: number;
  /** `wordCount` spoken at the rep's rate, rounded to whole seconds. */
  readonly speakingSeconds: number;
  /** Sentences after the greeting. */
  readonly sentences: readonly Sentence[];
  /** For each word, the index of its sentence (-1 for the greeting). */
  readonly sentenceOfWord: readonly number[];
  /**
   * The opening: the first two sentences after the greeting. In a voicemail a
   * short "this is Zoë from Acme" comes first and is skipped too: the
   * listener needs it, and it is not the purpose.
   */
  readonly opening: readonly Sentence[];
  /** Matches of a lexicon tag in `body`, in order. */
  hits(tag: string): readonly Hit[];
  /** Matches of a lexicon tag in the subject line (offsets into `subject`). */
  subjectHits(tag: string): readonly Hit[];
  /** Where the rep's own company and product names (settings, context) occur in `body`. */
  readonly ownNameHits: readonly Hit[];
  /** Where the recipient's name or company (context) occurs in `body`: talk about them. */
  readonly readerNameHits: readonly Hit[];
  /** What several rules need, worked out once per draft (signals.ts fills it). */
  readonly memo: DraftMemo;
}

/**
 * Shared results, kept on the draft rather than in WeakMaps: a WeakMap entry
 * per keystroke costs the garbage collector more than the work it saves.
 */
export interface DraftMemo {
  outcomes?: Outcomes;
  price?: PriceTalk;
  examples?: Examples;
  voices?: Voices;
  openingReason?: Span | null;
  openingReasonWithoutQuestions?: Span | null;
  sentencesWith?: Map<string, ReadonlySet<number>>;
}

/** "This is Zoë from Acme", "it's Zoë at Acme", "my name is Zoë": who is calling. */
const VOICEMAIL_ID =
  /^(?:(?:[Ii]t['’]?s|[Tt]his is|[Mm]y name is|I['’]m|I am)\s+\p{Lu}|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:here|from|at|with|again)\b)/u;
const VOICEMAIL_ID_MAX_WORDS = 12;

const namesCache = new Map<string, Lexicon>();

/**
 * A lexicon of names (the rep's own, the recipient's), compiled once per
 * list. Each name is one phrase of its words, so "Acme Cloud" is found whole.
 */
function namesLexicon(names: readonly string[]): Lexicon | null {
  if (names.length === 0) return null;
  const phrases = names
    .map((n) => splitWords(n).lower.join(' '))
    .filter((p) => p !== '' && !p.includes('|') && !p.includes('?'));
  if (phrases.length === 0) return null;
  const key = phrases.join('\n');
  let lex = namesCache.get(key);
  if (lex === undefined) {
    lex = new Lexicon({ name: phrases.map(escapePhrase) });
    if (namesCache.size >= 32) namesCache.clear();
    namesCache.set(key, lex);
  }
  return lex;
}

/** Lexicon syntax characters in a name ("#1 Cafe", "^Up") are matched as plain words. */
function escapePhrase(p: string): string {
  return p
    .split(' ')
    .filter((w) => w !== '#' && w !== '^' && w !== '*')
    .join(' ');
}

const GENERIC_COMPANY_WORDS = new Set(
  'inc ltd llc gmbh ag sa bv plc co corp corporation company group holdings the and of'.split(' '),
);

/** The recipient's name and company as phrases: "Anna Berg" also as "Anna", "Northwind Ltd" as "Northwind". */
function readerNames(context: DraftContext): string[] {
  const out: string[] = [];
  const r = context.recipient;
  if (r === undefined) return out;
  if (r.name !== undefined && r.name.trim() !== '') {
    out.push(r.name);
    const first = splitWords(r.name).lower[0];
    if (first !== undefined && first.length > 1) out.push(first);
  }
  if (r.company !== undefined && r.company.trim() !== '') {
    out.push(r.company);
    const core = splitWords(r.company).lower.filter((w) => !GENERIC_COMPANY_WORDS.has(w));
    if (core.length > 0) out.push(core.join(' '));
    // "Crestline" for "Crestline Builders": people shorten a company to its first word.
    if (core.length > 1 && core[0].length >= 4) out.push(core[0]);
  }
  return out;
}

function scanNames(
  names: readonly string[],
  body: string,
  words: Words,
  sentenceOfWord: readonly number[],
): Hit[] {
  const lex = namesLexicon(names);
  if (lex === null) return [];
  const found = lex.scan(body, words, sentenceOfWord)[lex.tag('name')];
  // A name must be written with a capital: "acme" in "acme of" is a word, not the company.
  return found.filter((h) => isCapitalAt(body, h.start) || /\d/.test(body[h.start]));
}

/** "Re: pricing", "AW: Angebot", "SV: møde": a reply's subject. */
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|vs|r|rif|antw|odp|ynt|ha)\s*[:：]/i;

/** The rep's own names: settings plus what the extension passed for this draft. */
function ownNames(options: RuleOptions, context: DraftContext): string[] {
  const rep = context.rep;
  if (rep === undefined) return options.ownNames;
  return [...options.ownNames, ...(rep.names ?? []), ...(rep.products ?? [])];
}

export function prepareDraft(input: DraftInput, options: RuleOptions, lexicon: Lexicon): Draft {
  return new PreparedDraft(input, options, lexicon);
}

class PreparedDraft implements Draft {
  readonly mode: Mode;
  readonly text: string;
  readonly body: string;
  readonly subject: string;
  /** The subject was given (an email's subject line may be given empty). */
  readonly hasSubject: boolean;
  readonly connectionNote: boolean;
  /** What is known of the recipient and the rep (may be empty). */
  readonly context: DraftContext;
  /** Email: the quoted or forwarded text the rep answers ("" when none). */
  readonly quoted: string;
  /** An email that answers a thread: a quoted trail below it, or a "Re:" subject. */
  readonly isReply: boolean;
  /** Where the sign-off or signature starts in `body` (its length when there is none). */
  readonly signOff: number;
  readonly options: RuleOptions;
  readonly greeting: Span | null;
  readonly words: Words;
  readonly wordCount: number;
  readonly speakingSeconds: number;
  readonly sentences: readonly Sentence[];
  readonly sentenceOfWord: readonly number[];
  readonly opening: readonly Sentence[];
  readonly ownNameHits: readonly Hit[];
  readonly readerNameHits: readonly Hit[];
  readonly memo: DraftMemo = {};
  private readonly lexicon: Lexicon;
  private readonly found: Hit[][];
  private subjectFound: Hit[][] | null = null;

  constructor(input: DraftInput, options: RuleOptions, lexicon: Lexicon) {
    this.mode = input.mode;
    this.text = input.text;
    this.subject = input.subject ?? '';
    this.hasSubject = input.subject !== undefined;
    this.connectionNote = input.connectionNote === true;
    this.context = input.context ?? {};
    this.options = options;
    this.lexicon = lexicon;
    let body = input.text;
    let quoted = '';
    let signOff = input.text.length;
    if (input.mode === 'email') {
      const stripped = stripEmail(input.text);
      body = stripped.body;
      quoted = stripped.quoted;
      signOff = stripped.signOff;
    }
    this.signOff = signOff;
    this.body = body;
    this.quoted = quoted;
    this.isReply = quoted.trim() !== '' || REPLY_SUBJECT.test(this.subject);
    this.greeting = findGreeting(body);
    const words = splitWords(body);
    this.words = words;
    this.wordCount = words.starts.length;
    this.speakingSeconds = Math.round((this.wordCount / options.wordsPerMinute) * 60);
    const sentences = splitSentences(body, this.greeting === null ? 0 : this.greeting.end, words);
    this.sentences = sentences;

    const sentenceOfWord: number[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      while (sentenceOfWord.length < s.firstWord) sentenceOfWord.push(-1);
      for (let k = 0; k < s.words; k++) sentenceOfWord.push(i);
    }
    while (sentenceOfWord.length < this.wordCount) sentenceOfWord.push(-1);
    this.sentenceOfWord = sentenceOfWord;
    this.found = lexicon.scan(body, words, sentenceOfWord);

    let first = 0;
    if (input.mode === 'voicemail' && sentences.length > 1) {
      const s = sentences[0];
      if (s.words <= VOICEMAIL_ID_MAX_WORDS && VOICEMAIL_ID.test(body.slice(s.start, s.end))) {
        first = 1;
      }
    }
    this.opening = sentences.slice(first, first + 2);
    this.ownNameHits = scanNames(ownNames(options, this.context), body, words, sentenceOfWord);
    this.readerNameHits = scanNames(readerNames(this.context), body, words, sentenceOfWord);
  }

  hits(tag: string): readonly Hit[] {
    return this.found[this.lexicon.tag(tag)];
  }

  subjectHits(tag: string): readonly Hit[] {
    this.subjectFound ??= this.lexicon.scan(this.subject, splitWords(this.subject));
    return this.subjectFound[this.lexicon.tag(tag)];
  }
}

/** The sentence a hit starts in (-1 when it is in the greeting). */
export function sentenceOf(draft: Draft, hit: Hit): number {
  return draft.sentenceOfWord[hit.first];
}

/** Indexes of the sentences that contain a hit of any of the tags. */
export function sentencesWith(draft: Draft, ...tags: string[]): ReadonlySet<number> {
  // Several rules ask which sentences hold the same tags: answered once per draft.
  const key = tags.join(' ');
  const cache = (draft.memo.sentencesWith ??= new Map());
  let out = cache.get(key);
  if (out === undefined) {
    const found = new Set<number>();
    for (const tag of tags) {
      for (const h of draft.hits(tag)) {
        const i = draft.sentenceOfWord[h.first];
        if (i >= 0) found.add(i);
      }
    }
    cache.set(key, found);
    out = found;
  }
  return out;
}

/** Hits of `tag` inside the sentence range [from, to). */
export function hitsIn(draft: Draft, tag: string, from: number, to: number): Hit[] {
  const out: Hit[] = [];
  for (const h of draft.hits(tag)) {
    const i = draft.sentenceOfWord[h.first];
    if (i >= from && i < to) out.push(h);
  }
  return out;
}

/** Hits of `tag` in the sentences (not in the greeting). */
export function bodyHits(draft: Draft, tag: string): Hit[] {
  return hitsIn(draft, tag, 0, draft.sentences.length);
}

/** Plain spans (no word indexes) for a check. */
export function spansOf(hits: readonly Span[]): Span[] {
  return hits.map((h) => ({ start: h.start, end: h.end }));
}

/**
 * Phrases in order within one sentence: a hit of each list after the one
 * before, at most `maxGap` words apart ("this rate" … "holds until" … "the
 * quarter"). Returns the span from the first phrase to the last, for each
 * chain found (at most one per starting hit).
 */
export function chain(
  draft: Draft,
  parts: readonly (readonly Hit[])[],
  maxGap: number,
): (Span & { first: number; last: number })[] {
  const out: (Span & { first: number; last: number })[] = [];
  if (parts.some((p) => p.length === 0)) return out;
  const { sentenceOfWord } = draft;
  for (const h of parts[0]) {
    const sentence = sentenceOfWord[h.first];
    if (sentence < 0) continue;
    let prev: Hit = h;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) {
      const next = parts[k].find(
        (x) =>
          x.first > prev.last &&
          x.first - prev.last <= maxGap &&
          sentenceOfWord[x.first] === sentence,
      );
      if (next === undefined) ok = false;
      else prev = next;
    }
    if (ok) out.push({ start: h.start, end: prev.end, first: h.first, last: prev.last });
  }
  return out;
}

/** Hits of several lists merged in text order (overlaps kept). */
export function merged(...lists: (readonly Hit[])[]): Hit[] {
  return lists.flat().toSorted((a, b) => a.first - b.first || a.last - b.last);
}

/** Is the word at `i` preceded (within `window` words, same sentence) by "your" or the recipient's name? */
export function isReadersOwn(draft: Draft, i: number, window = 3): boolean {
  const { lower } = draft.words;
  const s = draft.sentenceOfWord[i];
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    if (draft.sentenceOfWord[k] !== s) break;
    if (lower[k] === 'your' || lower[k] === "you're" || lower[k] === 'yours') return true;
  }
  for (const h of draft.readerNameHits) {
    if (h.last < i && h.last >= i - window && draft.sentenceOfWord[h.first] === s) return true;
  }
  return false;
}
