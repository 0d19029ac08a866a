import type { Draft } from './draft';
import { ALL_MODES, type Rule } from './rule';
import { quote } from './text';

/** Flesch–Kincaid grade above which the body warns (rulebook.md: "above 8"). */
const MAX_GRADE = 8;
/** Below this many words a grade is noise: a 12-word note is easy to read whatever its words. */
const MIN_WORDS = 20;
/**
 * A grade from a handful of sentences is noisy (one long sentence moves it
 * by two grades), so the warning needs the grade clearly above the line:
 * by this many grades divided by the square root of the sentence count
 * (about 1.4 for a three-sentence email, 0.7 for a dozen sentences).
 */
const NOISE = 2.5;
/** A sentence this short is never the "hardest" one worth naming. */
const MIN_SENTENCE_WORDS = 6;

/**
 * 11. `clarity` — easy to read at a glance.
 *
 * "Communicated in a way that it grabs the attention of the prospect
 * quickly." Warns when the Flesch–Kincaid grade of the body is above 8
 * (reply studies found drafts at a 3rd–5th-grade level answered markedly
 * more often than college-level ones), and names the hardest sentence.
 * Computed locally: words per sentence and syllables per word.
 */
export const clarity: Rule = {
  id: 'clarity',
  title: 'Easy to read',
  modes: ALL_MODES,
  cost: { warn: 6 },
  check(draft) {
    const r = readability(draft);
    if (r === null) {
      return { status: 'pass', message: 'Short enough to read at a glance.', spans: [] };
    }
    const grade = Math.max(0, Math.round(r.grade * 10) / 10);
    if (r.grade <= MAX_GRADE) {
      return {
        status: 'pass',
        message: `Reads at grade ${grade}: easy to take in at a glance.`,
        spans: [],
      };
    }
    if (r.grade - NOISE / Math.sqrt(r.sentences) <= MAX_GRADE) {
      return {
        status: 'pass',
        message: `Reads at about grade ${grade}: close to ${MAX_GRADE}, fine for a draft this short — shorter sentences would still help.`,
        spans: [],
      };
    }
    const hardest = r.hardest;
    const which =
      hardest === null
        ? ''
        : ` The hardest sentence is ${quote(draft.body, hardest)}: split it, and swap long words for short ones.`;
    return {
      status: 'warn',
      message: `Reads at grade ${grade} (aim for ${MAX_GRADE} or below): shorter sentences and plainer words get more replies.${which}`,
      spans: hardest === null ? [] : [{ start: hardest.start, end: hardest.end }],
    };
  },
};

export interface Readability {
  /** Flesch–Kincaid grade of the whole body. */
  grade: number;
  /** The sentence with the highest grade of its own. */
  hardest: { start: number; end: number } | null;
  /** How many sentences the grade is computed from. */
  sentences: number;
}

/** Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaid(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** The body's grade and hardest sentence, or null when there is too little to grade. */
export function readability(draft: Draft): Readability | null {
  const { lower } = draft.words;
  let words = 0;
  let syllables = 0;
  let sentenceCount = 0;
  let hardest: Readability['hardest'] = null;
  let hardestGrade = -Infinity;
  for (const s of draft.sentences) {
    let w = 0;
    let syl = 0;
    for (let k = s.firstWord; k < s.firstWord + s.words; k++) {
      const n = syllablesOf(lower[k]);
      if (n === 0) continue;
      w++;
      syl += n;
    }
    if (w === 0) continue;
    sentenceCount++;
    words += w;
    syllables += syl;
    if (w >= MIN_SENTENCE_WORDS) {
      const g = fleschKincaid(w, 1, syl);
      if (g > hardestGrade) {
        hardestGrade = g;
        hardest = { start: s.start, end: s.end };
      }
    }
  }
  if (words < MIN_WORDS) return null;
  return {
    grade: fleschKincaid(words, sentenceCount, syllables),
    hardest,
    sentences: sentenceCount,
  };
}

const cache = new Map<string, number>();
const CACHE_MAX = 5000;
const VOWELS = /[aeiouy]+/g;
/** Tokens that are not read as words: addresses, links, codes. */
const NOT_A_WORD = /[@/\\_]|^\d+(?:[.,]\d+)*(?:%|k|m|x)?$/;

/**
 * Syllables in one lower-case word, by the usual English heuristic: vowel
 * groups, less a silent final "e" or "-es"/"-ed", at least one. Numbers
 * count as one short word, addresses and links as none. A syllable
 * dictionary (the `syllable` package) was measured at ~0.26 ms per 150-word
 * email, half the engine's budget; the heuristic is within a syllable on
 * nearly every word and the grade only needs the average.
 */
export function syllablesOf(word: string): number {
  const known = cache.get(word);
  if (known !== undefined) return known;
  let n: number;
  if (NOT_A_WORD.test(word)) n = /\d/.test(word) && !/[@/\\_]/.test(word) ? 1 : 0;
  else n = count(word);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, n);
  return n;
}

function count(word: string): number {
  let total = 0;
  // "end-to-end": each part is read on its own; "I've", "haven't", "month's" add no syllable.
  const bare = word.replace(/(?:n't|'s|'ve|'ll|'d|'re|'m|s')$/, '');
  // "haven't", "didn't", "isn't" say the "-n't"; "don't", "can't", "won't" do not.
  if (word.endsWith("n't") && !/^(?:do|ca|wo|are|ai)$/.test(bare)) total += 1;
  for (const part of bare.split(/[-']/)) {
    const w = part.normalize('NFD').replace(/[^a-z]/g, '');
    if (w === '') continue;
    if (w.length <= 3) {
      total += 1;
      continue;
    }
    let v = w;
    if (/(?:[^aeiouy]e|[^aeiouytd]ed|[^aeiouyscxzhg]es)$/.test(v) && !/[^aeiouy]le$/.test(v)) {
      v = v.replace(/e[sd]?$/, '');
    }
    const groups = v.match(VOWELS);
    let n = groups === null ? 1 : groups.length;
    // "-ian", "-ia", "-io", "-ious", "-uity": two vowels, two syllables.
    n += (v.match(/[^aeioutscgx]i[ao]|ua[^aeiou]|uity|eo[^u]|[^gq]ue[^aeiouy]/g) ?? []).length;
    total += Math.max(1, n);
  }
  return Math.max(1, total);
}
