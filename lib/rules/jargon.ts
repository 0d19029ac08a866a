import { spansOf, type Draft } from './draft';
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
    'ID PIN ATM GPS DM NDA RSVP TBD TBA QA IPO MBA HQ CV VAT GP GDPR MOT NHS DIY SME B2B B2C ' +
    'IRS HMRC NGO GPU CPU SUV HGV A1 M1 PIN PS USB WIFI TV Q1 Q2 Q3 Q4 H1 H2 FY 24 365'
  ).split(' '),
);

/**
 * Acronyms of a trade, keyed by words of a recipient's title or company that
 * say which trade it is: a claims director speaks FNOL, a CFO EBITDA, a
 * plant manager OEE (rulebook.md, "jargon": "not those of the reader's own
 * trade when the recipient's title or company says what it is").
 */
const TRADES: readonly { words: RegExp; acronyms: string }[] = [
  {
    words:
      /\b(?:law|legal|solicitors?|attorneys?|counsel|paralegals?|llp|lawyers?|advocat|juridi|notar)/i,
    acronyms: 'NDA MSA SOW DPA SLA IP LOI TOS KYC AML GC CLM SPA NDAs MSAs',
  },
  {
    words: /\b(?:claims?|insurance|insurer|underwrit|brokers?|mutual|assurance|actuar)/i,
    acronyms: 'FNOL MGA LOB GWP NPS TPA',
  },
  {
    words:
      /\b(?:plant|production|manufactur|factory|maintenance|operations|works|verpakking|engineering|quality)/i,
    acronyms: 'OEE MES CNC PLC SPC MTBF MTTR ERP QMS ISO OT CMMS BOM WIP KPI TPM HMI SCADA',
  },
  {
    words:
      /\b(?:clinic|medical|doctor|dr|health|hospital|practice|physio|dental|dentist|care|nurs|surgery|pharmac|gp)/i,
    acronyms: 'GP GPs EHR EMR PHI HIPAA NHS ICU MRI CQC RCM ICD CPT PACS HL7 FHIR OTC DNA',
  },
  {
    words: /\b(?:buyer|buying|merchandis|retail|e-?commerce|stores?|apparel|fashion|threads|shop)/i,
    acronyms: 'SKU SKUs POS AOV GMV RRP EPOS OTB DTC D2C',
  },
  {
    words:
      /\b(?:cfo|finance|financial|controller|accountan|accounting|bookkeep|treasur|fp&a|payroll|audit)/i,
    acronyms: 'EBITDA AP AR GL GAAP IFRS VAT DSO DPO ERP SOX KYC AML OPEX CAPEX ROI MTD CPA HMRC',
  },
  {
    words: /\b(?:architect|architekt|design|engineer|surveyor)/i,
    acronyms: 'CAD BIM RIBA MEP HVAC DWG',
  },
  {
    words: /\b(?:data protection|privacy|dpo|compliance|security|ciso|risk)/i,
    acronyms: 'GDPR DSAR DSARs DPO DPIA ROPA ISO SOC PII CCPA SSO MFA SIEM',
  },
  {
    words: /\b(?:hotels?|revenue manager|hospitality|inn|resort|rooms?)/i,
    acronyms: 'RevPAR ADR OTA PMS GOP OCC',
  },
  {
    words: /\b(?:motors?|garage|service manager|auto|workshop|dealership|car)/i,
    acronyms: 'MOT OEM VIN DMS',
  },
  {
    words: /\b(?:sales|revenue|revops|sdr|bdr|account executive|business development|cro)\b/i,
    acronyms:
      'ARR MRR ICP SDR BDR AE ACV TCV ABM TAM CAC LTV NRR QBR MQL SQL PQL PLG CRM SaaS SDRs BDRs AEs',
  },
  {
    words: /\b(?:marketing|growth|brand|demand gen|cmo)/i,
    acronyms: 'SEO SEM PPC CTR CPC CPM CPA ROAS MQL ABM CAC CRO UGC CRM',
  },
  {
    words: /\b(?:cto|cio|it|devops|infrastructure|developer|software|platform|technology|tech)\b/i,
    acronyms: 'API SSO SAML AWS GCP CI CD SRE SLA MTTR VPN DNS SaaS REST SDK',
  },
  {
    words: /\b(?:hr|people|talent|recruit|hiring|human resources|staffing)/i,
    acronyms: 'ATS HRIS PTO CV CVs DEI EOR RTO',
  },
  {
    words:
      /\b(?:logistics|fleet|freight|warehouse|supply chain|haulage|terminal|transport|shipping|distribution|courier)/i,
    acronyms: '3PL WMS TMS ETA POD LTL FTL EDI HGV OTIF SKU ELD',
  },
  {
    words:
      /\b(?:construction|builders?|building|contractor|site manager|project manager|foreman|civil)/i,
    acronyms: 'RFI BIM CDM RAMS QS HSE',
  },
  {
    words: /\b(?:school|bursar|principal|teacher|academy|college|education)/i,
    acronyms: 'SEN SENCO MIS GCSE DfE Ofsted',
  },
];

const NO_ACRONYMS: ReadonlySet<string> = new Set();
/** Per title-and-company: the sidebar asks again on every keystroke for the same recipient. */
const tradeCache = new Map<string, ReadonlySet<string>>();

/** The acronyms of the recipient's trade, from their title and company. */
function tradeAcronyms(draft: Draft): ReadonlySet<string> {
  const r = draft.context.recipient;
  if (r === undefined || (r.title === undefined && r.company === undefined)) return NO_ACRONYMS;
  const about = `${r.title ?? ''} ${r.company ?? ''}`;
  let known = tradeCache.get(about);
  if (known === undefined) {
    known = computeTradeAcronyms(r.title, r.company);
    if (tradeCache.size >= 64) tradeCache.clear();
    tradeCache.set(about, known);
  }
  return known;
}

function computeTradeAcronyms(title: string | undefined, company: string | undefined): Set<string> {
  const r = { title, company };
  const out = new Set<string>();
  const about = `${r.title ?? ''} ${r.company ?? ''}`;
  for (const t of TRADES) {
    if (t.words.test(about)) for (const a of t.acronyms.split(' ')) out.add(a.toUpperCase());
  }
  // Their own company's initials ("IBM", "KPMG") are theirs too.
  for (const w of `${r.company ?? ''} ${r.title ?? ''}`.split(/[^\p{L}\p{N}&]+/u)) {
    if (/^[A-Z0-9&]{2,6}$/.test(w)) out.add(w);
  }
  return out;
}

/** Ordinary words typed in capitals for emphasis are shouting, not acronyms. */
const SHOUTED_WORDS = new Set(
  (
    'A AN THE AND OR BUT NOT NO YES ALL ANY FOR YOU YOUR WE OUR ME MY IS ARE WAS BE TO OF IN ON ' +
    'AT BY IT SO DO GO UP NOW NEW FREE ONLY JUST VERY BIG HUGE HOT WOW HEY HI THIS THAT WHY HOW ' +
    'WHAT WHO ONE TWO MORE MOST BEST LAST NEXT TODAY SAVE HELP NEED MUST READ NOTE'
  ).split(' '),
);

/** 2–6 capitals, optionally a plural "s": "ARR", "KPIs", "RevPAR" is matched separately. */
const ACRONYM = /^([A-Z][A-Z0-9]{1,5})s?$/;
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
 * common ones (CEO, VP, US, EU, OK, PDF, API, ROI, KPI, CRM…), not of the
 * reader's own trade (their title or company says which: FNOL for a claims
 * director, EBITDA for a CFO), not part of a shouted phrase, and not spelt
 * out in the draft as "Full Name (ABC)". One or two warn; three or more
 * fail. Buzzwords in the subject count too.
 */
export const jargon: Rule = {
  id: 'jargon',
  title: "The customer's language",
  modes: ALL_MODES,
  cost: { fail: 16, warn: 6 },
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
      'methodology|methodologies',
      'utilise|utilises|utilize|utilizes|utilising|utilizing',
      'optimisation|optimization',
      'operational excellence|optimisation|optimization',
      'stakeholder alignment',
      'harmonisation|harmonization',
      'transformation framework|journey|journeys',
      'value proposition',
      'unlock|unlocks next-level|value|efficiencies|potential|growth',
      'next-level',
      'supercharge|supercharges|turbocharge',
      'cloud-native|ai-driven|ai-first|data-driven',
      'revolutionary|revolutionize|revolutionise',
      'frictionless',
      'mission-driven',
      'forward-thinking',
      'at scale',
      'white-glove',
      'interoperability',
      'holistically',
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
      // As many buzzwords as the message quotes: "'robust' is…", "'robust', 'synergy' are…".
      const quoted = q.split("', '").length;
      const inSubject =
        subjectBuzz.length > 0 && buzz.length > 0 ? ' (your subject has one too)' : '';
      parts.push(
        `${q} ${quoted === 1 ? 'is a buzzword' : 'are buzzwords'}${inSubject}: say it the way they would — what it does for them.`,
      );
    }
    if (acronyms.length > 0) {
      const one = quoteList(body, acronyms).split("', '").length === 1;
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
  const theirs = tradeAcronyms(draft);
  for (let k = 0; k < starts.length; k++) {
    const c = body.charCodeAt(starts[k]);
    if (draft.sentenceOfWord[k] < 0) continue; // the greeting: "Hi JP,"
    if (c < 65 || c > 90 || ends[k] - starts[k] > 7) continue;
    const m = ACRONYM.exec(body.slice(starts[k], ends[k]));
    if (m === null) continue;
    const word = m[1];
    if (KNOWN_ACRONYMS.has(word) || SHOUTED_WORDS.has(word) || theirs.has(word)) continue;
    if (draft.readerNameHits.some((h) => h.first <= k && k <= h.last)) continue;
    if (draft.ownNameHits.some((h) => h.first <= k && k <= h.last)) continue;
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
