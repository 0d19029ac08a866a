import { hitsIn, sentencesWith, spansOf, type Draft } from './draft';
import { ALL_MODES, type Rule } from './rule';
import { outcomes, voices } from './signals';
import { byStart, quote, quoteList, type Sentence } from './text';

/**
 * Words that carry no reason for writing: the stuff of check-ins, small
 * talk and "wanted to connect". A sentence made only of these (and of
 * function words and names) says nothing, whatever their order.
 */
const FILLER = new Set(
  // function words
  (
    'a an the and or but so to of in on at by for with from about as if than then that this these ' +
    "those it it's its is are was were be been being am do does did done have has had having " +
    "i i'm i've i'd i'll me my mine we we're we've we'd we'll us our you you're you've you'd " +
    "you'll your yours he she they them their there here what how when where who which why " +
    'not no yes just really very quite also too all any some more most much many again ' +
    'can could would should will shall may might must up out over back into onto off ' +
    'anyway okay ok yeah well oh hey hi hello ' +
    // contact about the contact
    'check checking checked touch touching base circle circling follow following followed ' +
    'reach reaching reached out connect connecting connected network networking expand ' +
    'bump bumping ping pinging nudge radar inbox email emails mail message messages note notes ' +
    'voicemail voicemails call calls called calling ring ringing rang phone last previous earlier ' +
    'prior sent send sending wrote write writing chance look looked see seeing saw get got ' +
    'hear heard hearing response respond reply replied answer update updates thoughts thought ' +
    'wanted want wanting wondering wonder hoping hope hoped trust love like loved ' +
    'pick brain pick learn learning know knowing knew idea catch caught try trying tried ' +
    'sometime sometimes time times moment moments minute minutes second quick quickly chat ' +
    'talk talking speak speaking soon later today tomorrow week weekend day days morning ' +
    'afternoon evening going goes go things thing stuff everything anything something nothing ' +
    'busy doing great good nice lovely awesome fine amazing fantastic exciting excited ' +
    'opportunity opportunities fit explore exploring discuss discussing share sharing ' +
    'introduce introducing introduction intro myself ourselves company business businesses ' +
    'side end stand stands where things sorry missed miss urgent rush pressure ' +
    'appreciate appreciated either way mind okay profile came across across whether ' +
    'interested interest interesting tell telling more information info details ' +
    'glad happy keen eager sure let lets make sense worth feel free hesitate ' +
    'bye cheers thanks thank regards put keep posted top mine one two three four five few couple ' +
    'ever never already still yet perhaps maybe possibly potential potentially ' +
    'connection request linkedin role new building build space announce announcing launch ' +
    'launched launching provider leading offer offering offerings products product services ' +
    'service solution solutions platform help helping weather raining rain been spoke since ' +
    "catching properly whenever around free available that's there's what's here's let's " +
    "isn't okay easier easy explain explaining hoping another give ring question questions"
  ).split(' '),
);

/** Openers that are about the contact itself, not about the reader: "I came across your profile". */
const META =
  /^(?:i'd|i would|we'd|we would) love to (?:explore|learn|discuss|chat|connect|share|hear|talk|pick|introduce)|^(?:came|come|coming) across|^(?:put|get) (?:myself|us|me) on|^(?:build|building|grow|growing|expand|expanding) (?:my|our) network|^(?:see|seeing) (?:if|whether) (?:there's|there is|you'd|you would|you might|you are|you're)/;

/**
 * 1. `purpose` — the purpose is stated, early.
 *
 * "State clearly the purpose for your call." "Never make a call without a
 * purpose … Don't make a call to 'just check in'." Judged on the opening
 * (the first two sentences after the greeting; in voicemail, after "this is
 * Zoë from Acme"). It passes when either sentence carries a reason — their
 * situation, a result, an answer, a recap, a last note — and fails when the
 * opening is content-free: a check-in ("just ringing to see if you had a
 * chance to look"), small talk with nothing behind it, "pick your brain",
 * "wanted to connect". A check-in in front of the reason warns (it
 * undersells it), as does an opening only about the sender (a
 * self-introduction, an announcement) or only questions with no pain in them.
 */
export const purpose: Rule = {
  id: 'purpose',
  title: 'Purpose stated early',
  modes: ALL_MODES,
  cost: { fail: 40, warn: 20 },
  capsScore: true,
  phrases: {
    /** A reason that holds even behind a check-in. */
    strongReason: [
      'because',
      'since you|your',
      'the reason',
      'as promised|discussed|requested|agreed',
      'you asked|mentioned|said|wanted|requested',
      'per our|your',
      'following|follow up on|from our|your|the call|conversation|chat|meeting|demo|visit|talk|question|request',
      'after|since our|your call|talk|chat|meeting|demo|visit|conversation',
      'closing the loop',
      'close the loop',
      'to recap',
      'recap of',
    ],
  },
  check(draft) {
    const { opening, body } = draft;
    if (opening.length === 0) {
      return {
        status: 'fail',
        message: "There's no opening yet: start with why you're writing — the outcome they get.",
        spans: [],
      };
    }
    const from = draft.sentences.indexOf(opening[0]);
    const to = from + opening.length;
    const fillers = [
      ...hitsIn(draft, 'checkIn', from, to),
      ...hitsIn(draft, 'pleasantry', from, to),
      ...hitsIn(draft, 'timeAsk', from, to),
    ].toSorted(byStart);
    const verdicts = opening.map((s, k) => judge(draft, s, from + k));
    const reason = verdicts.findIndex((v) => v === 'reason');
    const checkIns = hitsIn(draft, 'checkIn', from, from + 1);
    if (reason > 0 && checkIns.length > 0) {
      // "Just checking in. Acme is hiring three AP clerks…": the reason is there, behind a check-in.
      return {
        status: 'warn',
        message: `${quoteList(body, checkIns)} undersells your reason: drop it and open with why you're writing.`,
        spans: spansOf(checkIns),
      };
    }
    if (reason >= 0) {
      const s = opening[reason];
      return {
        status: 'pass',
        message: "Your opening says why you're writing.",
        spans: [{ start: s.start, end: s.end }],
      };
    }
    const start = opening[0].start;
    const end = opening[opening.length - 1].end;
    if (verdicts.includes('empty') || fillers.length > 0) {
      const kind =
        hitsIn(draft, 'checkIn', from, to).length > 0
          ? 'a check-in'
          : 'small talk with nothing behind it';
      const what = fillers.length > 0 ? ` (${quoteList(body, fillers)})` : '';
      return {
        status: 'fail',
        message: `Your opener is ${kind}${what}: say why you're writing — what they get from reading on.`,
        spans: fillers.length > 0 ? spansOf(fillers) : [{ start, end }],
      };
    }
    const aboutYou = verdicts.includes('self');
    return {
      status: 'warn',
      message: aboutYou
        ? `Your opening is about you (${quote(body, opening[0])}): open with why it matters to them.`
        : `Your opening (${quote(body, opening[0])}) doesn't say why you're writing: lead with their situation or the outcome they get.`,
      spans: [{ start, end }],
    };
  },
};

type Verdict = 'reason' | 'empty' | 'self' | 'question';

/**
 * What one opening sentence does: gives a reason, says nothing (check-in,
 * small talk), talks only about the sender, or only asks.
 */
function judge(draft: Draft, s: Sentence, i: number): Verdict {
  const o = outcomes(draft);
  const v = voices(draft);
  const contentFree =
    sentencesWith(draft, 'checkIn').has(i) ||
    sentencesWith(draft, 'pleasantry').has(i) ||
    sentencesWith(draft, 'timeAsk').has(i) ||
    isMeta(draft, s);
  // Behind a check-in only a real reason counts: "following up on our call about…", a figure.
  if (contentFree) {
    return o.withNumber.has(i) || sentencesWith(draft, 'strongReason').has(i) ? 'reason' : 'empty';
  }
  if (o.withNumber.has(i) || sentencesWith(draft, 'reason').has(i)) return 'reason';
  if (onlyFiller(draft, s)) return 'empty';
  const aboutReader = v.readerSentences.has(i);
  // "My name is…", "We are a leading provider…", "We're excited to announce…".
  if (sentencesWith(draft, 'selfIntro').has(i) && !aboutReader && !o.sentences.has(i))
    return 'self';
  if (s.question && !sentencesWith(draft, 'pain').has(i) && !o.sentences.has(i)) return 'question';
  return 'reason';
}

function isMeta(draft: Draft, s: Sentence): boolean {
  const { lower } = draft.words;
  for (let k = s.firstWord; k < s.firstWord + s.words - 1; k++) {
    if (META.test(`${lower[k]} ${lower[k + 1]} ${lower[k + 2] ?? ''} ${lower[k + 3] ?? ''}`)) {
      return true;
    }
  }
  return false;
}

/** Every word a filler word or a name (a capitalised word after the first). */
function onlyFiller(draft: Draft, s: Sentence): boolean {
  const { lower, starts } = draft.words;
  const { body } = draft;
  for (let k = s.firstWord; k < s.firstWord + s.words; k++) {
    const w = lower[k];
    if (FILLER.has(w) || (w.endsWith("'s") && FILLER.has(w.slice(0, -2)))) continue;
    if (/^[\d().+-]+$/.test(w)) continue; // a phone number, a count
    const c = body.charCodeAt(starts[k]);
    if (k > s.firstWord && c >= 65 && c <= 90) continue; // a name
    if (draft.ownNameHits.some((h) => h.first <= k && k <= h.last)) continue;
    return false;
  }
  return true;
}
