import { ALL_MODES, type Rule } from './rule';
import { askedForPrice, priceTalk } from './signals';
import { quote, quoteList } from './text';

/**
 * 5. `price` — don't lead with your wallet.
 *
 * "Leading with price turns into competing on price." "We want to make sure
 * that we get you the best deal or the best rate." Flags discounts and deals
 * ("20% off", "best rate", "three free months"), price tags ("only
 * $49/month") and comparisons with what they pay now ("we'd come in well
 * under your current provider", "cut your bill by a third, guaranteed") in
 * prospecting drafts. A price the prospect asked about, in a reply, is not
 * price-led. In the subject or the opening, or more than once, it fails;
 * once further down it warns.
 */
export const price: Rule = {
  id: 'price',
  title: "Don't lead with price",
  modes: ALL_MODES,
  cost: { fail: 35, warn: 15 },
  capsScore: true,
  check(draft) {
    const { body, opening, subject } = draft;
    const talk = priceTalk(draft);
    const inSubject = draft.subjectHits('discount')[0] ?? subjectPercentOff(subject);
    if (talk.spans.length === 0 && inSubject === undefined) {
      return {
        status: 'pass',
        message: "No discount talk: you're selling the outcome, not the price.",
        spans: [],
      };
    }
    // A price they asked for, answered in a reply, is service — unless it comes with a deal.
    if (talk.discounts === 0 && inSubject === undefined && askedForPrice(draft)) {
      return {
        status: 'pass',
        message: 'You answer the price they asked about.',
        spans: [],
      };
    }
    const openingEnd = opening.length > 0 ? opening[opening.length - 1].end : 0;
    const leads = inSubject !== undefined || talk.spans.some((h) => h.start < openingEnd);
    const spans = talk.spans;
    if (leads || spans.length >= 2) {
      const where =
        inSubject !== undefined
          ? `Your subject leads with price (${quote(subject, inSubject)})`
          : leads
            ? `You lead with price (${quoteList(body, spans, 2)})`
            : `Price talk (${quoteList(body, spans, 2)}) runs through the draft`;
      return {
        status: 'fail',
        message: `${where}: that turns the talk into haggling. Open with what they get; price comes once they want it.`,
        spans,
      };
    }
    return {
      status: 'warn',
      message: `Price talk (${quoteList(body, spans)}) invites them to compete on price: cut it from a first note and sell the outcome.`,
      spans,
    };
  },
};

const SUBJECT_PERCENT_OFF = /\d\s?%\s+off\b/i;

function subjectPercentOff(subject: string) {
  const m = SUBJECT_PERCENT_OFF.exec(subject);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length };
}
