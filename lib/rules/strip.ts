/**
 * What of a draft the rules read. An email is checked without its signature
 * and quoted reply trail (rulebook.md, "Modes"): a rep is judged on what they
 * wrote now, not on the thread below it. The greeting ("Hi Anna,") is not
 * part of the opening the purpose rule reads.
 *
 * We do not use `email-reply-parser` here although it knows these patterns:
 * it imports Node's `module` at load, which throws in the sidebar's browser
 * bundle (seen 2026-03, v2.3.9: "createRequire is not a function"), and it
 * trims and rejoins lines, so its output cannot be mapped back to offsets in
 * the draft. strip.test.ts checks that both agree on typical emails.
 */
import { isSpace } from './text';
import type { Span } from './types';

/** "On Tue, 3 Mar 2026 at 09:14, Zoë <zoe@acme.io> wrote:" (Gmail, Apple Mail). */
const WROTE_LINE = /^\s*On\s.{0,300}\bwrote:\s*$/;
/** Gmail wraps a long "On … wrote:" header over two lines. */
const ON_START = /^\s*On\s/;
const WROTE_END = /\bwrote:\s*$/;
/** Outlook and Gmail forward/reply separators. */
const TRAIL_SEPARATOR =
  /^\s*(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|Begin forwarded message:)\s*$/i;
/** An Outlook reply header starts "From: …" followed by "Sent:"/"Date:"/"To:". */
const FROM_HEADER = /^\s*(?:\*\s*)?From:\s/;
const HEADER_FIELD = /^\s*(?:\*\s*)?(?:Sent|Date|To|Subject|Cc):/;
/** "-- " is the standard signature delimiter; "--" and "__" are how people type it. */
const SIGNATURE_DELIMITER = /^(?:--|__+)\s*$/;
/** Mobile footers. */
const DEVICE_FOOTER = /^\s*(?:Sent from (?:my\s)?\S|Get Outlook for\s)/;
/** A line that is only a sign-off, optionally with the rep's name: "Best,", "Thanks, Zoë". */
const SIGN_OFF =
  /^\s*(?:best(?: regards| wishes)?|kind regards|warm(?:est)? regards|regards|many thanks|thanks(?: again| so much| a lot)?|thank you(?: so much)?|thx|cheers|sincerely|yours(?: sincerely| truly)?|all the best|talk soon|speak soon|warmly|with thanks|respectfully|take care)(?![\p{L}\p{N}])/iu;
/** What may follow a sign-off on its line: punctuation and up to four capitalised name words. */
const SIGN_OFF_REST =
  /^[\s,.!—–-]*(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})?[\s!.]*$/u;
/** A postscript after the signature is still the rep's message. */
const POSTSCRIPT = /^\s*P\.?\s?S\.?(?:[\s:,-]|$)/i;
const QUOTED_LINE = /^\s*>/;

/** First characters of every line pattern above (sign-offs start with one of these letters). */
const MAY_START_PATTERN = new Set('>-_*OBFSGbkwrmtcsyawBKWRMTCSYA');

export interface Stripped {
  /**
   * The text the rules read: the draft with its signature, quoted lines and
   * reply trail blanked out by spaces (line breaks kept), so every offset in
   * it is an offset in the draft. It may be shorter than the draft, never longer.
   */
  body: string;
}

/** Blanks the signature and quoted reply trail of an email draft, keeping offsets. */
export function stripEmail(text: string): Stripped {
  const masks: Span[] = [];
  let cut = text.length;
  let bodySeen = false;
  let inSignature = false;
  let lineStart = 0;
  while (lineStart < text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    const next = nl + 1;
    // Most lines are plain prose: only lines starting with a character some
    // pattern starts with are tested against the patterns.
    let first = lineStart;
    while (first < nl && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (first === nl || (text.charCodeAt(first) === 13 && first + 1 === nl)) {
      if (inSignature) masks.push({ start: lineStart, end: nl });
      lineStart = next;
      continue;
    }
    if (!MAY_START_PATTERN.has(text[first]) && !inSignature) {
      bodySeen = true;
      lineStart = next;
      continue;
    }
    const line = text.slice(lineStart, nl);
    if (isTrailStart(text, line, next)) {
      cut = lineStart;
      break;
    }
    if (QUOTED_LINE.test(line)) {
      masks.push({ start: lineStart, end: nl });
    } else if (bodySeen && SIGNATURE_DELIMITER.test(line)) {
      cut = lineStart;
      break;
    } else if (inSignature && POSTSCRIPT.test(line)) {
      inSignature = false;
    } else if (DEVICE_FOOTER.test(line) || (bodySeen && isSignOff(line))) {
      inSignature = true;
      masks.push({ start: lineStart, end: nl });
    } else if (inSignature) {
      masks.push({ start: lineStart, end: nl });
    } else {
      bodySeen = true;
    }
    lineStart = next;
  }
  let body = text.slice(0, cut);
  if (masks.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const m of masks) {
      if (m.start >= cut) break;
      const end = Math.min(m.end, cut);
      parts.push(body.slice(at, m.start), ' '.repeat(end - m.start));
      at = end;
    }
    parts.push(body.slice(at));
    body = parts.join('');
  }
  return { body };
}

function isSignOff(line: string): boolean {
  // A sign-off line is short; the length cap also keeps the regexes linear.
  if (line.length > 80) return false;
  const m = SIGN_OFF.exec(line);
  return m !== null && SIGN_OFF_REST.test(line.slice(m[0].length));
}

function isTrailStart(text: string, line: string, next: number): boolean {
  if (WROTE_LINE.test(line) || TRAIL_SEPARATOR.test(line)) return true;
  if (ON_START.test(line) && line.length < 300) {
    const following = nextLine(text, next);
    if (following !== null && WROTE_END.test(following)) return true;
  }
  if (FROM_HEADER.test(line)) {
    const following = nextLine(text, next);
    if (following !== null && HEADER_FIELD.test(following)) return true;
  }
  return false;
}

function nextLine(text: string, start: number): string | null {
  if (start >= text.length) return null;
  let nl = text.indexOf('\n', start);
  if (nl < 0) nl = text.length;
  return text.slice(start, Math.min(nl, start + 400));
}

/** "Hi", "Dear", "Good morning"… opening the first line. */
const GREETING_WORD =
  /(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|hallo|hej|hola|bonjour|ciao|salut|yo)(?![\p{L}\p{N}\p{M}])/iuy;
/** A bare name line: "Anna,", "Zoë Łukasiewicz —". */
const NAME_LINE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}[ \t]*[,!—–]$/u;
/** Words after "Hey" that still belong to the greeting. */
const GREETING_FILLERS = new Set([
  'there',
  'team',
  'all',
  'everyone',
  'folks',
  'guys',
  'both',
  'and',
  '&',
]);
const GREETING_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st']);
/** Capitalised words that start the message, not a name: "Hi This is Zoë", "Hey I saw…". */
const NOT_A_NAME = new Set(
  (
    "i i'm i’m i've i'd i'll this it's it’s its my we we're our just quick hope thanks thank how " +
    'what are do did can could would will please your you sorry following congrats congratulations ' +
    'great loved saw so the a'
  ).split(' '),
);
/** One word after the greeting word: a name, a title, "there". */
const NAME_WORD = /[ \t]+([\p{L}\p{M}&][\p{L}\p{M}'’.-]*)/uy;
const CLOSING_MARKS = new Set([',', '!', ':', '—', '–', '-', '?', '.']);
const MAX_NAME_WORDS = 4;

/**
 * The greeting opening `s` at or after `from` ("Hi Anna,", "Hey there —",
 * "Dear Dr. Müller,", "Hi Oluwaseun 👋"), or null. Only the first non-blank
 * line can hold one: a greeting word, up to four name words, and the mark
 * (or emoji) after them.
 */
export function findGreeting(s: string, from = 0): Span | null {
  let ls = from;
  while (ls < s.length && isSpace(s.charCodeAt(ls))) ls++;
  if (ls >= s.length) return null;
  let le = s.indexOf('\n', ls);
  if (le < 0) le = s.length;
  while (le > ls && isSpace(s.charCodeAt(le - 1))) le--;

  GREETING_WORD.lastIndex = ls;
  if (GREETING_WORD.test(s) && GREETING_WORD.lastIndex <= le) {
    let end = GREETING_WORD.lastIndex;
    for (let k = 0; k < MAX_NAME_WORDS; k++) {
      NAME_WORD.lastIndex = end;
      const m = NAME_WORD.exec(s);
      if (m === null || NAME_WORD.lastIndex > le) break;
      const word = m[1];
      const lower = word.toLowerCase();
      const capital = word[0] !== lower[0];
      if (capital ? NOT_A_NAME.has(lower) : !GREETING_FILLERS.has(lower)) break;
      if (word.endsWith('.') && !GREETING_TITLES.has(lower.slice(0, -1))) {
        // "Hi Anna." ends the greeting with its full stop.
        return { start: ls, end: NAME_WORD.lastIndex };
      }
      end = NAME_WORD.lastIndex;
    }
    // The mark after the name ("," "!" " —"), or an emoji or two.
    let p = end;
    while (p < le && (s[p] === ' ' || s[p] === '\t')) p++;
    if (p < le && CLOSING_MARKS.has(s[p])) {
      p++;
      while (p < le && (s[p] === '-' || s[p] === '—')) p++;
      return { start: ls, end: p };
    }
    let q = p;
    while (q < le && q < p + 6 && !isSpace(s.charCodeAt(q)) && !/[\p{L}\p{N}]/u.test(s[q])) q++;
    return { start: ls, end: q > p ? q : end };
  }
  if (le - ls <= 60 && NAME_LINE.test(s.slice(ls, le))) return { start: ls, end: le };
  return null;
}
