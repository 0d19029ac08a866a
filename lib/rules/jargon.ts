import { spansOf } from './draft';
import { ALL_MODES, type Rule } from './rule';
import { byStart, quoteList, type Words } from './text';
import type { Span } from './types';

/**
 * Acronyms any business reader knows. Sales-team shorthand (ARR, ICP, SDR,
 * ABM, TAM, SMB, RFP, SEO…) is deliberately not here: the prospect may not
 * speak it.
 */
const KNOWN_ACRONYMS = new Set(
  (
    'CEO CFO CTO COO CMO CRO CIO CISO CPO CHRO VP SVP EVP AVP GM HR IT PR US USA UK EU UN UAE ' +
    'NYC LA SF DC OK AM PM ET PT CT EST PST CET GMT UTC BST FAQ PDF API URL USB TV PC AI ROI ' +
    'KPI CRM ERP SMS FYI ASAP EOD EOW ETA OOO LLC INC LTD PLC GMBH AG SA CC BCC FW FWD RE PS ' +
    'ID PIN ATM GPS DM NDA RSVP TBD TBA QA IPO MBA HQ'
  ).split(' '),
);

/** Ordinary words typed in capitals for emphasis are shouting, not acronyms. */
const SHOUTED_WORDS = new Set(
  (
    'A AN THE AND OR BUT NOT NO YES ALL ANY FOR YOU YOUR WE OUR ME MY IS ARE WAS BE TO OF IN ON ' +
    'AT BY IT SO DO GO UP NOW NEW FREE ONLY JUST VERY BIG HUGE HOT WOW HEY HI THIS THAT WHY HOW ' +
    'WHAT WHO ONE TWO MORE MOST BEST LAST NEXT TODAY SAVE HELP NEED MUST READ NOTE'
  ).split(' '),
);

/** 2–6 capitals, optionally a plural "s": "ARR", "KPIs". */
const ACRONYM = /^([A-Z]{2,6})s?$/;
/** "Annual Recurring Revenue (ARR)". */
const EXPLAINED_AFTER = /\(\s*([A-Z]{2,6})s?\s*\)/g;
/** "ARR (annual recurring revenue)". */
const EXPLAINED_BEFORE = /(?<![\p{L}])([A-Z]{2,6})s?\s?\([^()\n]{3,80}\)/gu;
const ALL_CAPS = /^[A-Z]{2,}$/;

/**
 * 7. `jargon` — speak the customer's language.
 *
 * Flags buzzwords ("synergy", "leverage", "best-of-breed", "end-to-end",
 * "paradigm", "world-class", "industry-leading", "robust", "scalable") and
 * acronyms the reader may not know: 2–6 capitals, not in a short list of
 * common ones (CEO, VP, US, EU, OK, PDF, API, ROI, KPI, CRM…), not part of a
 * shouted phrase, and not spelt out in the draft as "Full Name (ABC)". One
 * or two warn; three or more fail. Buzzwords in the subject count too.
 */
export const jargon: Rule = {
  id: 'jargon',
  title: "The customer's language",
  modes: ALL_MODES,
  cost: { fail: 12, warn: 6 },
  phrases: {
    buzzword: [
      'synergy|synergies|synergize|synergistic',
      'leverage|leverages|leveraged|leveraging',
      'best-of-breed',
      'end-to-end',
      'paradigm',
      'paradigm shift',
      'world-class',
      'industry-leading',
      'robust|scalable|scalability|holistic|turnkey',
      'mission-critical',
      'value-add',
      'value-added',
      'game-changer',
      'game-changing',
      'next-generation',
      'next-gen',
      'disruptive|seamless|seamlessly|empower|empowers|empowering|ecosystem|bandwidth|omnichannel',
      'move the needle',
      'low-hanging fruit',
      'deep dive',
      'thought leadership|leader',
      'best-in-class',
      'actionable insights',
      'one-stop shop',
      'win-win',
      'bleeding-edge',
      'cutting-edge',
      'state-of-the-art',
      'digital transformation',
      'ai-powered',
      'core competencies',
    ],
  },
  check(draft) {
    const { body } = draft;
    const buzz = draft.hits('buzzword');
    const subjectBuzz = draft.subjectHits('buzzword');
    const acronyms = unexplainedAcronyms(draft);
    const count = buzz.length + acronyms.length + subjectBuzz.length;
    if (count === 0) {
      return {
        status: 'pass',
        message: 'Plain words: no buzzwords or unexplained acronyms.',
        spans: [],
      };
    }
    const parts: string[] = [];
    const n = buzz.length + subjectBuzz.length;
    if (n > 0) {
      const q = buzz.length > 0 ? quoteList(body, buzz) : quoteList(draft.subject, subjectBuzz);
      const inSubject = subjectBuzz.length > 0 ? ' (your subject has one too)' : '';
      parts.push(
        `${q} ${n === 1 ? 'is a buzzword' : 'are buzzwords'}${inSubject}: say it the way they would — what it does for them.`,
      );
    }
    if (acronyms.length > 0) {
      const one = acronyms.length === 1;
      parts.push(
        `${quoteList(body, acronyms)} may mean nothing to them: spell ${one ? 'it' : 'each'} out once — "Full Name (ABC)" — or drop ${one ? 'it' : 'them'}.`,
      );
    }
    const spans: Span[] = [...spansOf(buzz), ...acronyms].toSorted(byStart);
    return { status: count >= 3 ? 'fail' : 'warn', message: parts.join(' '), spans };
  },
};

function unexplainedAcronyms(draft: Parameters<typeof jargon.check>[0]): Span[] {
  const { body } = draft;
  const { starts, ends } = draft.words;
  const out: Span[] = [];
  let explained: Set<string> | null = null;
  for (let k = 0; k < starts.length; k++) {
    const c = body.charCodeAt(starts[k]);
    if (draft.sentenceOfWord[k] < 0) continue; // the greeting: "Hi JP,"
    if (c < 65 || c > 90 || ends[k] - starts[k] > 7) continue;
    const m = ACRONYM.exec(body.slice(starts[k], ends[k]));
    if (m === null) continue;
    const word = m[1];
    if (KNOWN_ACRONYMS.has(word) || SHOUTED_WORDS.has(word)) continue;
    // "PLEASE READ", "ACT NOW": shouting, not acronyms.
    if (isAllCaps(body, draft.words, k - 1) || isAllCaps(body, draft.words, k + 1)) continue;
    explained ??= explainedAcronyms(body);
    if (explained.has(word)) continue;
    out.push({ start: starts[k], end: ends[k] });
  }
  return out;
}

function isAllCaps(body: string, w: Words, k: number): boolean {
  return k >= 0 && k < w.starts.length && ALL_CAPS.test(body.slice(w.starts[k], w.ends[k]));
}

function explainedAcronyms(body: string): Set<string> {
  const set = new Set<string>();
  for (const re of [EXPLAINED_AFTER, EXPLAINED_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m !== null; m = re.exec(body)) set.add(m[1]);
  }
  return set;
}
