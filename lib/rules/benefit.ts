import { spansOf } from './draft';
import { ALL_MODES, type Rule } from './rule';
import { outcomes, subjectNamesOutcome, voices } from './signals';
import { byStart, quote, quoteList } from './text';
import type { Span } from './types';

const ROLES =
  'rep|representative|manager|executive|director|consultant|founder|co-founder|cofounder|ceo|specialist|partner|advisor|adviser|lead|head|owner|engineer|member|recruiter|associate|strategist|sdr|bdr|ae';

/** "I'm the new account executive", "I am a senior partner": up to three words before the role. */
const ROLE_INTROS = ["i'm", 'i am'].flatMap((i) =>
  ['', '* ', '* * ', '* * * '].map((gap) => `${i} a|an|the ${gap}${ROLES}`),
);

/**
 * 2. `benefit` — benefit-led, about them.
 *
 * "Focus on them and not on you." "Talk benefits rather than features. The
 * customer does not buy quality, service, reliability, innovation,
 * integration, knowledge, experience, teamwork … They only buy what those
 * things can do for them." Checks that "you/your" outweighs "I/we/our" (and
 * the rep's own names), that the first sentence is not a self-introduction,
 * that at least one concrete outcome is named — time or money saved, a
 * pain gone, a goal reached, in numbers or plainly ("you'd stop losing
 * Friday afternoons to reconciliation"); a discount is no outcome. The
 * recipient's own name and company count as talking about them. Without an
 * outcome, "we" outweighing "you" and features or self-praise are flagged
 * too; one "we" in a draft with an outcome is fine. Two problems fail; one
 * warns.
 */
export const benefit: Rule = {
  id: 'benefit',
  title: 'Benefit-led, about them',
  modes: ALL_MODES,
  cost: { fail: 35, warn: 12 },
  capsScore: true,
  phrases: {
    selfIntro: [
      'my name is',
      "my name's",
      'allow me to introduce',
      'let me introduce',
      'i wanted to introduce',
      "i'd like to introduce",
      'i would like to introduce',
      'reaching out from',
      'reaching out on behalf of',
      'we have offices|grown',
      'we have been around',
      'we were founded|established',
      'headquartered|based in ^',
      'our offices are',
      'writing|calling on behalf of',
      'excited|thrilled|proud|pleased to announce|share|introduce|launch|unveil',
      'announce|announcing the launch|release',
      'introducing our|the',
      'here at ^',
      "i'm the|your new",
      'i am the|your new',
      ...ROLE_INTROS,
      "we're a|an|the",
      'we are a|an|the',
      'a quick intro|introduction to|about|on me|myself|us|our',
      'i work at|for|with',
      'founded|established in #',
      "i'm ^ from|at|with|of",
      'i am ^ from|at|with|of',
    ],
    /** The rulebook's features the customer "does not buy", and their cousins. */
    feature: [
      'quality|high-quality|top-quality',
      'service|services',
      'reliability|reliable',
      'innovation|innovative',
      'integration|integrations',
      'knowledge|expertise|teamwork|functionality|features|feature-rich',
      'experience|experienced',
      'years of experience',
      'solution|solutions|platform',
    ],
    /** Self-praise. */
    praise: [
      'award-winning|passionate|trusted|premier|unique|proprietary|comprehensive|powerful',
      'leading|leader|top-rated|excellent|outstanding|exceptional|superior|top-notch|amazing|incredible|revolutionary',
      'market leader',
      'number one',
    ],
  },
  check(draft) {
    const { body, sentences, sentenceOfWord } = draft;
    const v = voices(draft);
    const o = outcomes(draft);
    const majors: string[] = [];
    const minors: string[] = [];
    const spans: Span[] = [];

    // The opening introduces the sender: "My name is…", or "Just checking in. We are a…".
    for (const first of draft.opening) {
      const intro = selfIntroduction(draft, draft.sentences.indexOf(first));
      if (intro !== null) {
        majors.push(
          `Your opening is about you (${quote(body, intro)}): open with what they get instead.`,
        );
        spans.push(intro);
        break;
      }
    }

    const r = v.reader.length;
    const sn = v.sender.length;
    const counts = `I/we ×${sn}, you/your ×${r}`;
    // A subject that names an outcome counts, unless the body under it is all about us.
    const hasOutcome = o.sentences.size > 0 || (subjectNamesOutcome(draft) && sn <= r);

    if (sentences.length === 0) {
      majors.push("Say what they get: there's nothing here yet.");
    } else if (!hasOutcome) {
      majors.push(
        'Name one concrete outcome for them — time or money saved, a pain gone, a goal reached; numbers count most.',
      );
      // Without an outcome, talking about yourself is the problem, not a style point.
      if (sn > r && sn >= 2) {
        majors.push(
          `You talk about yourself more than about them (${counts}): turn sentences around to what they get.`,
        );
        spans.push(...spansOf(v.sender.slice(0, 20)));
      }
    }

    const bare: Span[] = [];
    if (!hasOutcome) {
      for (const f of draft.hits('feature')) {
        const i = sentenceOfWord[f.first];
        if (i >= 0 && v.senderSentences.has(i)) bare.push(f);
      }
      for (const p of draft.hits('praise')) {
        const i = sentenceOfWord[p.first];
        if (i < 0) continue;
        if (v.senderSentences.has(i) || !v.readerSentences.has(i)) bare.push(p);
      }
    }
    if (bare.length > 0) {
      const sorted = bare.toSorted(byStart);
      const one = bare.length === 1;
      minors.push(
        `${quoteList(body, sorted)} ${one ? 'describes' : 'describe'} you, not them: say what ${one ? 'it does' : 'each does'} for the reader.`,
      );
      spans.push(...spansOf(sorted));
    }

    if (majors.length === 0 && minors.length === 0) {
      return {
        status: 'pass',
        message:
          o.withNumber.size > 0
            ? 'You write about them and name a concrete outcome, with a number.'
            : 'You write about them and name an outcome — a number would make it land harder.',
        spans: spansOf(o.spans.slice(0, 10)),
      };
    }
    return {
      status: majors.length >= 2 ? 'fail' : 'warn',
      message: [...majors, ...minors].slice(0, 2).join(' '),
      spans,
    };
  },
};

/** A self-introduction in sentence `i`: "My name is", "We are a", "Acme is the". */
function selfIntroduction(draft: Parameters<typeof benefit.check>[0], i: number): Span | null {
  const { sentenceOfWord } = draft;
  const found = draft.hits('selfIntro').find((h) => sentenceOfWord[h.first] === i);
  if (found !== undefined) return { start: found.start, end: found.end };
  const { lower, ends } = draft.words;
  for (const name of draft.ownNameHits) {
    if (sentenceOfWord[name.first] !== i) continue;
    const verb = lower[name.last + 1];
    const article = lower[name.last + 2];
    if (
      (verb === 'is' || verb === 'are') &&
      (article === 'a' || article === 'an' || article === 'the')
    ) {
      return { start: name.start, end: ends[name.last + 2] };
    }
  }
  return null;
}
