/**
 * Phrases and detectors more than one rule needs: who the draft talks about,
 * where it names an outcome, whether its opening gives a reason.
 */
import { bodyHits, hitsIn, isReadersOwn, merged, sentencesWith, type Draft } from './draft';
import type { Hit, PhraseGroups } from './lexicon';
import { byStart, isCapitalAt, sentenceAt, type Sentence } from './text';
import type { Span } from './types';

/** Someone like the reader: a client, a team, a company. */
export const PEERS =
  'client|clients|customer|customers|team|teams|company|companies|firm|firms|agency|agencies|brand|brands|retailer|retailers|startup|startups|hospital|hospitals|clinic|clinics|school|schools|bank|banks|practice|practices';

const MONTHS = 'january|february|march|april|june|july|august|september|october|november|december';
const SHORT_MONTHS = 'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|monday's|tuesday's|wednesday's|thursday's|friday's|mondays|tuesdays|wednesdays|thursdays|fridays";

export const SHARED_PHRASES: PhraseGroups = {
  /**
   * A point or stretch in time: a day, a date, a month, "end of the
   * quarter", "the 1st" (with the `ordinal`, `date` and `clock` number tags,
   * see {@link timeHits}).
   */
  time: [
    WEEKDAYS,
    'mon|tue|tues|wed|thu|thur|thurs|fri',
    MONTHS,
    'in|by|until|till|through|before|since|from|of|end|mid|early|late|this|next|last|after may',
    `may #`,
    `${SHORT_MONTHS} #`,
    `# ${MONTHS}|${SHORT_MONTHS}|may`,
    "today|tonight|tomorrow|tmrw|midnight|noon|eod|eow|cob|asap|today's|tomorrow's|tonight's",
    'this|next|coming|following week|month|quarter|year|weekend|morning|afternoon|evening|spring|summer|fall|autumn|winter',
    'end of the|this? day|week|month|quarter|year|business|play|fy|term|sprint',
    'close of business|play',
    'year-end|quarter-end|month-end|end-of-quarter|end-of-year|end-of-month|end-of-day|eoq|eoy|eom',
    'q1|q2|q3|q4|h1|h2',
    'the quarter|month|year|week|season|window closes|ends|closing|ending|turns',
    'the quarter|month|year|week|season|window is|runs out',
    'the first|start|beginning of the? month|year|quarter',
    'on|by|from|until|before|after the first|last|1st|15th|end',
    'new year',
    'the holidays',
    'black friday',
    'cyber monday',
    'in|within the next|coming? # hours|days|weeks|minutes|hrs',
    'in|within the next|coming? a|an|one|two|three|few|couple hour|hours|day|days|week|weeks',
    'within the hour|day|week',
    'right now|away',
    'immediately',
    'straight away',
  ],
  /**
   * A discount or deal (`price`): "20% off" is found from the `percent` tag,
   * a price tag ("only $49/month") from `money` (price.ts). Shared because a
   * "saving" inside a discount is no outcome for `benefit`.
   */
  discount: [
    'discount|discounts|discounted|discounting',
    'half price|off',
    'half-price',
    'best|lowest|cheapest|special|exclusive|sweet|unbeatable|introductory|intro|launch|founding|early-bird|preferential|reduced|loyalty|partner|charity|nonprofit|promotional|promo deal|deals|price|prices|pricing|rate|rates|offer|terms',
    'great|good deal|deals|price|rate',
    'early bird',
    '#|one|two|three|four|five|six|first|extra|bonus free month|months|weeks|seats|licences|licenses|terms|term',
    'free for #|one|two|three|six|a month|months|year|term',
    'month|months|term|year|quarter|weeks|seat|seats|licence|license free',
    'month|months|term|year|weeks|seat|seats|licence|license|licences|licenses|setup|onboarding are|is|come|comes free|free',
    'free for the first|1st',
    'price match|matching|guarantee|lock|freeze',
    'price-match',
    'price-lock',
    'promo|promotion|coupon|voucher|rebate|cashback|cash-back',
    'below|under|off list|retail|rrp|msrp',
    'list price',
    'at cost',
    'waive|waived|waiving|waiver the|your|any|our? setup|set-up|onboarding|installation|implementation|joining? fee|fees',
    'no setup|set-up|onboarding|installation|joining fee|fees',
    'buy one get one',
    'beat|beats|match|matches|undercut any price|prices|quote|quotes|offer|offers|competitor|competitors|rate|rates',
    'money-back',
    'lowest|cheapest price|prices|pricing|rate|rates|cost|costs|quote',
    'lock in|keep the|this|our|your? old|current|existing|launch|intro|introductory|early|todays rate|rates|price|prices|pricing',
    'lock in the|this|our|your? rate|rates|price|prices|pricing',
    'prices|price|rates|pricing rise|rises|go|goes|increase|increases|change|changes|jump|jumps',
    'cheapest|low-cost|budget-friendly|inexpensive',
    'competitive pricing|prices|rates|quote',
    'pricing|price|prices|rates is|are the? lowest|cheapest|unbeatable|best',
    'best deal|rate|price|offer',
    'for free',
  ],
  /** What the reader pays now, for a comparison with it (`price`). */
  theirSpend: [
    'what you pay|spend|paid|currently|are',
    "you're paying|spending|charged",
    'you are paying|spending|charged',
    'you pay|spend|currently',
    'your current|existing|present provider|providers|vendor|vendors|supplier|suppliers|carrier|carriers|contract|plan|rate|rates|price|prices|pricing|bill|bills|tool|tools|system|platform|software|solution|agency|agencies|broker|subscription|licence|license|fees|costs|spend|quote',
    'your bill|bills|premium|premiums|fees|rate|rates|subscription|invoice',
    'your * bill|bills|premium|premiums|fees',
    'current provider|providers|vendor|vendors|supplier|suppliers|carrier|rate|rates|pricing|prices',
    'than you pay|spend|are|do|currently',
    "any price|quote|offer|rate you have|you've|you're|you were|you get|you got",
    "you have|you've been|you were quoted|offered|charged",
    'charges|charge|bills|billed|costs you|your',
    "what you're charged|billed",
    'you use|have now|today',
    'per litre|liter|gallon|minute|message|text|unit|kwh|transaction',
  ],
  /** A comparison word: cheaper, under, beat (`price`, beside `theirSpend`). */
  cheaper: [
    'cheaper|less|lower|under|below|beat|beats|undercut|undercuts|fraction|half|third|quarter|cut|cuts|reduce|reduces|slash|slashes|save|saves|shave|trim|knock|match|matches|lowest|cheapest|beating|undercutting|cutting|reducing|slashing|saving',
    'come|coming in well? under|below',
  ],
  /** "I help site managers…", "we can help your team…": the reader's gain, said from our side. */
  helpThem: ['i|we help|helps', 'i|we can|could help', 'i|we have helped'],
  /** The reader. */
  reader: ["you|you're|you'll|you've|you'd|your|yours|yourself|yourselves|y'all"],
  /** The sender. ("US" in capitals, the country, is dropped in {@link voices}.) */
  sender: ["i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'll|we'd|us|our|ours|ourselves"],
  /**
   * "I"/"me" inside the mechanics of a message — "let me know", "call me",
   * "I'm calling because", "I saw your post", "shall I send" — is not
   * talking about yourself.
   */
  mechanics: [
    'let me know',
    'i|we help|helps',
    'i|we can|could help',
    'i saw|noticed|read|heard|watched|caught',
    'call|ring|text|email|reach|contact|send me',
    "i'm calling|writing|reaching",
    'i am calling|writing|reaching',
    'shall|should|can i',
    "i'll call|send",
    'i will call|send',
    'want|like me to',
  ],
  /**
   * An example of a result for someone else (`proof`); "we" in it is not
   * talk about yourself (`benefit`).
   */
  example: [
    "we|i|we've|i've helped ^",
    "we|i|we've|i've have|just|recently? helped a|an|one|another|two|three|# teams|companies|clients|customers|firms|brands|people|reps",
    'helped a|an|one|another|two|three|# *',
    'case study|studies',
    `${PEERS} like ^`,
    `${PEERS} such as ^`,
    'one of our|my clients|customers|users|partners',
    'our|my clients|customers|users at|like|include|including',
    'worked with teams|companies|firms|clients|brands|#',
    'testimonial|testimonials',
    'did|done for|with others|clients|customers|teams|them',
  ],
  /**
   * Outcome language: time or money saved, pain cured, goal reached
   * (rulebook.md, "benefit"). Numbers are tagged separately (lexicon.ts).
   */
  outcome: [
    'save|saves|saved|saving',
    'cut|cuts|cutting',
    'reduce|reduces|reduced|reducing',
    'lowers|lowered|lowering',
    'increase|increases|increased|increasing',
    'grow|grows|grew|growing|grown',
    'boost|boosts|boosted|boosting',
    'double|doubles|doubled|doubling',
    'triple|triples|tripled|tripling',
    'halve|halves|halved|halving',
    'in half',
    'down to',
    'shrink|shrinks|shrank|shrinking',
    'by a third|half|quarter|fifth',
    'twice as many|much',
    'two|three|four times as many|much|faster',
    'get|win back',
    'instead of',
    'lift|lifts|lifted|lifting',
    'improve|improves|improved|improving',
    'speed|speeds|sped|speeding up',
    'faster|quicker|fewer',
    'less time|work|churn|risk|admin|paperwork|stress|hassle|manual|rework|downtime|waste',
    'more time|revenue|deals|leads|meetings|customers|pipeline|sales|bookings|replies|margin|profit|demos|signups|sign-ups|hires|calls|orders|traffic',
    'free|frees|freed|freeing up',
    'avoid|avoids|avoided|avoiding',
    'prevent|prevents|prevented|preventing',
    'eliminate|eliminates|eliminated|eliminating',
    'recover|recovers|recovered|recovering',
    'win|wins|won|close|closes|closed|book|books|booked more',
    'hit|hits|reach|reaches|reached|meet|meets|beat|beats|exceed|exceeds|exceeded your|their|its|the? quota|target|targets|goal|goals|number|numbers|plan|deadline|deadlines|sla|slas',
    'stop losing|chasing|wasting|paying|worrying|guessing|missing',
    'no more',
    'never again|miss|lose',
    'pay|pays|paid for itself',
    'roi|payback',
    'shorten|shortens|shortened|shortening',
    'ramp|ramps|ramped up? faster|quicker',
    'on time',
    'without hiring|adding|extra|changing|switching',
    'without the hassle',
    'without a migration',
    'protect|protects|protected|protecting',
    'sooner|earlier',
    'fill|fills|filled|filling the|their|your|open|all|every|# roles|shifts|positions|vacancies|slots|seats|gaps|spots|orders|jobs|rooms|tables|classes|beds|appointments|calendar|calendars|bays|diary',
    'fill|fills|filled|filling * * roles|shifts|positions|vacancies|slots|seats|gaps|spots|orders|jobs|rooms|tables|classes|beds|appointments|calendar|calendars|bays|diary',
    'give|gives|gave|get|gets|got * * back',
    'more|less often',
    'far more|fewer|less|faster',
    'nobody|no one slips|falls|gets|misses|forgets|waits',
    'minutes|hours|days not|instead hours|days|weeks|months',
    'diminish|diminishes|lessen|lessens|ease|eases',
    'without',
    'no longer',
    "never|won't|don't|doesn't|wouldn't have|need to",
    'nobody|no one has|needs|learns|misses|chases',
    'give|gives|gave|get|gets|got * back',
    'give|gives|gave|get|gets|got back',
    'can|could|would|will stop',
    'stops|stopped',
    'stop',
  ],
  /**
   * A stated reason for writing: "because", "I'm writing about", "you
   * asked", a reference to the reader's own news ("saw your post", "congrats
   * on the round", "your renewal").
   */
  reason: [
    'because',
    'since you|your',
    'the reason i',
    'reason for my',
    "i'm writing|calling",
    'i am writing|calling',
    'writing to|about',
    'calling about|to',
    'emailing about|to',
    'regarding',
    'about your',
    'about how your|you',
    'so you can',
    'so that you',
    'so your',
    'to help you',
    'help|helps|helping your',
    'you mentioned|asked|said|wrote|posted|shared|were',
    "you're hiring",
    'you are hiring',
    'as promised|discussed',
    'per our',
    'suggested i|we',
    'referred me',
    'recommended i',
    'asked me to',
    'congrats|congratulations',
    'loved|enjoyed your',
    'saw|seen|noticed|read|heard|watched|caught your|that|you',
    'saw the news',
    'following|follow up on our|your|the call|conversation|chat|meeting|demo|question|request|talk|intro',
    'after|since our|your call|talk|chat|meeting|demo|webinar|post|session|conversation|keynote|panel|podcast',
    'your post|article|talk|webinar|launch|funding|round|hiring|announcement|podcast|comment|question|request|promotion|expansion|ipo|acquisition|trial|renewal|contract|subscription|order|quote|proposal|invoice|deadline|rollout|migration|audit',
    'your series a|b|c|d|e',
    'your job post|posts|posting|postings',
    'your new role',
    'your careers page',
  ],
  /** Check-ins: contact with no reason ("just checking in", "touching base"). */
  checkIn: [
    'just? checking in',
    'check in',
    'check-in',
    'touching base',
    'touch base',
    'circling back',
    'circle back',
    'following up to see if|whether',
    'just following up',
    'just? wanted to follow up',
    'bumping|bump this',
    'pick your brain',
    'any update|updates',
    'had a chance to',
    'did you get|have a chance',
    'following up on my last|previous|earlier|prior email|note|message|mail|voicemail',
    'wanted to reach out',
    'just reaching out',
    'reaching out to introduce',
    'introduce myself',
    'just wanted to say hi',
    'add you to my professional? network',
    'top of your inbox',
    'float|floating|bubble|bubbling|bring|bringing|pop|popping|nudge|nudging|push|pushing this|it|my back|up',
    'resurface|resurfacing this|my',
  ],
  /** Pleasantries: fine in front of a reason, empty without one ("hope all is well"). */
  pleasantry: [
    'hope all is well|good',
    'hope this email|message|note? finds you well',
    'trust this finds you well',
    'trust you are well',
    'hope everything is going well',
    'hope you are keeping well',
    'hope your week is going well',
    'hope your week is off to a great start',
    'how are you',
    "how's it going",
    'how is it going',
    'how have you been',
    "hope you're doing? well|good|great|fine",
    'hope you are doing? well|good|great|fine',
    "hope you're having a great|good|nice|lovely|wonderful week|day|weekend|monday|friday",
    'hope you are having a great|good|nice|lovely|wonderful week|day|weekend|monday|friday',
    'hope you had a great|good|nice|lovely|wonderful|relaxing weekend|week|holiday|holidays|break|trip|vacation|summer|christmas',
    'happy monday|tuesday|wednesday|thursday|friday',
    'happy new year',
    'how was your weekend|week|holiday|holidays|vacation|trip|day|break',
  ],
  /** Pain in a question makes it a reason: "Are you still reconciling by hand?" */
  pain: [
    'still|manually|struggling|struggle|struggles|slow|slower|losing|lose|loses|wasting|waste|chasing|stuck|behind|frustrating|frustrated|headache|headaches|problem|problems|pain|backlog|backlogs|errors|delays|churn|overtime|bottleneck',
    'by hand',
    'spreadsheet|spreadsheets|excel',
  ],
  /** Asking for time is an ask, not a reason to ask for it. */
  timeAsk: [
    'do you have a few|couple minutes|mins|moments',
    'do you have a minute|moment|sec',
    'do you have # minutes|mins|min',
    'do you have some? time',
    'are you free|available|around',
    'would|could|can|shall you|we hop|jump|find|grab|chat|talk|meet|connect|speak|schedule',
    'would|could|can|shall you|we set up',
    'got # minutes|mins',
    'got a few minutes',
    'have you got # minutes|mins',
  ],
};

/** Time expressions of the draft: the `time` phrases and dates, ordinals and clock times. */
export function timeHits(draft: Draft): Hit[] {
  return merged(draft.hits('time'), draft.hits('ordinal'), draft.hits('date'), draft.hits('clock'));
}

/** "$49/month", "€20 per seat", "only $49": a price tag, not a saving. */
const PER = new Set([
  'mo',
  'month',
  'user',
  'seat',
  'agent',
  'year',
  'yr',
  'licence',
  'license',
  'van',
  'vehicle',
  'site',
  'location',
  'head',
  'employee',
  'person',
]);
const PER_SLASH = /\/(?:mo|month|user|seat|year|yr)$/;
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
  'lose',
  'losing',
  'lost',
  'wasted',
  'waste',
  'more',
  'raised',
]);

export interface PriceTalk {
  /** Discounts, price tags and comparisons with what they pay, in text order. */
  spans: Span[];
  /** How many of them are discounts or deals (not a plain price). */
  discounts: number;
  /** Sentence indexes holding any of them. */
  sentences: Set<number>;
}

/**
 * Price talk in the draft: a discount or deal ("20% off", "three free
 * months", "our best rate"), a price tag ("only $49/month", "it's £36 a
 * month"), or a comparison with what they pay now ("we'd come in well under
 * your current provider", "cut your bill by a third").
 */
export function priceTalk(draft: Draft): PriceTalk {
  if (draft.memo.price !== undefined) return draft.memo.price;
  const { lower, starts, ends } = draft.words;
  const { sentenceOfWord } = draft;
  const spans: Span[] = [];
  let discounts = 0;
  for (const h of draft.hits('discount')) {
    if (sentenceOfWord[h.first] < 0) continue;
    // "you miss early-payment discounts", "took £31,000 in supplier discounts": their money, not our deal.
    const before = lower[h.first - 1] ?? '';
    if (
      /payment$|^(?:supplier|volume|miss|missed|missing|lose|losing|lost|took|take|taking|capture|captured|your|their)$/.test(
        before,
      )
    ) {
      continue;
    }
    spans.push({ start: h.start, end: h.end });
    discounts++;
  }
  for (const h of draft.hits('percent')) {
    const next = lower[h.last + 1];
    if (
      next === 'off' ||
      next === 'discount' ||
      (next === 'below' && lower[h.last + 2] === 'list')
    ) {
      spans.push({ start: h.start, end: ends[h.last + 1] });
      discounts++;
    }
  }
  for (const h of draft.hits('money')) {
    if (sentenceOfWord[h.first] < 0) continue;
    const before = lower[h.first - 1];
    if (SAVING.has(before) || SAVING.has(lower[h.first - 2])) continue;
    const after = lower[h.last + 1];
    if (before === 'only' || before === 'just') {
      spans.push({ start: starts[h.first - 1], end: h.end });
    } else if (PER_SLASH.test(lower[h.last])) {
      spans.push(h);
    } else if ((after === 'per' || after === 'a' || after === 'an') && PER.has(lower[h.last + 2])) {
      spans.push({ start: h.start, end: ends[h.last + 2] });
    } else if (
      before === 'at' &&
      (lower[h.first - 2] === 'starting' || lower[h.first - 2] === 'starts')
    ) {
      spans.push({ start: starts[h.first - 2], end: h.end });
    }
  }
  // "cheaper than the fuel cards you use now", "well under your current provider".
  const theirs = draft.hits('theirSpend');
  for (const c of draft.hits('cheaper')) {
    const i = sentenceOfWord[c.first];
    if (i < 0) continue;
    const t = theirs.find((x) => sentenceOfWord[x.first] === i && Math.abs(x.first - c.last) <= 8);
    if (t !== undefined) {
      spans.push({ start: Math.min(c.start, t.start), end: Math.max(c.end, t.end) });
    }
  }
  const sorted = spans.toSorted(byStart);
  const sentences = new Set<number>();
  for (const sp of sorted) {
    const i = sentenceAt(draft.sentences, sp.start);
    if (i >= 0) sentences.add(i);
  }
  return (draft.memo.price = { spans: sorted, discounts, sentences });
}

const NONE_PRICED: ReadonlySet<number> = new Set();

/** Sentences with price talk, unless it is only a price they asked for (then it is an answer). */
function priceSentences(draft: Draft): ReadonlySet<number> {
  const talk = priceTalk(draft);
  return talk.discounts === 0 && askedForPrice(draft) ? NONE_PRICED : talk.sentences;
}

/**
 * Whether a reply answers a price question: they asked (in the quoted
 * thread or the subject) or the rep says they did ("thanks for asking about
 * cost", "returning your call about the price").
 */
const ASKED_IN_BODY =
  /\b(?:you asked (?:about|for|me)|asking about|thanks for asking|to your question|as requested|you wanted to know|the (?:price|pricing|cost|quote) you asked|(?:returning|about) your (?:call|question|email) about the (?:price|pricing|cost|quote))\b/i;
const PRICE_QUESTION =
  /\b(?:price|prices|pricing|cost|costs|quote|how much|budget|rates?|fees?|per (?:month|seat|user))\b/i;

export function askedForPrice(draft: Draft): boolean {
  if (ASKED_IN_BODY.test(draft.body)) return true;
  return draft.isReply && (PRICE_QUESTION.test(draft.quoted) || PRICE_QUESTION.test(draft.subject));
}

export interface Outcomes {
  /** Every outcome phrase and money/ratio/rate figure, in order. */
  spans: Span[];
  /** Indexes of sentences that name an outcome. */
  sentences: Set<number>;
  /** Indexes of sentences that name an outcome with a number. */
  withNumber: Set<number>;
}

const FIGURE_TAGS = ['money', 'percent', 'ratio', 'rate'] as const;
/** Words before a sum that make it a price, not a saving: "only $49", "starting at $99", "it's £36". */
const PRICE_BEFORE = new Set([
  'only',
  'just',
  'at',
  'for',
  "it's",
  'is',
  'are',
  'costs',
  'cost',
  'to',
  'from',
  'pay',
  'priced',
  'of',
]);

/**
 * Where the draft names an outcome for the reader. Money, percentages,
 * ratios and rates ("5 hours a week") are outcomes on their own; a plain
 * duration ("15 minutes Tuesday") only beside an outcome verb, since
 * otherwise it is an ask. A discount ("20% off") or a price ("only $49") is
 * not an outcome, and neither is one in a sentence only about the sender
 * ("we have grown to 400 people") unless it is an example for a client.
 */
export function outcomes(draft: Draft): Outcomes {
  if (draft.memo.outcomes !== undefined) return draft.memo.outcomes;
  const { sentenceOfWord } = draft;
  const { lower } = draft.words;
  const v = voices(draft);
  const examples = new Set([
    ...sentencesWith(draft, 'example'),
    ...sentencesWith(draft, 'helpThem'),
  ]);
  // A "saving" inside a discount or a price comparison is price talk, not an outcome.
  const priced = priceSentences(draft);
  const spans: Span[] = [];
  const sentences = new Set<number>();
  const verbs = new Set<number>();
  const withNumber = new Set<number>();
  for (const h of draft.hits('outcome')) {
    const i = sentenceOfWord[h.first];
    if (!isForReader(draft, i, v, examples) || priced.has(i)) continue;
    const w = lower[h.first];
    // "stop" is an outcome when what stops follows: "stop retyping", "the calls can stop".
    if ((w === 'stop' || w === 'stops' || w === 'stopped') && h.first === h.last) {
      const next = lower[h.last + 1] ?? '';
      const ends = sentenceOfWord[h.last + 1] !== i;
      if (!next.endsWith('ing') && !ends) continue;
      // "Should I stop writing?" is the rep stopping, not the reader's pain.
      if (['i', 'we', "i'll", "we'll"].includes(lower[h.first - 1] ?? '')) continue;
    }
    spans.push(h);
    sentences.add(i);
    verbs.add(i);
  }
  for (const tag of FIGURE_TAGS) {
    for (const h of draft.hits(tag)) {
      const i = sentenceOfWord[h.first];
      if (!isForReader(draft, i, v, examples) || priced.has(i)) continue;
      if (tag === 'percent' && lower[h.last + 1] === 'off') continue;
      if (tag === 'money' && PRICE_BEFORE.has(lower[h.first - 1])) continue;
      spans.push(h);
      sentences.add(i);
      withNumber.add(i);
    }
  }
  for (const h of draft.hits('quantity')) {
    const i = sentenceOfWord[h.first];
    if (verbs.has(i)) withNumber.add(i);
  }
  // Said plainly: "your crew can start on Monday", "you'd fill Saturday clean-ups".
  for (const i of plainOutcomes(draft)) {
    if (priced.has(i) || sentences.has(i)) continue;
    sentences.add(i);
    const s = draft.sentences[i];
    spans.push({ start: s.start, end: s.end });
  }
  // A named customer's result is the reader's outcome told as a story.
  for (const i of namedExamples(draft).sentences) {
    if (priced.has(i)) continue;
    sentences.add(i);
    withNumber.add(i);
    const s = draft.sentences[i];
    spans.push({ start: s.start, end: s.end });
  }
  return (draft.memo.outcomes = { spans: spans.toSorted(byStart), sentences, withNumber });
}

const MODALS = new Set(['could', 'would', 'can', 'will', 'might', 'should']);
const READER_SUBJECT = new Set(['you', 'your', "you'd", "you'll", "you'", 'yours']);
/** After "you could": wanting, needing and deciding are asks, not gains. */
const NOT_A_GAIN =
  /^(?:need|needs|have|has|want|like|love|get|hear|let|see|know|decide|confirm|reply|call|check|try|join|sign|qualify|consider|learn|find|read|look|meet|chat|talk|lose|miss|pay|spend)$/;
/** "you'd be interested", "you'd be open to": a wish, not a gain ("you'd be live by Monday" is). */
const BE_WISH = /^(?:interested|happy|open|free|available|keen|willing|able|glad|curious|the)$/;

/**
 * Sentences where the reader (or their team, their company) is the subject
 * of what could change: "your crew can start work on it the Monday after we
 * sign", "you'd fill Saturday clean-ups without the phone round", "your MOT
 * reminders could book themselves". Not questions ("Would you like…?"), not
 * wants ("you'd need to decide this week").
 */
function plainOutcomes(draft: Draft): number[] {
  const { lower } = draft.words;
  const out: number[] = [];
  draft.sentences.forEach((s, i) => {
    if (s.question) return;
    const to = s.firstWord + s.words;
    for (let k = s.firstWord; k < to - 1; k++) {
      const w = lower[k];
      const named = draft.readerNameHits.some((h) => h.first === k);
      if (!READER_SUBJECT.has(w) && !named) continue;
      // "you'd fill", "you'll be", or "your team could", "your crew can": a modal within three words.
      let m = -1;
      if (w === "you'd" || w === "you'll") m = k;
      else {
        for (let j = k + 1; j < Math.min(to, k + 4); j++) {
          if (MODALS.has(lower[j])) {
            m = j;
            break;
          }
        }
      }
      if (m < 0) continue;
      let vi = m + 1;
      if (/^(?:now|then|also|easily|soon|finally)$/.test(lower[vi] ?? '')) vi++;
      const verb = lower[vi] ?? '';
      if (m + 1 >= to || NOT_A_GAIN.test(verb) || /n't$|^not$/.test(verb)) continue;
      if (verb === 'be' && BE_WISH.test(lower[vi + 1] ?? '')) continue;
      out.push(i);
      return;
    }
  });
  return out;
}

/** Words of a sentence about the sender's own gains: "we doubled our revenue", "we've grown to 120". */
const OWN_GAIN = /^(?:our|us|ourselves|grown|grew|raised|funding|headcount|revenue|awards?)$/;

function isForReader(draft: Draft, i: number, v: Voices, examples: ReadonlySet<number>): boolean {
  if (i < 0) return false;
  if (v.readerSentences.has(i) || !v.senderSentences.has(i) || examples.has(i)) return true;
  const s = draft.sentences[i];
  const { lower } = draft.words;
  for (let k = s.firstWord; k < s.firstWord + s.words; k++)
    if (OWN_GAIN.test(lower[k])) return false;
  return true;
}

/** Does the subject line name an outcome? */
export function subjectNamesOutcome(draft: Draft): boolean {
  // "Save 40% this week only" is a discount in the subject, not an outcome;
  // "Cut your costs 40%" over a price-led body is the same pitch.
  if (priceSentences(draft).size > 0) return false;
  if (draft.subjectHits('discount').length > 0 || /\boff\b|\bprice|\bdeal/i.test(draft.subject)) {
    return false;
  }
  return ['outcome', 'ratio', 'rate'].some((t) => draft.subjectHits(t).length > 0);
}

export interface Voices {
  reader: Hit[];
  sender: Hit[];
  /** Sentence indexes that speak of the sender (I/we/our or the rep's own names). */
  senderSentences: Set<number>;
  readerSentences: Set<number>;
}

/** Who the draft talks about: the reader ("you/your") or the sender ("I/we/our", own names). */
export function voices(draft: Draft): Voices {
  if (draft.memo.voices !== undefined) return draft.memo.voices;
  const { sentenceOfWord, body } = draft;
  // "We" in "we helped Northwind…" is the proof rule's example of a result
  // for someone else, not talk about yourself either.
  const mechanics = [...draft.hits('mechanics'), ...draft.hits('example')].toSorted(
    (a, b) => a.first - b.first,
  );
  const sender: Hit[] = [];
  let k = 0;
  for (const h of draft.hits('sender')) {
    if (sentenceOfWord[h.first] < 0) continue;
    while (k < mechanics.length && mechanics[k].last < h.first) k++;
    if (k < mechanics.length && mechanics[k].first <= h.first) continue;
    if (body.charCodeAt(h.start) === 85 && body.slice(h.start, h.end) === 'US') continue;
    sender.push(h);
  }
  for (const h of draft.ownNameHits) if (sentenceOfWord[h.first] >= 0) sender.push(h);
  const senderSorted = sender.toSorted(byStart);
  // The recipient's own name and company are talk about them too.
  const reader = [
    ...bodyHits(draft, 'reader'),
    ...draft.readerNameHits.filter((h) => sentenceOfWord[h.first] >= 0),
  ].toSorted(byStart);
  const senderSentences = new Set<number>();
  for (const h of senderSorted) senderSentences.add(sentenceOfWord[h.first]);
  const readerSentences = new Set<number>();
  for (const h of reader) readerSentences.add(sentenceOfWord[h.first]);
  return (draft.memo.voices = { reader, sender: senderSorted, senderSentences, readerSentences });
}

/**
 * The first reason for writing in `sentences` (consecutive sentences of the
 * draft): a reason phrase, an outcome for the reader, a figure, or — unless
 * `questions` is false — a real question about their situation. Null when none.
 */
export function reasonIn(
  draft: Draft,
  sentences: readonly Sentence[],
  questions = true,
): Span | null {
  if (sentences.length === 0) return null;
  if (sentences !== draft.opening) return findReason(draft, sentences, questions);
  // Purpose and ask both ask about the opening: answered once per draft.
  const { memo } = draft;
  if (questions) {
    if (memo.openingReason === undefined) memo.openingReason = findReason(draft, sentences, true);
    return memo.openingReason;
  }
  if (memo.openingReasonWithoutQuestions === undefined) {
    memo.openingReasonWithoutQuestions = findReason(draft, sentences, false);
  }
  return memo.openingReasonWithoutQuestions;
}

function findReason(draft: Draft, sentences: readonly Sentence[], questions: boolean): Span | null {
  const from = draft.sentences.indexOf(sentences[0]);
  const to = from + sentences.length;
  const phrase = hitsIn(draft, 'reason', from, to)[0];
  if (phrase !== undefined) return { start: phrase.start, end: phrase.end };
  const o = outcomes(draft);
  const v = voices(draft);
  const asks = sentencesWith(draft, 'pleasantry', 'timeAsk', 'checkIn');
  const pains = sentencesWith(draft, 'pain', 'outcome');
  for (let i = from; i < to; i++) {
    const s = draft.sentences[i];
    const whole = { start: s.start, end: s.end };
    if (o.withNumber.has(i)) return whole;
    if (o.sentences.has(i) && v.readerSentences.has(i)) return whole;
    // "Are you still reconciling invoices by hand?" says why; "How are you?",
    // "Which CRM do you use?" and "Do you have 15 minutes?" do not.
    if (questions && s.question && v.readerSentences.has(i) && !asks.has(i) && pains.has(i)) {
      return whole;
    }
  }
  return null;
}

// ------------------------------------------------------------ named examples

/** Capitalised words that start a sentence without being a name. */
const NOT_NAME_START = new Set(
  (
    'a an the our we your you i it its they their he she this that these those most many some ' +
    'every each all any last next one two three four five another teams companies clients ' +
    'customers firms people since after before when if in at on by for with from as so and but ' +
    'or not no yes here there what how why who which while until once then now today ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december hi hello dear thanks just quick ' +
    "please also even only still my me us ps p.s we're we've we'll i'm i've i'd i'll it's " +
    "that's there's here's let's you're you'll don't can't won't isn't shall should could would can " +
    'will may might must do does did is are was were have has had let worth want need hope thank ' +
    'looking glad happy great good sorry yes no'
  ).split(' '),
);
/** Small words inside a name: "Bread for All", "Olive & Oak", "Bank of Ireland". */
const NAME_JOINERS = new Set(['&', 'and', 'of', 'for', 'de', 'la', 'van', 'von', 'the', 'y', 'e']);
const RESULT_CUE = new Set(
  (
    'cut cuts saved saves reduced reduces increased increases grew grows doubled tripled halved ' +
    'boosted dropped drops fell falls rose rises jumped jumps won wins booked books filled fills ' +
    'closed closes hit hits reached reaches recovered eliminated lowered raised shortened improved ' +
    'added generated signed went goes now onboarded answered answers scrapped quotes approves ' +
    'approved runs ran opened gets got took takes finished finishes collected collects ' +
    'stopped stops avoided avoids prevented freed shaved trimmed slashed sped ' +
    'faster sooner earlier fewer less more quicker lower higher shorter instead since ' +
    "hasn't haven't never no longer zero save cut reduce increase grow double halve fill win book " +
    'close lift raise speed shorten answer go get'
  ).split(' '),
);
const NUMBERISH =
  /^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|dozen|half|third|quarter|twice|double|triple|zero)$/;
/** A result strong enough without a number: "stopped the Monday scramble", "hasn't missed one since". */
const STRONG_RESULT = new Set(
  'stopped eliminated halved doubled tripled saved filled won recovered avoided prevented freed turned ended'.split(
    ' ',
  ),
);
const TIME_UNIT =
  /^(?:hour|hours|day|days|week|weeks|month|months|minute|minutes|afternoon|morning)$/;
/** Before a place, not a customer: "in Aarhus", "across Ireland". */
const PLACE_BEFORE = new Set([
  'in',
  'across',
  'near',
  'around',
  'throughout',
  'to',
  'into',
  'from',
]);
/** Before a customer in a sentence about us: "we helped Northwind", "for Harbor Dental". */
const CUSTOMER_BEFORE = new Set([
  'helped',
  'help',
  'for',
  'with',
  'like',
  'at',
  'including',
  'client',
  'customer',
  'clients',
  'customers',
  'as',
]);
/** Before the sender's own product: "introduce NightDesk", "we launched X". */
const SENDER_THING_BEFORE = new Set([
  'introduce',
  'introducing',
  'started',
  'founded',
  'built',
  'launched',
  'created',
  'joined',
  'about',
]);
/** Openers that carry a customer's story on to the next sentence. */
const CARRY_ON = new Set([
  'they',
  'their',
  'after',
  'within',
  'since',
  'now',
  'once',
  'in',
  'that',
  'it',
]);

export interface Examples {
  /** Sentence indexes giving a specific other customer's result. */
  sentences: Set<number>;
  /** The customer names (or specific descriptions) found, for highlighting. */
  names: Span[];
}

/**
 * Sentences that give an example, the rulebook's proof: a named or clearly
 * specific other customer ("Harbor Dental", "a 40-bed care home in Leeds")
 * and a result ("went from twelve no-shows a week to three"), in one
 * sentence or the next. Vague claims ("many leading brands", "the attached
 * case studies") name no one and are not examples. The recipient's own
 * company and the rep's own names are not other customers.
 */
export function namedExamples(draft: Draft): Examples {
  if (draft.memo.examples !== undefined) return draft.memo.examples;
  const { lower, starts, ends } = draft.words;
  const { body } = draft;
  const sentences = new Set<number>();
  const names: Span[] = [];
  const excluded = (k: number) =>
    draft.ownNameHits.some((h) => h.first <= k && k <= h.last) ||
    draft.readerNameHits.some((h) => h.first <= k && k <= h.last);
  const v = voices(draft);
  const priced = priceTalk(draft).sentences;
  const skip = draft.mode === 'voicemail' ? draft.sentences.indexOf(draft.opening[0]) : 0;
  const cap = (k: number) => isCapitalAt(body, starts[k]);
  draft.sentences.forEach((s, i) => {
    // The voicemail's "Sam from SignFast" is the caller, and a deal is no story.
    if (i < skip || priced.has(i)) return;
    const from = s.firstWord;
    const to = s.firstWord + s.words;
    const aboutUs = v.senderSentences.has(i);
    let name: Span | null = null;
    for (let k = from; k < to && name === null; k++) {
      if (!cap(k) || excluded(k)) continue;
      const w = lower[k];
      const allCaps = /^[A-Z0-9]{2,6}s?$/.test(body.slice(starts[k], ends[k]));
      // The run of capitalised words (and joiners) from k.
      let e = k;
      while (
        e + 1 < to &&
        ((cap(e + 1) && !excluded(e + 1)) ||
          (NAME_JOINERS.has(lower[e + 1]) && e + 2 < to && cap(e + 2)))
      ) {
        e++;
      }
      const words = e - k + 1;
      const sentenceStart = k === from;
      const before = lower[k - 1];
      // "Thursday-night", "March-end": a day, not a customer.
      if (w.includes('-') && NOT_NAME_START.has(w.split('-')[0])) {
        k = e;
        continue;
      }
      if (!sentenceStart && words === 1 && PLACE_BEFORE.has(before)) continue;
      // "the Malmö loop", "introduce NightDesk": a place or the sender's own thing.
      if (!sentenceStart && (before === 'the' || SENDER_THING_BEFORE.has(before))) {
        k = e;
        continue;
      }
      // In a sentence about us, a name is a customer only beside "helped", "for", "like"… or a result.
      if (
        aboutUs &&
        !CUSTOMER_BEFORE.has(before) &&
        !CUSTOMER_BEFORE.has(lower[k - 2]) &&
        !RESULT_CUE.has(lower[e + 1])
      ) {
        k = e;
        continue;
      }
      if (sentenceStart) {
        if (NOT_NAME_START.has(w)) {
          if (words >= 3 && w === 'the') name = { start: starts[k], end: ends[e] };
          continue;
        }
        // "Stal-Pol cut…", "Brightline's team…", "- Northwind: replies in two hours".
        const marked = /[-&\d]/.test(w) || w.endsWith("'s") || body[ends[e]] === ':';
        if (words >= 2 || marked) name = { start: starts[k], end: ends[e] };
      } else if (!allCaps || words >= 2) {
        if (NOT_NAME_START.has(w) && words === 1) continue;
        if (isReadersOwn(draft, k, 2)) continue;
        name = { start: starts[k], end: ends[e] };
      }
      k = e;
    }
    name ??= specificDescription(draft, from, to);
    if (name === null) return;
    if (hasResult(draft, from, to)) {
      sentences.add(i);
      names.push(name);
      return;
    }
    const next = draft.sentences[i + 1];
    if (
      next !== undefined &&
      !priced.has(i + 1) &&
      CARRY_ON.has(lower[next.firstWord]) &&
      hasResult(draft, next.firstWord, next.firstWord + next.words)
    ) {
      sentences.add(i);
      sentences.add(i + 1);
      names.push(name);
    }
  });
  return (draft.memo.examples = { sentences, names });
}

/** "a 40-bed care home in Leeds", "one 12-site bakery chain": specific without a name. */
function specificDescription(draft: Draft, from: number, to: number): Span | null {
  const { lower, starts, ends } = draft.words;
  for (let k = from; k < to - 1; k++) {
    const w = lower[k];
    if (w !== 'a' && w !== 'an' && w !== 'one') continue;
    for (let j = k + 1; j < Math.min(to, k + 6); j++) {
      if (/^\d+-[a-z]+$/.test(lower[j]) || /^\d[\d,]*$/.test(lower[j])) {
        return { start: starts[k], end: ends[Math.min(to - 1, j + 2)] };
      }
    }
  }
  return null;
}

function hasResult(draft: Draft, from: number, to: number): boolean {
  const { lower } = draft.words;
  let cue = false;
  let number = false;
  for (let k = from; k < to; k++) {
    const w = lower[k];
    if (STRONG_RESULT.has(w)) return true;
    if ((w === "hasn't" || w === "haven't" || w === 'never') && lower[k + 1]?.startsWith('miss')) {
      return true;
    }
    if (RESULT_CUE.has(w)) cue = true;
    if (NUMBERISH.test(w) || ((w === 'a' || w === 'an') && TIME_UNIT.test(lower[k + 1] ?? ''))) {
      number = true;
    }
    if (w === 'from' && lower.slice(k + 1, k + 6).includes('to')) cue = number = true;
  }
  return cue && number;
}
