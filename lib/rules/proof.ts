import type { Draft } from './draft';
import type { Rule } from './rule';
import { namedExamples } from './signals';
import type { Span } from './types';

/** Sequence words of a recipe: "first we…, then…, then…". */
const STEP =
  /^(?:first|firstly|then|next|after|afterwards|finally|lastly|second|secondly|third|thirdly)$/;

/**
 * 8. `proof` — an example, not a recipe.
 *
 * "Be armed with examples stating that you have done these things for and
 * with others … but do not go into exactly how." Passes when a named or
 * clearly specific other customer got a result ("Harbor Dental went from
 * twelve no-shows a week to three"); vague claims are not proof ("we work
 * with many leading brands", "award-winning support", "see the attached case
 * studies"). Info when no example is given; warns when the draft explains
 * exactly how, step by step. Not for voicemail: there the rulebook allows
 * three things only (the benefit, how it helps, how easy it is).
 */
export const proof: Rule = {
  id: 'proof',
  title: 'An example, not a recipe',
  modes: ['email', 'linkedin'],
  cost: { warn: 6, info: 3 },
  phrases: {
    /** How-to detail the rulebook says to leave out. */
    recipe: [
      'step 1|one|two|2',
      'our process|methodology|approach|framework|secret is|involves|works|consists',
      "here's how it|we|this works|would|we'd",
      'here is how it|we|this works|would',
      "here's how we'd|we|i'd",
      'the way we do it|this',
      'how we do it',
    ],
  },
  check(draft) {
    const recipe = recipeSpans(draft);
    if (recipe.length > 0) {
      return {
        status: 'warn',
        message:
          'You explain how the work gets done, step by step: give the result you got for someone else and keep the how for the call.',
        spans: recipe,
      };
    }
    const found = namedExamples(draft);
    if (found.sentences.size === 0) {
      return {
        status: 'info',
        message:
          "Add one example of a result you got for someone like them — 'Harbor Dental went from twelve no-shows a week to three' — without the how.",
        spans: [],
      };
    }
    return {
      status: 'pass',
      message: 'You give an example: a named customer and the result they got.',
      spans: found.names,
    };
  },
};

/** A recipe: a "here's how" phrase, or a sentence (or list) walking through two or more steps. */
function recipeSpans(draft: Draft): Span[] {
  const spans: Span[] = draft
    .hits('recipe')
    .filter((h) => draft.sentenceOfWord[h.first] >= 0)
    .map((h) => ({ start: h.start, end: h.end }));
  const { lower } = draft.words;
  let steps = 0;
  let first: Span | null = null;
  for (const s of draft.sentences) {
    for (let k = s.firstWord; k < s.firstWord + s.words; k++) {
      if (!STEP.test(lower[k])) continue;
      // "then we", "first we", "next, our team": a step the sender takes.
      const after = lower[k + 1];
      if (
        after === 'we' ||
        after === 'our' ||
        after === 'i' ||
        after === "we'll" ||
        after === 'you'
      ) {
        steps++;
        first ??= { start: s.start, end: s.end };
      }
    }
  }
  if (steps >= 2 && first !== null) spans.push(first);
  return spans;
}
