import { hitsIn, spansOf, type Draft } from './draft';
import type { Hit } from './lexicon';
import { ALL_MODES, type Rule, type RuleResult } from './rule';
import { reasonIn, timeHits } from './signals';
import { byStart, plural, quote, quoteList, type Sentence } from './text';
import type { Span } from './types';

const MANY_QUESTIONS = 4;
const MANY_WITHOUT_PURPOSE = 3;
/** The closing lines: the last this many sentences before the sign-off. */
const CLOSING_SENTENCES = 2;
/** A phone number has at least this many digits. */
const PHONE_DIGITS = 7;

/**
 * 4. `ask` — one clear next step.
 *
 * "When the call purpose is met, clearly identify next steps." "The
 * strongest sentence … ends in a question mark." Judged on the closing lines
 * (the last two sentences before the sign-off): passes with a specific
 * request — a question they can answer, a proposed time, a concrete action.
 * Warns on a vague close ("let me know your thoughts", "happy to answer any
 * questions") even when a day or a question appears elsewhere in the draft,
 * when there is no ask, and when the draft fires many questions without a
 * purpose. In voicemail the ask is the call-back: a phone number (ideally
 * said twice) or a specific next step ("I'll email you the two dates"). In a
 * LinkedIn connection note, asking to connect is the next step.
 */
export const ask: Rule = {
  id: 'ask',
  title: 'One clear next step',
  modes: ALL_MODES,
  cost: { fail: 20, warn: 12 },
  phrases: {
    /** A close that leaves the next step to them. */
    vague: [
      'let me know your thoughts|feedback|view|views',
      'let me know what you think',
      'let me know your|what|if|how|whether|when',
      'let me know',
      'let us know',
      'feel free to',
      "don't|do not hesitate",
      'look|looking forward to hearing|your',
      'hope|hoping to hear',
      'would love to hear|get your',
      'open to your thoughts|feedback',
      'your thoughts|feedback',
      'any questions',
      'any other questions',
      'anything else',
      'happy|glad|here to answer|help',
      'reach out',
      'get in touch',
      'if you are|are ever interested',
      "if you're interested",
      'if interested',
      'if this is of interest',
      'if this resonates',
      'if it makes sense',
      'if you have any',
      'if you need anything',
      'whenever you|suits',
      'at your convenience',
      'when you get a chance|moment',
      'keep me posted',
      'keep in touch',
      'stay in touch',
      'talk soon',
      'speak soon',
      'learn more',
      'hear more',
      'more information|info|details',
    ],
    /** Question words of a vague question: "Thoughts?", "Any interest?", "Make sense?". */
    vagueQuestion: [
      'thoughts',
      'any thoughts',
      'of interest',
      'make|makes sense',
      'what do you think',
      'how does that|this sound',
      'sound good|interesting',
      'does that|this resonate',
      'learn|hear more',
      "something you|you'd|you're would|might|could? be interested",
      'did you get|have|see a|my|the',
      'anything else',
      'any questions',
      'anything i|we can',
      'had a chance',
      'get a chance',
      'any update|updates|news|feedback',
    ],
    /** A concrete action they (or you) can take next. */
    action: [
      'reply|respond with|now|today|by|yes|no',
      'reply|respond to this',
      'need|want|get a yes|no|reply',
      'yes or no',
      'say yes',
      'reply|respond yes|no|1|2',
      'just|simply hit reply',
      'hit reply',
      'reply yes|no',
      'book|grab|pick|choose a|some time|slot|time|day',
      'book|grab|pick|choose a|some * slot|time',
      'my calendar|calendly',
      'calendar link',
      'send me|us',
      'send over',
      'forward this|it|me',
      'point me',
      'introduce me|us',
      'loop in',
      'connect me',
      'call|ring|text me',
      "i'll call|ring|send|email|text|try|drop|swing|share|follow|put|hold|book|set",
      'i will call|ring|send|email|text|try|drop|share|follow|put|hold|book|set',
      'i|we can|could walk|send|show|call|share|book|set|drop|swing|come|visit|run|bring|hold',
      'shall|should|can|could|may i|we send|share|call|book|set|put|walk|show',
      'happy to send|share|walk|show|run|set',
      'who would be the right|best person',
      'who is the right|best person',
      "who's the right|best person",
      'the right person',
      'are you the right person',
      'worth a quick|short|brief? chat|call|look|conversation|try|test|demo',
      'are you open|free|around|available',
      'would you be open|free|around|available|up',
      'open to a|an|comparing|a',
      'does * work',
      'would * work',
      'works for you',
      'which|what day|time|works|suits',
    ],
    connect: [
      "would|i'd love|like to connect",
      'would be glad to connect',
      "let's connect",
      'happy to connect',
      'open to connecting',
      'glad to connect',
    ],
    /** Courtesy lines after the ask: not the close that is judged. */
    courtesy: [
      'thanks|thank|appreciate|appreciated|cheers',
      'hope this helps',
      'have a great|good|nice|lovely day|week|weekend|one|friday',
      'enjoy the|your weekend|day|week',
    ],
  },
  check(draft) {
    if (draft.mode === 'voicemail') return callBack(draft);
    const { body, sentences } = draft;
    const closing = closingSentences(draft);

    // Questions anywhere: many of them, without a purpose, is an interrogation.
    const pleasantries = new Set(
      draft.hits('pleasantry').map((h) => draft.sentenceOfWord[h.first]),
    );
    const questions: Span[] = [];
    sentences.forEach((s, i) => {
      if (s.question && !pleasantries.has(i)) questions.push({ start: s.start, end: s.end });
    });
    const noPurpose = reasonIn(draft, draft.opening, false) === null;
    if (
      questions.length >= MANY_QUESTIONS ||
      (noPurpose && questions.length >= MANY_WITHOUT_PURPOSE)
    ) {
      const before = noPurpose ? " before saying why you're writing" : '';
      return {
        status: 'warn',
        message: `You ask ${plural(questions.length, 'question')}${before}: pick the one next step you want and cut the rest.`,
        spans: questions,
      };
    }

    if (closing.length === 0) {
      return {
        status: 'warn',
        message:
          "There's no clear next step: end with one question they can answer in a word, e.g. 'Worth 15 minutes on Tuesday?'",
        spans: [],
      };
    }
    const from = sentences.indexOf(closing[0]);
    const to = sentences.indexOf(closing[closing.length - 1]) + 1;
    const specific: Span[] = [];
    const vague: Span[] = [];
    const vagueQ = hitsIn(draft, 'vagueQuestion', from, to);
    const vaguePhrases = hitsIn(draft, 'vague', from, to);
    for (let i = from; i < to; i++) {
      const s = sentences[i];
      if (!s.question || pleasantries.has(i)) continue;
      const inIt = (h: Hit) => draft.sentenceOfWord[h.first] === i;
      if (vagueQ.some(inIt) || (vaguePhrases.some(inIt) && !hasSpecifics(draft, i))) {
        vague.push({ start: s.start, end: s.end });
      } else specific.push({ start: s.start, end: s.end });
    }
    // An action or a time counts in a question, or in a line that is not a vague
    // close: "let me know if you're open to a chat" is still vague.
    const vagueLine = (h: Hit) =>
      vaguePhrases.some((x) => draft.sentenceOfWord[x.first] === draft.sentenceOfWord[h.first]);
    const actions = hitsIn(draft, 'action', from, to).filter(
      (h) => !vagueLine(h) && !/\bUS\b/.test(body.slice(h.start, h.end)),
    );
    specific.push(...spansOf(actions));
    const actionLines = new Set(actions.map((h) => draft.sentenceOfWord[h.first]));
    specific.push(
      ...spansOf(
        closingTimes(draft, from, to).filter((h) => {
          const i = draft.sentenceOfWord[h.first];
          return (
            (sentences[i].question && !vagueQ.some((x) => draft.sentenceOfWord[x.first] === i)) ||
            actionLines.has(i)
          );
        }),
      ),
    );
    if (draft.connectionNote) specific.push(...spansOf(hitsIn(draft, 'connect', from, to)));
    vague.push(...spansOf(vaguePhrases));

    if (specific.length > 0) {
      return {
        status: 'pass',
        message: 'You end with a clear next step they can say yes to.',
        spans: specific.toSorted(byStart),
      };
    }
    if (vague.length > 0) {
      return {
        status: 'warn',
        message: `Your close is vague (${quoteList(body, vague.toSorted(byStart), 2)}): ask for one specific next step — a time, or a question they can answer in a word.`,
        spans: vague.toSorted(byStart),
      };
    }
    const last = closing[closing.length - 1];
    return {
      status: 'warn',
      message: `Your draft ends on ${quote(body, last)} with no next step: end with one question they can answer in a word, e.g. 'Worth 15 minutes on Tuesday?'`,
      spans: [],
    };
  },
};

/**
 * The closing lines: the last two sentences before the sign-off, passing
 * over courtesy lines ("Thanks for your time.") after the ask.
 */
export function closingSentences(draft: Draft): Sentence[] {
  const { sentences, signOff } = draft;
  let end = sentences.length;
  while (end > 0 && sentences[end - 1].start >= signOff) end--;
  // After the sign-off comes only a P.S.; without any sentence before it, read that.
  if (end === 0) end = sentences.length;
  const courtesy = new Set(draft.hits('courtesy').map((h) => draft.sentenceOfWord[h.first]));
  const out: Sentence[] = [];
  let skipped = 0;
  for (let i = end - 1; i >= 0 && out.length < CLOSING_SENTENCES; i--) {
    const s = sentences[i];
    if (courtesy.has(i) && !s.question && s.words <= 10 && skipped < 2) {
      skipped++;
      continue;
    }
    out.unshift(s);
  }
  return out;
}

function hasSpecifics(draft: Draft, i: number): boolean {
  const inIt = (h: Hit) => draft.sentenceOfWord[h.first] === i;
  return draft.hits('action').some(inIt) || closingTimes(draft, i, i + 1).length > 0;
}

/** A proposed time in the closing lines: a day, a date, a clock time, "15 minutes". */
function closingTimes(draft: Draft, from: number, to: number): Hit[] {
  const inRange = (h: Hit) => {
    const i = draft.sentenceOfWord[h.first];
    return i >= from && i < to;
  };
  return [...timeHits(draft), ...draft.hits('minutes')].filter(inRange);
}

const DIGIT_WORD = new Set(
  'zero oh one two three four five six seven eight nine double triple'.split(' '),
);

/**
 * Phone numbers in the text: runs of digit groups ("555 0177", "+48 555
 * 010 200", "(415) 555-0142") or of spoken digits ("five five five, oh one
 * four two") with at least seven digits.
 */
export function phoneNumbers(draft: Draft): Span[] {
  const { lower, starts, ends } = draft.words;
  const { body } = draft;
  const out: Span[] = [];
  let k = 0;
  while (k < lower.length) {
    let digits = 0;
    let j = k;
    while (j < lower.length) {
      const w = lower[j];
      let d = 0;
      if (/^[\d().+-]+$/.test(w)) d = w.replace(/\D/g, '').length;
      else if (DIGIT_WORD.has(w)) d = w === 'double' || w === 'triple' ? 0 : 1;
      if (d === 0 && !(DIGIT_WORD.has(w) && j > k)) break;
      // Digit groups are joined by spaces and marks only, not by words.
      if (j > k && /[^\s().,+-]/.test(body.slice(ends[j - 1], starts[j]))) break;
      digits += d;
      j++;
    }
    if (digits >= PHONE_DIGITS) {
      out.push({ start: starts[k], end: ends[j - 1] });
      k = j;
    } else k = Math.max(j, k + 1);
  }
  return out;
}

/** Voicemail: the call-back number, or a specific next step the rep will take. */
function callBack(draft: Draft): RuleResult {
  const phones = phoneNumbers(draft);
  // "I'll email you two times for Thursday" is a next step; "I'll try again another time" is not.
  const times = timeHits(draft);
  const steps = draft.hits('action').filter((h) => {
    const { lower } = draft.words;
    const w = lower[h.first];
    if (!w.startsWith('i') && w !== 'call' && w !== 'ring' && w !== 'text') return false;
    const i = draft.sentenceOfWord[h.first];
    const sends = /^(?:send|email|text|share|drop|put|book|hold|set)$/.test(lower[h.last]);
    return sends || times.some((t) => draft.sentenceOfWord[t.first] === i);
  });
  if (phones.length >= 2) {
    return {
      status: 'pass',
      message: 'You leave your number, twice: easy to call back.',
      spans: phones,
    };
  }
  if (phones.length === 1) {
    return {
      status: 'pass',
      message: 'You leave your number. Say it twice, slowly, so they can write it down.',
      spans: phones,
    };
  }
  if (steps.length > 0) {
    return {
      status: 'pass',
      message: 'You say what happens next.',
      spans: spansOf(steps),
    };
  }
  const vague = draft.hits('vague');
  return {
    status: 'warn',
    message:
      vague.length > 0
        ? `${quoteList(draft.body, vague, 1)} leaves it to them: leave your number (say it twice) or the next step you'll take — 'I'll email you two times for Thursday'.`
        : "No call-back: leave your number (say it twice) or the next step you'll take — 'I'll email you two times for Thursday'.",
    spans: spansOf(vague),
  };
}
