import { spansOf } from './draft';
import { ALL_MODES, type Rule } from './rule';
import { byStart, quote, quoteList } from './text';

/**
 * 5. `price` — don't lead with your wallet.
 *
 * "Leading with price turns into competing on price." Flags "best deal",
 * "best rate", "lowest price", discounts and % off, "beat any price" in
 * prospecting drafts: in the subject or the opening it fails (that is
 * leading with it); further down it warns.
 */
export const price: Rule = {
  id: 'price',
  title: "Don't lead with price",
  modes: ALL_MODES,
  weight: 1,
  phrases: {
    price: [
      'best|lowest deal|deals|price|prices|rate|rates',
      'lowest cost',
      'cheapest',
      'cheaper than',
      'discount|discounts|discounted',
      '# percent off',
      'half price|off',
      'beat any price|quote|offer',
      'beat your current price|rate|quote',
      'price match',
      'price-match',
      'special pricing|price|offer|rate',
      'promo code',
      'coupon',
      'pricing starts at',
    ],
  },
  check(draft) {
    const { body, opening, subject } = draft;
    const hits = [...draft.hits('price'), ...percentOff(draft), ...priceTags(draft)].toSorted(
      byStart,
    );
    const inSubject = draft.subjectHits('price')[0] ?? subjectPercentOff(subject);
    const openingEnd = opening.length > 0 ? opening[opening.length - 1].end : 0;
    const leads = inSubject !== undefined || hits.some((h) => h.start < openingEnd);
    if (leads) {
      const where =
        inSubject !== undefined
          ? `Your subject leads with price (${quote(subject, inSubject)})`
          : `You lead with price (${quoteList(body, hits)})`;
      return {
        status: 'fail',
        message: `${where}: that turns the talk into haggling. Open with what they get; price comes once they want it.`,
        spans: spansOf(hits),
      };
    }
    if (hits.length > 0) {
      return {
        status: 'warn',
        message: `Price talk (${quoteList(body, hits)}) invites them to compete on price: cut it from a first note and sell the outcome.`,
        spans: spansOf(hits),
      };
    }
    return {
      status: 'pass',
      message: "No discount talk: you're selling the outcome, not the price.",
      spans: [],
    };
  },
};

/** "20% off": the number is tagged `percent`; "off" must follow. */
function percentOff(draft: Parameters<typeof price.check>[0]) {
  const { lower, ends } = draft.words;
  return draft
    .hits('percent')
    .filter((h) => lower[h.last + 1] === 'off')
    .map((h) => ({ start: h.start, end: ends[h.last + 1] }));
}

const PER = new Set(['mo', 'month', 'user', 'seat', 'agent', 'year', 'yr', 'license', 'licence']);
/** "save €40k a year", "cut costs by $2,000 a month": money they keep, not a price. */
const SAVING = new Set([
  'save',
  'saves',
  'saved',
  'saving',
  'by',
  'cut',
  'cuts',
  'extra',
  'recover',
  'back',
  'worth',
]);
const PER_SLASH = /\/(?:mo|month|user|seat|year|yr)$/;

/** A price tag: "only $49", "starting at $99", "$49/month", "€20 per seat". */
function priceTags(draft: Parameters<typeof price.check>[0]) {
  const { lower, starts, ends } = draft.words;
  const out: { start: number; end: number }[] = [];
  for (const h of draft.hits('money')) {
    const before = lower[h.first - 1];
    if (SAVING.has(before) || SAVING.has(lower[h.first - 2])) continue;
    const after = lower[h.last + 1];
    if (before === 'only' || before === 'just') {
      out.push({ start: starts[h.first - 1], end: h.end });
    } else if (
      before === 'at' &&
      (lower[h.first - 2] === 'starting' || lower[h.first - 2] === 'starts')
    ) {
      out.push({ start: starts[h.first - 2], end: h.end });
    } else if (PER_SLASH.test(lower[h.last])) {
      out.push(h);
    } else if ((after === 'per' || after === 'a') && PER.has(lower[h.last + 2])) {
      out.push({ start: h.start, end: ends[h.last + 2] });
    }
  }
  return out;
}

const SUBJECT_PERCENT_OFF = /\d\s?%\s+off\b/i;

function subjectPercentOff(subject: string) {
  const m = SUBJECT_PERCENT_OFF.exec(subject);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length };
}
