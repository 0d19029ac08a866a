import type { Draft } from './draft';
import { ALL_MODES, type Rule, type RuleResult } from './rule';
import { isSpace, plural } from './text';
import type { Span, Status } from './types';

const RANK: Record<Status, number> = { pass: 0, info: 1, warn: 2, fail: 3 };

/**
 * 3. `length` — short.
 *
 * "Keep concise the information about YOU and YOUR COMPANY." "Communicated
 * in a way that it grabs the attention of the prospect quickly and
 * communicates that you will not waste their time." Email: ≤ 125 words (warn
 * above, fail above 200). Voicemail: ≤ 30 s at the rep's rate (warn above,
 * fail above 45 s). LinkedIn: ≤ 300 characters (warn above), more than 100
 * words fails, and a connection note over 300 characters fails (LinkedIn
 * refuses it). Any sentence over 30 words warns. All thresholds are options.
 */
export const length: Rule = {
  id: 'length',
  title: 'Short',
  modes: ALL_MODES,
  cost: { fail: 30, warn: 10 },
  capsScore: true,
  check(draft) {
    const overall =
      draft.mode === 'email'
        ? email(draft)
        : draft.mode === 'voicemail'
          ? voicemail(draft)
          : linkedin(draft);
    const long = longSentences(draft);
    if (long === null) return overall;
    if (RANK[overall.status] >= RANK.warn) {
      return {
        ...overall,
        message: `${overall.message} Also, ${long.message}`,
        spans: [...overall.spans, ...long.spans],
      };
    }
    return {
      status: 'warn',
      message: `${overall.message} But ${long.message}`,
      spans: long.spans,
    };
  },
};

/** From the first word past `limit` words to the end of the last word. */
function wordsPast(draft: Draft, limit: number): Span[] {
  const { starts, ends } = draft.words;
  if (limit >= starts.length) return [];
  return [{ start: starts[limit], end: ends[ends.length - 1] }];
}

function email(draft: Draft): RuleResult {
  const { emailWarnWords, emailFailWords } = draft.options;
  const n = draft.wordCount;
  if (n > emailFailWords) {
    return {
      status: 'fail',
      message: `${plural(n, 'word')} is far too long to read at a glance: cut to ${emailWarnWords} or fewer — keep what they get, drop what you do.`,
      spans: wordsPast(draft, emailWarnWords),
    };
  }
  if (n > emailWarnWords) {
    return {
      status: 'warn',
      message: `${plural(n, 'word')} is on the long side: cut ${n - emailWarnWords} to get under ${emailWarnWords} — start with the parts about you and your company.`,
      spans: wordsPast(draft, emailWarnWords),
    };
  }
  return {
    status: 'pass',
    message: `${plural(n, 'word')}: short enough to read in one glance.`,
    spans: [],
  };
}

function voicemail(draft: Draft): RuleResult {
  const { voicemailWarnSeconds, voicemailFailSeconds, wordsPerMinute } = draft.options;
  const secs = draft.speakingSeconds;
  const wordsAtWarn = Math.floor((voicemailWarnSeconds * wordsPerMinute) / 60);
  const timing = `about ${secs} s at ${wordsPerMinute} words a minute`;
  if (secs > voicemailFailSeconds) {
    return {
      status: 'fail',
      message: `This runs ${timing}: they'll delete it before the end. Cut to ${voicemailWarnSeconds} s (${wordsAtWarn} words): the benefit, how it helps, how easy it is.`,
      spans: wordsPast(draft, wordsAtWarn),
    };
  }
  if (secs > voicemailWarnSeconds) {
    return {
      status: 'warn',
      message: `This runs ${timing}: trim it to ${voicemailWarnSeconds} s (${wordsAtWarn} words) so they hear you out.`,
      spans: wordsPast(draft, wordsAtWarn),
    };
  }
  return {
    status: 'pass',
    message: `This runs ${timing}: short enough to be heard out.`,
    spans: [],
  };
}

function linkedin(draft: Draft): RuleResult {
  const { linkedinWarnChars, linkedinFailWords, connectionNoteMaxChars } = draft.options;
  const { body } = draft;
  let start = 0;
  let end = body.length;
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  const chars = end - start;
  const charsPast = (limit: number): Span[] => {
    let at = start + limit;
    // Never split an emoji's surrogate pair.
    const c = body.charCodeAt(at);
    if (c >= 0xdc00 && c <= 0xdfff) at--;
    return at < end ? [{ start: at, end }] : [];
  };
  if (draft.connectionNote && chars > connectionNoteMaxChars) {
    return {
      status: 'fail',
      message: `${plural(chars, 'character')}: LinkedIn cuts connection notes at ${connectionNoteMaxChars}. Cut ${chars - connectionNoteMaxChars} — one line on why, one on what they get.`,
      spans: charsPast(connectionNoteMaxChars),
    };
  }
  if (draft.wordCount > linkedinFailWords) {
    return {
      status: 'fail',
      message: `${plural(draft.wordCount, 'word')} is an essay on LinkedIn: cut to under ${linkedinFailWords} words, ideally ${linkedinWarnChars} characters.`,
      spans: wordsPast(draft, linkedinFailWords),
    };
  }
  if (chars > linkedinWarnChars) {
    return {
      status: 'warn',
      message: `${plural(chars, 'character')}: a phone shows about ${linkedinWarnChars} without scrolling. Cut ${chars - linkedinWarnChars}.`,
      spans: charsPast(linkedinWarnChars),
    };
  }
  return {
    status: 'pass',
    message: `${plural(chars, 'character')}: fits on a phone screen without scrolling.`,
    spans: [],
  };
}

function longSentences(draft: Draft): RuleResult | null {
  const limit = draft.options.sentenceWarnWords;
  const spans: Span[] = [];
  let longest = 0;
  for (const s of draft.sentences) {
    if (s.words > limit) {
      spans.push({ start: s.start, end: s.end });
      longest = Math.max(longest, s.words);
    }
  }
  if (spans.length === 0) return null;
  const which =
    spans.length === 1
      ? `one sentence runs ${longest} words`
      : `${spans.length} sentences run over ${limit} words (the longest ${longest})`;
  return {
    status: 'warn',
    message: `${which}: split ${spans.length === 1 ? 'it' : 'them'} so each says one thing.`,
    spans,
  };
}
