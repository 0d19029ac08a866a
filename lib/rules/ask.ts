import { bodyHits, spansOf } from './draft';
import type { Rule } from './rule';
import { reasonIn } from './signals';
import { byStart, plural, quoteList } from './text';
import type { Span } from './types';

/** Questions this short made of these words leave the next step to them: "Thoughts?". */
const VAGUE_QUESTION_WORDS = new Set(
  'any thoughts your interest interested make sense does that this it sound good'.split(' '),
);

const MANY_QUESTIONS = 4;
const MANY_WITHOUT_PURPOSE = 3;

/**
 * 4. `ask` — one clear next step.
 *
 * "When the call purpose is met, clearly identify next steps." "The
 * strongest sentence … ends in a question mark." Passes with a specific
 * request (a question, a proposed time, a concrete action); warns when there
 * is none, when it is vague ("Let me know your thoughts", "Thoughts?"), or
 * when the draft fires many questions without a purpose. Not scored for
 * voicemail: there the call-back number is the ask. In a LinkedIn
 * connection note, asking to connect is the next step.
 */
export const ask: Rule = {
  id: 'ask',
  title: 'One clear next step',
  modes: ['email', 'linkedin'],
  weight: 1.5,
  phrases: {
    vague: [
      'let me know your thoughts',
      'let me know what you think',
      'let me know if interested',
      "let me know if you're interested",
      'let me know if you are interested',
      "let me know if you'd be interested",
      'let me know if this is of interest',
      'let me know if this resonates',
      'let me know if you have any questions',
      'feel free to reach out',
      'feel free to get in touch',
      'feel free to contact me',
      "don't hesitate to reach|contact|call",
      'do not hesitate to reach|contact|call',
      'i look|looking forward to hearing from you',
      'look|looking forward to hearing from you',
      'hope to hear from you',
      'would love to hear your thoughts',
      'open to your thoughts',
    ],
    specific: [
      'monday|tuesday|wednesday|thursday|friday|saturday|sunday',
      'tomorrow',
      'next|this week',
      'reply with',
      'hit|just reply',
      'reply yes',
      'book|grab a|some time',
      'pick a time|slot',
      'my calendar',
      'calendar link',
      'calendly',
      'send me',
      'send over',
      'forward this',
      'point me to',
      'introduce me to',
      'call|text|ring me',
      "i'll call|send",
      'i will call|send',
      'are you open to',
      'would you be open to',
      'happy to send|share|walk',
      'shall i',
      'can|should i send',
      'who is the right|best person',
      "who's the right|best person",
      'the right person',
      'worth a quick|short? chat|call|look|conversation|try|test',
    ],
    connect: [
      "would|i'd love|like to connect",
      'would be glad to connect',
      "let's connect",
      'happy to connect',
    ],
  },
  check(draft) {
    const { body, sentences, sentenceOfWord } = draft;
    const pleasantrySentences = new Set(
      draft.hits('pleasantry').map((h) => sentenceOfWord[h.first]),
    );
    const questions: Span[] = [];
    const specific: Span[] = [];
    const vague: Span[] = [];

    sentences.forEach((s, i) => {
      if (!s.question || pleasantrySentences.has(i)) return;
      const span = { start: s.start, end: s.end };
      questions.push(span);
      if (s.words <= 3 && isVagueQuestion(draft.words.lower, s.firstWord, s.words))
        vague.push(span);
      else specific.push(span);
    });
    specific.push(...spansOf(bodyHits(draft, 'specific')));
    specific.push(...spansOf(bodyHits(draft, 'minutes')));
    specific.push(...spansOf(bodyHits(draft, 'clock')));
    if (draft.connectionNote) specific.push(...spansOf(bodyHits(draft, 'connect')));
    vague.push(...spansOf(bodyHits(draft, 'vague')));

    // Questions do not count as the purpose here: that is what is being judged.
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
        message: `Your ask is vague (${quoteList(body, vague.toSorted(byStart), 2)}): ask for one specific next step — a time, or a question they can answer in a word.`,
        spans: vague.toSorted(byStart),
      };
    }
    return {
      status: 'warn',
      message:
        "There's no clear next step: end with one question they can answer in a word, e.g. 'Worth 15 minutes on Tuesday?'",
      spans: [],
    };
  },
};

function isVagueQuestion(lower: readonly string[], first: number, count: number): boolean {
  for (let k = first; k < first + count; k++) if (!VAGUE_QUESTION_WORDS.has(lower[k])) return false;
  return true;
}
