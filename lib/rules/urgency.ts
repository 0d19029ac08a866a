import { bodyHits, spansOf, type Draft } from './draft';
import type { Hit } from './lexicon';
import { ALL_MODES, type Rule } from './rule';
import { byStart, quoteList } from './text';

/** How many words back a "your" makes an expiry the reader's own. */
const THEIR_DEADLINE_WINDOW = 8;

/** "Your trial expires Friday": a "your" shortly before, in the same sentence. */
function isTheirDeadline(draft: Draft, h: Hit): boolean {
  const { lower } = draft.words;
  for (let k = h.first - 1; k >= 0 && k >= h.first - THEIR_DEADLINE_WINDOW; k--) {
    if (draft.sentenceOfWord[k] !== draft.sentenceOfWord[h.first]) break;
    if (lower[k] === 'your') return true;
  }
  return false;
}

/**
 * 6. `urgency` — no pressure tricks.
 *
 * "The buy-now-or-miss-out tactic … leads to more push-back and less trust."
 * Flags "act now", "limited time", "only N left", "expires", "last chance",
 * "don't miss out", "this week only". One warns, two or more fail. An expiry
 * that is the reader's own ("your trial expires Friday") is a real reason
 * and is not flagged.
 */
export const urgency: Rule = {
  id: 'urgency',
  title: 'No pressure tricks',
  modes: ALL_MODES,
  weight: 1,
  phrases: {
    urgency: [
      'act now|fast|quickly',
      'limited time|offer|spots|availability',
      'limited-time',
      'last chance',
      "don't miss out|this|it",
      'do not miss out|this|it',
      'this week|month only',
      'today only',
      'offer ends',
      "before it's too late",
      'hurry',
      'now or never',
      'while supplies|stocks last',
      'while it|they lasts|last',
      "won't last",
      'time is running out',
      'running out of time',
      'final notice|offer|reminder',
      'once-in-a-lifetime',
      'exclusive offer',
      'buy|order now',
      'sign up today',
      'first come first served',
      'filling up fast',
      'urgent',
      'only #|two|three|four|five left|spots|seats|places|slots|licenses|licences|remaining',
      'only #|two|three|four|five * left|remaining',
      'only a few left|spots|seats|places|slots',
      'ends today|tomorrow|tonight|soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
      'ends on|this monday|tuesday|wednesday|thursday|friday|week',
      'ends at midnight',
    ],
    expiry: ['expire|expires|expired|expiring|expiry'],
  },
  check(draft) {
    const { body } = draft;
    const hits = [
      ...bodyHits(draft, 'urgency'),
      ...bodyHits(draft, 'expiry').filter((h) => !isTheirDeadline(draft, h)),
    ].toSorted(byStart);
    const subjectHits = [...draft.subjectHits('urgency'), ...draft.subjectHits('expiry')];
    const count = hits.length + subjectHits.length;
    const quoted = hits.length > 0 ? quoteList(body, hits) : quoteList(draft.subject, subjectHits);
    if (count >= 2) {
      return {
        status: 'fail',
        message: `Pressure tricks (${quoted}) earn push-back and less trust: cut them and give a real reason to talk now — their deadline, not yours.`,
        spans: spansOf(hits),
      };
    }
    if (count === 1) {
      const where = subjectHits.length > 0 ? ' in your subject' : '';
      return {
        status: 'warn',
        message: `${quoted} reads as a pressure trick${where}: it earns push-back, not trust. Give a real reason to talk now — their deadline, not yours.`,
        spans: spansOf(hits),
      };
    }
    return { status: 'pass', message: 'No pressure tricks.', spans: [] };
  },
};
