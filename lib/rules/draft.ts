/**
 * A draft prepared once for all rules: the text they read, its words,
 * sentences, greeting and opening, and every phrase of every rule found in
 * one pass. Rules never re-split or re-scan the text.
 */
import { Lexicon, type Hit } from './lexicon';
import type { RuleOptions } from './options';
import { findGreeting, stripEmail } from './strip';
import {
  sentences as splitSentences,
  words as splitWords,
  type Sentence,
  type Words,
} from './text';
import type { Outcomes, Voices } from './signals';
import type { DraftInput, Mode, Span } from './types';

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
  readonly connectionNote: boolean;
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
  /** Where the rep's own company and product names (settings) occur in `body`. */
  readonly ownNameHits: readonly Hit[];
  /** What several rules need, worked out once per draft (signals.ts fills it). */
  readonly memo: DraftMemo;
}

/**
 * Shared results, kept on the draft rather than in WeakMaps: a WeakMap entry
 * per keystroke costs the garbage collector more than the work it saves.
 */
export interface DraftMemo {
  outcomes?: Outcomes;
  voices?: Voices;
  openingReason?: Span | null;
  openingReasonWithoutQuestions?: Span | null;
  sentencesWith?: Map<string, ReadonlySet<number>>;
}

/** "This is Zoë from Acme", "it's Zoë at Acme", "my name is Zoë": who is calling. */
const VOICEMAIL_ID = /^(?:[Ii]t['’]?s|[Tt]his is|[Mm]y name is|I['’]m|I am)\s+\p{Lu}/u;
const VOICEMAIL_ID_MAX_WORDS = 12;

const ownNamesCache = new Map<string, Lexicon>();

/** A lexicon of the rep's own names, compiled once per list of names. */
function ownNamesLexicon(names: readonly string[]): Lexicon | null {
  if (names.length === 0) return null;
  const phrases = names.map((n) => splitWords(n).lower.join(' ')).filter((p) => p !== '');
  if (phrases.length === 0) return null;
  const key = phrases.join('\n');
  let lex = ownNamesCache.get(key);
  if (lex === undefined) {
    lex = new Lexicon({ own: phrases });
    if (ownNamesCache.size >= 16) ownNamesCache.clear();
    ownNamesCache.set(key, lex);
  }
  return lex;
}

export function prepareDraft(input: DraftInput, options: RuleOptions, lexicon: Lexicon): Draft {
  return new PreparedDraft(input, options, lexicon);
}

class PreparedDraft implements Draft {
  readonly mode: Mode;
  readonly text: string;
  readonly body: string;
  readonly subject: string;
  readonly connectionNote: boolean;
  readonly options: RuleOptions;
  readonly greeting: Span | null;
  readonly words: Words;
  readonly wordCount: number;
  readonly speakingSeconds: number;
  readonly sentences: readonly Sentence[];
  readonly sentenceOfWord: readonly number[];
  readonly opening: readonly Sentence[];
  readonly ownNameHits: readonly Hit[];
  readonly memo: DraftMemo = {};
  private readonly lexicon: Lexicon;
  private readonly found: Hit[][];
  private subjectFound: Hit[][] | null = null;

  constructor(input: DraftInput, options: RuleOptions, lexicon: Lexicon) {
    this.mode = input.mode;
    this.text = input.text;
    this.subject = input.subject ?? '';
    this.connectionNote = input.connectionNote === true;
    this.options = options;
    this.lexicon = lexicon;
    const body = input.mode === 'email' ? stripEmail(input.text).body : input.text;
    this.body = body;
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
    const own = ownNamesLexicon(options.ownNames);
    this.ownNameHits = own === null ? [] : own.scan(body, words, sentenceOfWord)[own.tag('own')];
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
