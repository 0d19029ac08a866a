import type { Draft } from './draft';
import type { Rule } from './rule';
import { subjectNamesOutcome, voices } from './signals';
import { isCapitalAt, quote, words as splitWords } from './text';

/** Above this many characters the subject is cut off in an inbox. */
const MAX_CHARS = 60;
/** Above this many words the subject is a sentence, not a headline. */
const MAX_WORDS = 8;

/** "Re:", "Fwd:", "AW:", "SV:" in front of a subject. */
const PREFIX = /^(?:\s*(?:re|fwd?|aw|wg|sv|vs|tr|rif|antw|odp|ynt|ha)\s*(?:\[\d+\])?\s*[:：])+\s*/i;

/**
 * Subjects that say nothing about the reader: check-ins and stock openers.
 * Compared on the subject's words, so "Quick question!" and "quick
 * question?" both match.
 */
const EMPTY_SUBJECTS = new Set(
  [
    'checking in',
    'just checking in',
    'check in',
    'check-in',
    'quick check-in',
    'quick check in',
    'following up',
    'follow up',
    'follow-up',
    'quick follow-up',
    'quick follow up',
    'just following up',
    'touching base',
    'touch base',
    'circling back',
    'bump',
    'bumping',
    'bumping this',
    'any update',
    'any updates',
    'update',
    'quick question',
    'a quick question',
    'question',
    'one question',
    'quick one',
    'quick call',
    'quick chat',
    'quick note',
    'hi',
    'hello',
    'hey',
    'hi there',
    'hello there',
    'greetings',
    'intro',
    'introduction',
    'quick intro',
    'meeting',
    'meeting request',
    'call',
    'call request',
    'connect',
    "let's connect",
    'lets connect',
    'reconnect',
    "let's chat",
    'chat',
    'opportunity',
    'partnership',
    'partnership opportunity',
    'collaboration',
    'idea',
    'an idea',
    'a thought',
    'thoughts',
    'thoughts?',
    'hello from',
    'following up on my last email',
    'following up on my email',
    'following up on my previous email',
    'did you get my email',
    'did you see my email',
    'time to chat',
    '15 minutes',
    'a few minutes',
  ].map((s) => splitWords(s).lower.join(' ')),
);

/** Words that make a subject about the sender: "Acme introduction", "Our new platform". */
const SENDER_WORDS = new Set(
  'introduction introducing intro our introduce announcing launching meet'.split(' '),
);
/** "Hi from FixFlow", "Hello from Acme": a greeting from the sender. */
const HELLO_FROM = /^(?:hi|hello|hey|greetings|news|an update|update) from\b/;
/** Price or pressure in the subject: the open is bought with a deal. */
const DEAL =
  /\b(?:pricing|price|prices|discount|discounts|\d+\s?% off|deal|deals|offer|free|save \d+\s?%)\b/i;
const READER_WORDS = new Set(["you|your|you're|yours".split('|')].flat());

/**
 * 10. `subject` — (email) a subject that earns the open.
 *
 * Warns when the subject is empty, a check-in or stock opener ("Following
 * up", "Checking in", "Quick question"), longer than 60 characters or 8
 * words, or all about the sender ("Acme Corp introduction"). Published reply
 * studies put the best subjects at 3–5 words. A reply keeps its thread's
 * subject ("Re: …"), so that passes; with no subject given at all (the CLI
 * without --subject) there is nothing to judge.
 */
export const subject: Rule = {
  id: 'subject',
  title: 'A subject that earns the open',
  modes: ['email'],
  cost: { warn: 6 },
  check(draft) {
    if (!draft.hasSubject) {
      return {
        status: 'info',
        message: 'No subject line to check: give one (3–5 words on what they get).',
        spans: [],
      };
    }
    const raw = draft.subject;
    const prefix = PREFIX.exec(raw);
    const text = raw.slice(prefix === null ? 0 : prefix[0].length).trim();
    if (prefix !== null && text !== '') {
      return {
        status: 'pass',
        message: "A reply keeps the thread's subject: fine.",
        spans: [],
      };
    }
    if (text === '') {
      return {
        status: 'warn',
        message: 'The subject is empty: give it 3–5 words on what they get.',
        spans: [],
      };
    }
    const w = splitWords(text);
    const joined = w.lower.join(' ');
    const q = quote(text, { start: 0, end: text.length });
    if (
      EMPTY_SUBJECTS.has(joined) ||
      HELLO_FROM.test(joined) ||
      /^(?:just )?(?:checking in|following up|touching base|circling back)\b/.test(joined)
    ) {
      return {
        status: 'warn',
        message: `${q} says nothing about them, so it gets skipped: name what they get, in 3–5 words.`,
        spans: [],
      };
    }
    if (text.length > MAX_CHARS || w.lower.length > MAX_WORDS) {
      return {
        status: 'warn',
        message: `At ${w.lower.length} words (${text.length} characters) the subject gets cut off in the inbox: 3–5 words land best.`,
        spans: [],
      };
    }
    if (DEAL.test(text)) {
      return {
        status: 'warn',
        message: `${q} sells the deal, not what they get: name their outcome instead.`,
        spans: [],
      };
    }
    const aboutSender =
      w.lower.some((x) => SENDER_WORDS.has(x)) ||
      draft.subjectHits('praise').length > 0 ||
      ownNameInSubject(draft.subject, draft.options.ownNames, draft.context.rep) ||
      isSendersBrand(draft, text);
    const aboutReader =
      w.lower.some((x) => READER_WORDS.has(x)) ||
      readerInSubject(draft.subject, draft.context.recipient) ||
      subjectNamesOutcome(draft);
    if (aboutSender && !aboutReader) {
      return {
        status: 'warn',
        message: `${q} is about you: make it about them — their team, their goal, the outcome.`,
        spans: [],
      };
    }
    const short = w.lower.length <= 5 ? '' : ' (3–5 words land best)';
    return { status: 'pass', message: `The subject is short and about them${short}.`, spans: [] };
  },
};

function containsName(subject: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  const n = splitWords(name).lower.join(' ');
  if (n === '') return false;
  return ` ${splitWords(subject).lower.join(' ')} `.includes(` ${n} `);
}

function ownNameInSubject(
  s: string,
  ownNames: readonly string[],
  rep: { names?: string[]; products?: string[] } | undefined,
): boolean {
  const names = [...ownNames, ...(rep?.names ?? []), ...(rep?.products ?? [])];
  return names.some((n) => containsName(s, n));
}

function readerInSubject(
  s: string,
  recipient: { name?: string; company?: string } | undefined,
): boolean {
  if (recipient === undefined) return false;
  const first = recipient.name === undefined ? undefined : recipient.name.split(/\s+/)[0];
  return (
    containsName(s, recipient.company) || containsName(s, recipient.name) || containsName(s, first)
  );
}

/**
 * A subject of one to three capitalised words that the body uses for the
 * sender's own company or product ("NightDesk", "Introducing X"): the
 * subject is their name, not the reader's gain.
 */
function isSendersBrand(draft: Draft, text: string): boolean {
  const w = splitWords(text);
  if (w.lower.length === 0 || w.lower.length > 3) return false;
  if (!w.starts.every((s) => isCapitalAt(text, s))) return false;
  const v = voices(draft);
  const { lower } = draft.words;
  for (let k = 0; k < lower.length; k++) {
    if (!w.lower.includes(lower[k])) continue;
    const i = draft.sentenceOfWord[k];
    if (i >= 0 && v.senderSentences.has(i)) return true;
  }
  return false;
}
