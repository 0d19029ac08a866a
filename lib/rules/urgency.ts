import { chain, isReadersOwn, type Draft } from './draft';
import type { Hit } from './lexicon';
import { ALL_MODES, type Rule } from './rule';
import { timeHits } from './signals';
import { byStart, quoteList } from './text';
import type { Span } from './types';

/** How many words apart the parts of one pressure line may be ("this rate" … "holds until" … "the quarter"). */
const GAP = 7;

/**
 * 6. `urgency` — no pressure tricks.
 *
 * "The buy-now-or-miss-out tactic … leads to more push-back and less trust."
 * A time limit or scarcity attached to the offer or the answer, in whatever
 * words: a deadline on a price or offer ("this rate holds until the quarter
 * closes", "prices rise on the 1st"), scarcity ("room for three more
 * clients in January", "seats are filling up"), pressure to answer now
 * ("answer today and I'll hold the launch price", "call me back today"),
 * and the stock lines ("act now", "last chance"). A date that is only a
 * proposed meeting time is not pressure, and neither is the reader's own
 * deadline ("your trial expires Friday"). One line warns; two fail.
 */
export const urgency: Rule = {
  id: 'urgency',
  title: 'No pressure tricks',
  modes: ALL_MODES,
  cost: { fail: 35, warn: 15 },
  capsScore: true,
  phrases: {
    /** The stock lines: pressure whatever surrounds them. */
    pressure: [
      'act now|fast|quickly|today',
      'limited time|offer|spots|availability|seats|places|slots|window|number',
      'limited-time',
      'last chance',
      "don't miss out|this|it",
      'do not miss out|this|it',
      "you won't want to miss",
      'this week|month only',
      'today|tonight only',
      'offer ends|expires',
      "before it's too late",
      'before they|it|spots|seats|places are|is gone',
      "before they're|it's gone",
      'hurry',
      'now or never',
      'while supplies|stocks|stock|spots|seats|places last|lasts',
      'while it|they lasts|last',
      "won't last|last long",
      'will not last',
      'time is running out',
      'running out of time',
      'final notice|offer|reminder',
      'once-in-a-lifetime',
      'exclusive offer',
      'buy|order|register now',
      'sign up now',
      'first come first served',
      'first-come first-served',
      'filling up|fast|quickly',
      'fill up|fast|quickly',
      'going fast|quickly',
      'book|books|booking up|out',
      'selling out|fast',
      'almost|nearly sold out',
      'almost|nearly|practically full|gone|booked|sold',
      'urgent|urgently',
      'time-sensitive|time-limited',
      'time sensitive',
      'expire|expires|expiring|expired|expiry',
      'now before',
    ],
    /** What an offer holds: a price, a rate, a deal, a place. */
    offer: [
      'rate|rates|price|prices|pricing|offer|offers|discount|discounts|deal|deals|promo|promotion|terms|bonus|rebate|credit|credits|incentive|incentives|package|bundle|special|savings|quote|proposal|fee|fees|waiver',
      'spot|spots|slot|slots|seat|seats|place|places|opening|openings|availability|capacity|cohort|onboarding|allocation|inventory|stock',
      'this|that',
    ],
    /** What happens to an offer at its deadline. */
    expires: [
      'expire|expires|expiring|expired|ends|end|ending|holds|hold|held|stands|lasts|last|closes|close|closing|disappears|disappear|vanishes|lapses|lapse',
      'is|are|stays|stay|remains|remain valid|good|available|open|locked|guaranteed|frozen',
      'valid|good|available|open|locked|guaranteed|frozen',
      'rise|rises|rising|increase|increases|increasing|jump|jumps|change|changes|changing|double|doubles|climb|climbs',
      'go|goes|going up|away',
      'will go up|away',
      'run|runs out',
      'is|are gone',
    ],
    /** Marks a limit in time: "until the quarter closes", "on the 1st", "after Friday". */
    until: [
      'until|till|til|through|thru|by|before|after|on|from|in|at|past|beyond|end|as|this|next|tonight|today|tomorrow|once|when',
    ],
    /** Taking an offer (or answering) before a deadline. */
    takeIt: [
      'lock in|it|this|that|them',
      'lock-in',
      'secure|claim|grab|snag|reserve|keep|save|hold',
      'take advantage',
      'qualify',
      'sign|signs|signed|commit|decide|buy|purchase|order|confirm|register|enrol|enroll|join|upgrade|renew',
      'get in|on',
      'move forward|ahead',
    ],
    /** The reader answering: pressure when a deadline or an offer rides on it. */
    answer: [
      'answer|reply|respond|decide|confirm|sign|commit',
      'call|ring|text|email|phone|message me|us',
      'call|ring|phone me|us back',
      'get|come|write back',
      'get|come back to me|us',
      'let me|us know',
      'tell me',
      'say yes',
      'hear back|from you',
      'give me|us the go-ahead|nod',
      'a yes|decision|answer|reply|response|commitment|signature',
      'book|grab|take it|this|that|one|yours',
    ],
    /** A deadline urgent enough that asking for an answer by then is pressure. */
    soon: [
      'today|tonight|now|asap|immediately|eod|cob',
      'right away|now',
      'straight away',
      'end of the? day',
      'close of business',
      'by tomorrow',
      'first thing tomorrow',
      'this afternoon|evening|morning',
      'within the hour',
      'within|in the next? # hours|hrs|minutes',
      'within|in the next? an|one|two|few hour|hours',
      'before the end of the? day|week',
      'before friday|monday|tuesday|wednesday|thursday|tomorrow|tonight|noon|midnight',
      'before the weekend',
      'by friday|monday|tuesday|wednesday|thursday|tomorrow|tonight|noon|midnight',
      'by the weekend',
    ],
    /** Scarcity in stock words (the structural kind is found by {@link scarcity}). */
    scarce: [
      'limited number|supply|capacity|availability|spots|seats|slots|places|spaces|intake',
      'waitlist|waiting list',
      'first-come|first come',
      'while they|it|spots|seats|places|supplies|stocks last|lasts',
    ],
  },
  check(draft) {
    const { body } = draft;
    const hits = pressureLines(draft);
    const subjectHits = [...draft.subjectHits('pressure'), ...draft.subjectHits('scarce')];
    const count = hits.length + (subjectHits.length > 0 ? 1 : 0);
    const quoted =
      hits.length > 0 ? quoteList(body, hits, 2) : quoteList(draft.subject, subjectHits, 2);
    if (count >= 2) {
      const where = subjectHits.length > 0 && hits.length === 0 ? ' in your subject' : '';
      return {
        status: 'fail',
        message: `Pressure${where} (${quoted}) earns push-back and less trust: cut it and give a real reason to talk now — their deadline, not yours.`,
        spans: hits,
      };
    }
    if (count === 1) {
      return {
        status: 'warn',
        message: `${quoted} puts a clock on them: it earns push-back, not trust. Give a real reason to talk now — their deadline, not yours.`,
        spans: hits,
      };
    }
    return { status: 'pass', message: 'No pressure tricks.', spans: [] };
  },
};

/** Every pressure line of the body: a deadline, scarcity or a push to answer now. */
function pressureLines(draft: Draft): Span[] {
  const time = timeHits(draft);
  const own = (h: Hit) => isReadersOwn(draft, h.first, 3);
  // Offers and times that are the reader's own ("your renewal", "your quarter") are no trick.
  const offers = draft.hits('offer').filter((h) => !own(h));
  const times = time.filter((h) => !own(h));
  const found: Span[] = [
    ...draft
      .hits('pressure')
      .filter((h) => !own(h) && !(isExpiry(draft, h) && !hasOffer(draft, h)) && !negated(draft, h)),
    ...draft.hits('scarce').filter((h) => !own(h)),
    // "this rate holds until the quarter closes", "prices rise on the 1st"
    ...chain(draft, [offers, draft.hits('expires'), times], GAP),
    ...chain(draft, [offers, draft.hits('expires'), draft.hits('until'), times], GAP),
    // "lock in this rate before Friday", "sign by the 30th and the setup fee goes"
    ...chain(draft, [draft.hits('takeIt'), offers, draft.hits('until'), times], GAP),
    ...chain(draft, [draft.hits('takeIt'), draft.hits('until'), times], 3).filter((c) =>
      sentenceHasOffer(draft, c.first),
    ),
    // "sign up this week and get three months free"
    ...chain(draft, [draft.hits('takeIt'), times], 3).filter((c) =>
      sentenceHasOffer(draft, c.first),
    ),
    // "answer today and I'll hold the launch price", "call me back today"
    ...chain(
      draft,
      [draft.hits('answer').filter((h) => !isSendersOwn(draft, h)), draft.hits('soon')],
      4,
    ),
    ...scarcity(draft),
    ...chain(draft, [draft.hits('soon'), draft.hits('takeIt')], 4).filter((c) =>
      sentenceHasOffer(draft, c.first),
    ),
  ];
  return mergeOverlaps(found);
}

const SENDER_BEFORE = new Set([
  'i',
  "i'll",
  'we',
  "we'll",
  "i'm",
  "we're",
  'will',
  'shall',
  "i'd",
  "we'd",
]);

/** "I'll call you back today": the rep's own promise, not pressure on the reader. */
function isSendersOwn(draft: Draft, h: Hit): boolean {
  const { lower } = draft.words;
  // "I'd need a yes by Friday": what the rep wants from them is still pressure.
  if (lower[h.first] === 'a') return false;
  const s = draft.sentenceOfWord[h.first];
  for (let k = h.first - 1; k >= 0 && k >= h.first - 2; k--) {
    if (draft.sentenceOfWord[k] !== s) break;
    if (SENDER_BEFORE.has(lower[k])) return true;
  }
  return false;
}

/** What can run short. */
const SCARCE_NOUN =
  /^(?:spots?|slots?|seats?|places?|spaces?|openings?|room|capacity|availability|bandwidth|cohort|licen[cs]es?|allocation)$/;
/** Who can be taken on: scarce only with a count and "more"/"new" ("room for three more clients"). */
const TAKEN_ON =
  /^(?:clients?|customers?|companies|teams?|accounts?|partners?|brands?|practices?|clinics?|firms?|businesses|projects?|pilots?|people|reps)$/;
const BEFORE_CUE = new Set([
  'only',
  'just',
  'last',
  'final',
  'few',
  'limited',
  'remaining',
  'handful',
  'couple',
  'scarce',
]);
const AFTER_CUE =
  /^(?:left|remaining|remain|filling|fill|going|gone|full|limited|tight|scarce|booked|book|taken|disappearing|vanishing|running)$/;
const COUNT = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a|few|couple|handful)$/;
const TAKING =
  /^(?:room|space|capacity|bandwidth|taking|take|accepting|accept|onboarding|onboard|opening|fit|squeeze|only|just|last)$/;

/**
 * Scarcity in the draft's own words: a place that is running out ("only
 * three spots left", "seats are filling up", "the last two slots") or a
 * count of new clients there is room for ("room for three more clients in
 * January", "only onboarding two new teams this quarter").
 */
function scarcity(draft: Draft): Span[] {
  const { lower, starts, ends } = draft.words;
  const out: Span[] = [];
  for (const s of draft.sentences) {
    const from = s.firstWord;
    const to = s.firstWord + s.words;
    for (let k = from; k < to; k++) {
      const w = lower[k];
      if (SCARCE_NOUN.test(w)) {
        if (isReadersOwn(draft, k, 3)) continue;
        let hit = -1;
        for (let b = Math.max(from, k - 4); b < k; b++) if (BEFORE_CUE.has(lower[b])) hit = b;
        if (hit < 0) {
          for (let a = k + 1; a < Math.min(to, k + 5); a++) {
            if (AFTER_CUE.test(lower[a])) {
              hit = a;
              break;
            }
          }
          if (hit >= 0) {
            out.push({ start: starts[k], end: ends[hit] });
            continue;
          }
        }
        if (hit >= 0) {
          // "only 3 spots left": the cue after the noun belongs to the line too.
          let end = k;
          if (k + 1 < to && AFTER_CUE.test(lower[k + 1])) end = k + 1;
          out.push({ start: starts[hit], end: ends[end] });
        }
      } else if (TAKEN_ON.test(w) && k - 2 >= from) {
        const more = lower[k - 1] === 'more' || lower[k - 1] === 'new';
        if (!more || !COUNT.test(lower[k - 2])) continue;
        let cue = -1;
        for (let b = Math.max(from, k - 7); b < k - 2; b++) if (TAKING.test(lower[b])) cue = b;
        if (cue >= 0) out.push({ start: starts[cue], end: ends[k] });
      }
    }
  }
  return out;
}

/** "Nothing urgent", "no rush": pressure denied. */
function negated(draft: Draft, h: Hit): boolean {
  const before = draft.words.lower[h.first - 1];
  return before === 'nothing' || before === 'not' || before === 'no';
}

function isExpiry(draft: Draft, h: Hit): boolean {
  return draft.words.lower[h.first].startsWith('expir');
}

/** "expires" is pressure only about an offer ("the offer expires Friday"), not "your card expires". */
function hasOffer(draft: Draft, h: Hit): boolean {
  return sentenceHasOffer(draft, h.first);
}

const OFFER_WORDS =
  /^(?:free|discount(?:ed)?|rate|rates|price|prices|pricing|offer|offers|discount|discounts|deal|deals|promo|promotion|bonus|rebate|credits?|incentives?|package|bundle|special|quote|proposal|fee|fees|spots?|slots?|seats?|places?|openings?|availability|capacity)$/;

function sentenceHasOffer(draft: Draft, word: number): boolean {
  const s = draft.sentenceOfWord[word];
  const { lower } = draft.words;
  const sentence = draft.sentences[s];
  if (sentence === undefined) return false;
  for (let k = sentence.firstWord; k < sentence.firstWord + sentence.words; k++) {
    if (OFFER_WORDS.test(lower[k]) && !isReadersOwn(draft, k, 3)) return true;
  }
  return false;
}

/** Overlapping finds of one pressure line merged into one span. */
function mergeOverlaps(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const sp of spans.toSorted(byStart)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && sp.start < prev.end) prev.end = Math.max(prev.end, sp.end);
    else out.push({ start: sp.start, end: sp.end });
  }
  return out;
}
