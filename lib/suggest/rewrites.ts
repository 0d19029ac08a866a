/**
 * Candidate rewrites, one family per check, built only from the draft's own
 * words and what the extension knows (the recipient's name and company, the
 * rep's product names, today's date). They are candidates: `suggest` keeps a
 * rewrite only when the engine then passes its check and no other check got
 * worse, so these may be generous.
 */
import type { Check, DraftInput, RuleId } from '@/lib/rules/types';
import { nextWorkingDays } from './slots';
import {
  capitalise,
  closeSentence,
  cut,
  cutAll,
  sentenceAt,
  sentences,
  shortQuote,
  splice,
  type Sentence,
} from './text';
import { ACRONYMS, PLAIN_WORDS, SHORT_WORDS } from './words';

export interface Candidate {
  target: 'body' | 'subject';
  /** The whole new body or subject. */
  value: string;
  label: string;
}

export interface RewriteContext {
  input: DraftInput;
  checks: readonly Check[];
  /** Today in the rep's zone, YYYY-MM-DD. */
  today: string;
  workingDays?: readonly number[];
}

type Generator = (check: Check, ctx: RewriteContext) => Candidate[];

const SIGN_OFF =
  /^(?:thanks|thank you|many thanks|best|best regards|kind regards|regards|warm regards|warmly|cheers|all the best|sincerely|talk soon|speak soon|yours|br|--)\b[^\n]*$/im;

/** Where the body's sign-off starts (its length when there is none). */
function signOffAt(text: string): number {
  const m = SIGN_OFF.exec(text);
  return m ? m.index : text.length;
}

/** The greeting line ("Hi Anna,") is not a sentence to cut or judge. */
function bodySentences(text: string): Sentence[] {
  const end = signOffAt(text);
  return sentences(text).filter(
    (s) =>
      s.start < end &&
      !/^(?:hi|hello|hey|dear|good (?:morning|afternoon))\b[^.!?]{0,40},?$/i.test(s.text),
  );
}

const spanSentences = (text: string, check: Check): Sentence[] => {
  const list = bodySentences(text);
  const out: Sentence[] = [];
  for (const span of check.spans) {
    const s = sentenceAt(list, span.start);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
};

const recipientFirst = (ctx: RewriteContext) =>
  ctx.input.context?.recipient?.name?.trim().split(/\s+/)[0];
const company = (ctx: RewriteContext) => ctx.input.context?.recipient?.company?.trim();

// ── purpose ────────────────────────────────────────────────────────────────

/** Verbs of a gain: "could cut", "would save". */
const OUTCOME_VERB =
  /\b(?:cut|save|saves|saved|close|grow|win|stop|spend less|halve|double|reduce|lower|raise|free up|get back|fell|dropped|rose)\b/i;

/** Lines that close a draft; never a purpose to open with. */
const CLOSING =
  /\b(?:looking forward|let me know|hear from you|hearing from you|thanks|thank you|any questions|reach out|get back to me|in touch|talk soon|speak soon|have a great)\b/i;

const purpose: Generator = (check, { input }) => {
  const text = input.text;
  const list = bodySentences(text);
  if (list.length === 0) return [];
  const opening = list.slice(0, 2);
  const flagged = check.spans.length > 0 ? spanSentences(text, check) : [opening[0]];
  const out: Candidate[] = [];
  // The check-in or small talk goes; what follows becomes the opening.
  if (flagged.length > 0 && flagged.length < list.length) {
    out.push({
      target: 'body',
      value: cutAll(text, flagged),
      label: `Cut ${shortQuote(flagged.map((s) => s.text).join(' '), 40)}`,
    });
  }
  // Lead with the draft's own sentence about them.
  const rest = list.filter((s) => !opening.includes(s) && !/\?$/.test(s.text));
  // Their situation or their gain, in the draft's own words: about them, not a close or a
  // call-back, not a sentence that starts with the sender.
  const theirs = rest
    .filter(
      (s) =>
        /\b(?:you|your|you're)\b/i.test(s.text) &&
        (/\d/.test(s.text) || OUTCOME_VERB.test(s.text)) &&
        !CLOSING.test(s.text) &&
        !/^(?:i|we|i'm|we're|i'd|we'd|our|my|please)\b/i.test(s.text),
    )
    .slice(0, 3);
  for (const s of theirs) {
    // `s` comes after the opening, so cutting it first leaves the opening's offsets as they were.
    let value = cutAll(cut(text, s.start, s.end), flagged.slice(1));
    value = splice(value, flagged[0].start, flagged[0].end, s.text);
    out.push({ target: 'body', value, label: `Open with ${shortQuote(s.text)}` });
  }
  return out;
};

// ── benefit ────────────────────────────────────────────────────────────────

/** "We help finance teams close faster." → "Your team can close faster." */
function turnToYou(sentence: string, ctx: RewriteContext): string | null {
  const them = company(ctx) ? `${company(ctx)}` : 'your team';
  const m =
    /^(?:we|i|our (?:team|product|platform|tool|software|service|app)|[A-Z][\w-]+) (?:help|helps|let|lets|enable|enables|allow|allows) (?:[\w-]+ ){0,3}?(?:to )?((?:cut|save|close|find|get|send|book|reach|grow|win|stop|spend|keep|hire|ship|answer|track|see|fix|run|plan|sell|collect|pay|avoid|reduce|lower|raise|double|halve|turn|move|finish|handle|catch|spot|clear)\b.*)$/i.exec(
      sentence.trim(),
    );
  if (m) return `${capitalise(them)} could ${m[1]}`;
  const can = /^(?:we|i) can (.*)$/i.exec(sentence.trim());
  if (can) return `${capitalise(them)} could have us ${can[1]}`;
  return null;
}

const PRAISE =
  /\b(?:award-winning|industry-leading|world-class|leading|innovative|passionate|trusted|premier|unique|proprietary|comprehensive|powerful|top-rated|excellent|outstanding|exceptional|superior|top-notch|amazing|incredible|revolutionary|high-quality|top-quality|cutting-edge|best-in-class)\s+/gi;

const benefit: Generator = (check, ctx) => {
  const text = ctx.input.text;
  const list = bodySentences(text);
  const out: Candidate[] = [];
  const intro =
    list[0] &&
    /\b(?:my name is|my name's|i am|i'm|we are|we're|allow me|let me introduce|reaching out (?:from|on behalf)|here at|excited to|thrilled to|proud to|pleased to)\b/i.test(
      list[0].text,
    )
      ? list[0]
      : undefined;
  let all = text;
  if (intro && list.length > 1) {
    const value = cut(text, intro.start, intro.end);
    out.push({
      target: 'body',
      value,
      label: `Cut the introduction ${shortQuote(intro.text, 40)}`,
    });
    all = value;
  }
  const praised = all.replace(PRAISE, '');
  if (praised !== all) {
    out.push({ target: 'body', value: text.replace(PRAISE, ''), label: 'Drop the self-praise' });
    all = praised;
  }
  // A "we" sentence turned to "you".
  for (const s of bodySentences(all)) {
    const turned = turnToYou(s.text.replace(/[.!]+$/, ''), ctx);
    if (!turned) continue;
    const value = splice(all, s.start, s.end, closeSentence(turned));
    out.push({
      target: 'body',
      value,
      label: `Say it as theirs: ${shortQuote(closeSentence(turned))}`,
    });
    break;
  }
  return out;
};

// ── length ─────────────────────────────────────────────────────────────────

const SPLIT = /,? (?:and|but|so|which|because|while) |; | — | – /g;

/** One long sentence as two, split at the joint nearest its middle. */
function split(sentence: string): string | null {
  const mid = sentence.length / 2;
  let best: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(SPLIT)) {
    if (m.index < 15 || sentence.length - m.index < 15) continue;
    if (!best || Math.abs(m.index - mid) < Math.abs(best.index - mid)) best = m as RegExpExecArray;
  }
  if (!best) return null;
  const head = sentence.slice(0, best.index).replace(/,$/, '');
  const joint = best[0].trim().replace(/^,\s*/, '');
  let tail = sentence.slice(best.index + best[0].length);
  if (joint === 'which') tail = `that ${tail}`;
  else if (joint === 'because') tail = `that's because ${tail}`;
  else if (joint === 'but') tail = `but ${tail}`;
  else if (joint === 'so') tail = `so ${tail}`;
  return `${closeSentence(head)} ${capitalise(tail.trim())}`;
}

const ABOUT_US = /\b(?:we|we're|we've|our|ours|us|i|i'm|i've|my)\b/i;
const ABOUT_THEM = /\b(?:you|your|you're|yours)\b/i;

const length: Generator = (check, ctx) => {
  const text = ctx.input.text;
  const out: Candidate[] = [];
  const list = bodySentences(text);
  // Split each sentence over 30 words.
  let splitAll = text;
  for (const s of list.toReversed()) {
    if (s.text.split(/\s+/).length <= 30) continue;
    const two = split(s.text);
    if (two) splitAll = splice(splitAll, s.start, s.end, two);
  }
  if (splitAll !== text)
    out.push({ target: 'body', value: splitAll, label: 'Split the long sentences' });
  // Cut what is about you: sentences about the sender and not about them, longest first.
  const aboutUs = list
    .slice(1, -1)
    .filter((s) => ABOUT_US.test(s.text) && !ABOUT_THEM.test(s.text) && !/\?$/.test(s.text))
    .toSorted((a, b) => b.text.length - a.text.length);
  for (let n = 1; n <= Math.min(3, aboutUs.length); n++) {
    const cutting = aboutUs.slice(0, n);
    out.push({
      target: 'body',
      value: cutAll(text, cutting),
      label: n === 1 ? `Cut ${shortQuote(cutting[0].text, 40)}` : `Cut ${n} sentences about you`,
    });
  }
  return out;
};

// ── ask ────────────────────────────────────────────────────────────────────

function asks(ctx: RewriteContext): string[] {
  const [d1, d2] = nextWorkingDays(ctx.today, ctx.workingDays);
  const at = company(ctx) ? ` at ${company(ctx)}` : '';
  if (ctx.input.mode === 'voicemail') {
    return [`I'll email you two times for ${d1}.`, `I'll call you again on ${d1} at 10am.`];
  }
  return [
    `Would ${d1} at 10am or ${d2} at 2pm work for a 15-minute call?`,
    `Worth a 15-minute call on ${d1}?`,
    `Are you the right person to talk to about this${at}?`,
  ];
}

const ask: Generator = (check, ctx) => {
  const text = ctx.input.text;
  const list = bodySentences(text);
  const out: Candidate[] = [];
  const questions = list.filter((s) => /\?["'”’)]*$/.test(s.text));
  // Many questions: keep the last, cut the rest.
  if (questions.length >= 3) {
    out.push({
      target: 'body',
      value: cutAll(text, questions.slice(0, -1)),
      label: `Keep one question: ${shortQuote(questions[questions.length - 1].text, 40)}`,
    });
  }
  const vague = spanSentences(text, check);
  for (const line of asks(ctx)) {
    if (vague.length > 0) {
      const last = vague[vague.length - 1];
      const value = cutAll(splice(text, last.start, last.end, line), vague.slice(0, -1));
      out.push({ target: 'body', value, label: `End with ${shortQuote(line)}` });
    } else {
      const last = list[list.length - 1];
      if (!last) continue;
      const value = splice(text, last.end, last.end, ` ${line}`);
      out.push({ target: 'body', value, label: `End with ${shortQuote(line)}` });
    }
  }
  return out;
};

// ── price, urgency: the sentence without its clause ────────────────────────

/** The clause of `s` around offset `at`, between commas, dashes and "and". */
function clauseAround(
  text: string,
  s: Sentence,
  at: number,
): { start: number; end: number } | null {
  const inner = text.slice(s.start, s.end);
  const cuts = [...inner.matchAll(/,\s+|\s+[—–]\s+|;\s+|\s+and\s+|\s+but\s+/g)].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
  }));
  if (cuts.length === 0) return null;
  const before = cuts.filter((c) => c.end <= at).pop();
  const after = cuts.find((c) => c.start >= at);
  if (!before && !after) return null;
  // Cut from the joint before the clause to its end, or from its start to the joint after it.
  if (before) return { start: before.start, end: after ? after.start : s.end - 1 };
  return { start: s.start, end: after!.end };
}

const withoutClauses =
  (what: string): Generator =>
  (check, ctx) => {
    const text = ctx.input.text;
    const out: Candidate[] = [];
    const flagged = spanSentences(text, check);
    if (flagged.length > 0) {
      // The clause alone, keeping the rest of its sentence.
      let value = text;
      for (const span of check.spans.toReversed()) {
        const s = sentenceAt(bodySentences(value), span.start);
        if (!s) continue;
        const clause = clauseAround(value, s, span.start);
        if (!clause) continue;
        value = value.slice(0, clause.start) + value.slice(clause.end);
        const fixed = sentenceAt(bodySentences(value), Math.max(s.start, clause.start - 1));
        if (fixed)
          value = splice(value, fixed.start, fixed.end, closeSentence(capitalise(fixed.text)));
      }
      if (value !== text) out.push({ target: 'body', value, label: `Drop the ${what} clause` });
      if (flagged.length < bodySentences(text).length) {
        out.push({
          target: 'body',
          value: cutAll(text, flagged),
          label:
            flagged.length === 1
              ? `Cut ${shortQuote(flagged[0].text, 40)}`
              : `Cut the ${flagged.length} ${what} sentences`,
        });
      }
    }
    const subject = ctx.input.subject ?? '';
    const dealFree = subject
      .replace(
        /\b\d+\s?%\s*off\b|\b(?:special|exclusive|limited[- ]time)?\s*(?:offer|deal|discount|pricing|price)s?\b|\b(?:save \d+\s?%|free trial|act now|last chance|today only|ends (?:today|friday|soon))\b/gi,
        '',
      )
      .replace(/\s*[-–—:|,]\s*$/, '')
      .replace(/^\s*[-–—:|,]\s*/, '')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (subject && dealFree !== subject && dealFree.split(/\s+/).length >= 2) {
      out.push({
        target: 'subject',
        value: dealFree,
        label: `Subject without the ${what}: ${shortQuote(dealFree)}`,
      });
    }
    return out;
  };

// ── jargon ─────────────────────────────────────────────────────────────────

function plainer(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const span of [...spans].toSorted((a, b) => b.start - a.start)) {
    const word = out.slice(span.start, span.end);
    const lower = word.toLowerCase();
    let plain = PLAIN_WORDS.find(([w]) => w === lower)?.[1];
    if (plain === undefined)
      plain = ACRONYMS[word.toUpperCase().replace(/S$/, 'S')] ?? ACRONYMS[word.toUpperCase()];
    if (plain === undefined) continue;
    if (
      word[0] === word[0].toUpperCase() &&
      word[0] !== word[0].toLowerCase() &&
      plain &&
      !ACRONYMS[word.toUpperCase()]
    ) {
      plain = capitalise(plain);
    }
    let end = span.end;
    let start = span.start;
    if (plain === '') {
      // The word goes with one of the spaces around it.
      if (out[end] === ' ') end++;
      else if (out[start - 1] === ' ') start--;
    }
    out = out.slice(0, start) + plain + out.slice(end);
  }
  return out;
}

const jargon: Generator = (check, ctx) => {
  const text = ctx.input.text;
  const out: Candidate[] = [];
  const value = plainer(text, check.spans);
  if (value !== text) {
    const words = check.spans.map((s) => text.slice(s.start, s.end));
    out.push({
      target: 'body',
      value,
      label: `Plain words for ${words.map((w) => `“${w}”`).join(', ')}`,
    });
  }
  const subject = ctx.input.subject ?? '';
  if (subject) {
    const spans = PLAIN_WORDS.flatMap(([w]) => {
      const i = subject.toLowerCase().indexOf(w);
      return i >= 0 ? [{ start: i, end: i + w.length }] : [];
    });
    const plain = plainer(subject, spans)
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (plain !== subject && plain)
      out.push({ target: 'subject', value: plain, label: `Subject: ${shortQuote(plain)}` });
  }
  return out;
};

// ── proof: the recipe goes ─────────────────────────────────────────────────

const proof: Generator = (check, ctx) => {
  if (check.status !== 'warn') return [];
  const text = ctx.input.text;
  const flagged = spanSentences(text, check);
  if (flagged.length === 0 || flagged.length >= bodySentences(text).length) return [];
  return [
    {
      target: 'body',
      value: cutAll(text, flagged),
      label: 'Cut the step-by-step: keep the how for the call',
    },
  ];
};

// ── subject ────────────────────────────────────────────────────────────────

const STOP_END = /\s+(?:the|a|an|of|to|for|and|or|in|on|at|with|by|your|our|their|from)$/i;

function headline(phrase: string, maxWords = 6): string {
  let words = phrase
    .replace(/[.!?,;:]+$/, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join(' ');
  while (STOP_END.test(words)) words = words.replace(STOP_END, '');
  return capitalise(words);
}

/** The outcome the draft promises, as a short headline: "Close the books in two days". */
function outcomeHeadline(ctx: RewriteContext): string[] {
  const text = ctx.input.text;
  const benefitCheck = ctx.checks.find((c) => c.id === 'benefit');
  const out: string[] = [];
  const list = bodySentences(text);
  // Never a line the price or pressure checks flag, never a question.
  const flaggedBy = ctx.checks
    .filter((c) => (c.id === 'price' || c.id === 'urgency') && c.status !== 'pass')
    .flatMap((c) => c.spans);
  const clean = (s: Sentence) =>
    !/\?/.test(s.text) && !flaggedBy.some((f) => f.start < s.end && f.end > s.start);
  const sources = [
    ...(benefitCheck?.status === 'pass' ? spanSentences(text, benefitCheck) : []),
    ...list.filter((s) => /\d|\b(?:you|your)\b/i.test(s.text)),
  ].filter(clean);
  for (const s of sources) {
    const m =
      /\b(?:could|can|would|will|to)\s+((?:cut|save|close|grow|win|stop|spend less|hire|ship|halve|double|reduce|lower|raise|finish|clear|free up|avoid)\b[^,;.!?]*)/i.exec(
        s.text,
      );
    if (m) {
      const h = headline(m[1].replace(/\s+(?:instead of|as|so|and|which|because)\b.*$/i, ''));
      if (h.split(' ').length >= 3 && !out.includes(h)) out.push(h);
      continue;
    }
    // A figure the draft gives, with the few words before it: "Yard time fell from 74 minutes to 31".
    const figure = /(?:^|[,;:]\s*|\b(?:and|but|so)\s+)([^,;:.!?]{0,40}?\b\d[^,;.!?]*)/.exec(s.text);
    const words = figure?.[1].trim().split(/\s+/) ?? [];
    // Whole: a figure cut off mid-phrase ("booked 23 more new") says nothing.
    if (figure && !ABOUT_US.test(figure[1]) && words.length >= 3 && words.length <= 8) {
      const h = headline(figure[1].replace(/^(?:and|but|so|that|which)\s+/i, ''), 8);
      if (!out.includes(h)) out.push(h);
    }
  }
  return out.slice(0, 2);
}

const subject: Generator = (check, ctx) => {
  const raw = ctx.input.subject ?? '';
  const out: Candidate[] = [];
  const them = company(ctx) ?? recipientFirst(ctx);
  for (const h of outcomeHeadline(ctx)) {
    out.push({ target: 'subject', value: h, label: `Subject: ${shortQuote(h)}` });
    if (them) {
      const named = `${them}: ${h.charAt(0).toLowerCase()}${h.slice(1)}`;
      out.push({ target: 'subject', value: named, label: `Subject: ${shortQuote(named)}` });
    }
  }
  // Too long: its head, cut where the subject itself breaks ("… for Shah Dental Care | this spring …").
  const words = raw.trim().split(/\s+/);
  if (words.length > 8 || raw.length > 60) {
    const cut = /\s+(?:[—–:|-]|with|this|that|so|because|and|by)\s+/i.exec(raw);
    const head = cut ? raw.slice(0, cut.index).trim() : '';
    const n = head.split(/\s+/).length;
    if (head && n >= 2 && n <= 8) {
      out.push({ target: 'subject', value: head, label: `Subject: ${shortQuote(head)}` });
    }
  }
  // About the sender: their own words out, the reader in.
  const products = [
    ...(ctx.input.context?.rep?.products ?? []),
    ...(ctx.input.context?.rep?.names ?? []),
  ];
  let trimmed = raw.replace(
    /\b(?:introduction|introducing|intro|announcing|launching|meet|our|hello from|hi from|news from)\b/gi,
    '',
  );
  for (const p of products) if (p.trim()) trimmed = trimmed.split(p).join('');
  trimmed = trimmed.replace(/[\s:–—-]+/g, ' ').trim();
  if (trimmed !== raw.trim() && trimmed.split(/\s+/).length >= 2 && them) {
    const v = `${trimmed} for ${them}`;
    out.push({ target: 'subject', value: v, label: `Subject: ${shortQuote(v)}` });
  }
  return out;
};

// ── clarity ────────────────────────────────────────────────────────────────

const clarity: Generator = (check, ctx) => {
  const text = ctx.input.text;
  const out: Candidate[] = [];
  const hardest = spanSentences(text, check)[0];
  let value = text;
  if (hardest) {
    const two = split(hardest.text);
    if (two) value = splice(text, hardest.start, hardest.end, two);
  }
  let shorter = value;
  for (const [long, short] of SHORT_WORDS) {
    shorter = shorter.replace(new RegExp(`\\b${long}\\b`, 'gi'), (w) =>
      w[0] === w[0].toUpperCase() ? capitalise(short) : short,
    );
  }
  if (value !== text) out.push({ target: 'body', value, label: 'Split the hardest sentence' });
  if (shorter !== value)
    out.push({ target: 'body', value: shorter, label: 'Split it and use shorter words' });
  return out;
};

export const GENERATORS: Partial<Record<RuleId, Generator>> = {
  purpose,
  benefit,
  length,
  ask,
  price: withoutClauses('price'),
  urgency: withoutClauses('pressure'),
  jargon,
  proof,
  subject,
  clarity,
};
