import { sentencesWith, type Draft } from './draft';
import type { Rule } from './rule';

import { PEERS } from './signals';

/**
 * 8. `proof` — an example, not a recipe.
 *
 * "Be armed with examples stating that you have done these things for and
 * with others … but do not go into exactly how." Info (never a failure) when
 * no example of a result for someone else is given, or when the draft
 * explains how the work is done. Not for voicemail: there the rulebook allows
 * three things only (the benefit, how it helps, how easy it is). The
 * phrases that name an example (`example`) are shared with `benefit`, in
 * signals.ts.
 */
export const proof: Rule = {
  id: 'proof',
  title: 'An example, not a recipe',
  modes: ['email', 'linkedin'],
  cost: { warn: 6, info: 3 },
  phrases: {
    /** A result in the past tense: beside a third party and a number, an example. */
    pastResult: [
      'cut|saved|reduced|increased|grew|doubled|tripled|halved|boosted|dropped|closed|booked|won|hit|reached|recovered|eliminated|lowered|raised|shortened|improved|jumped|rose|fell|added|generated|signed',
      'went from',
      'freed up',
    ],
    /** Someone other than the reader: a client, a team, a company, "they". */
    thirdParty: [
      `${PEERS}|users|groups|stores|shops|manufacturers|distributors|insurers|lenders|labs|they|their|its`,
    ],
    /** How-to detail the rulebook says to leave out. */
    recipe: [
      'step 1|one',
      'our process|methodology|approach|framework|secret is|involves|works|consists',
      "here's how it|we|this works",
      'here is how it|we|this works',
      'the way we do it|this is',
    ],
  },
  check(draft) {
    const { sentences, sentenceOfWord } = draft;
    const recipe = draft.hits('recipe').filter((h) => sentenceOfWord[h.first] >= 0);
    if (recipe.length > 0) {
      return {
        status: 'info',
        message:
          'You explain how the work gets done: give the result you got for someone else and keep the how for the call.',
        spans: recipe.map((h) => ({ start: h.start, end: h.end })),
      };
    }
    const found = examples(draft);
    if (found.length === 0) {
      return {
        status: 'info',
        message:
          "Add one example of a result you got for someone like them — 'we helped Northwind cut onboarding from 6 weeks to 9 days' — without the how.",
        spans: [],
      };
    }
    return {
      status: 'pass',
      message: 'You give an example of a result for someone else.',
      spans: found.map((i) => ({ start: sentences[i].start, end: sentences[i].end })),
    };
  },
};

/** Sentences that give an example: a named one, or a third party's past result with a number. */
function examples(draft: Draft): number[] {
  const out = new Set(sentencesWith(draft, 'example'));
  const numbered = sentencesWith(draft, 'quantity');
  const results = sentencesWith(draft, 'pastResult');
  for (const h of draft.hits('thirdParty')) {
    const i = draft.sentenceOfWord[h.first];
    if (i < 0 || out.has(i) || !numbered.has(i) || !results.has(i)) continue;
    // "your team" is the reader's own, not someone else.
    const prev = draft.words.lower[h.first - 1];
    const prev2 = draft.words.lower[h.first - 2];
    if (prev === 'your' || prev2 === 'your') continue;
    out.add(i);
  }
  return [...out].toSorted((a, b) => a - b);
}
