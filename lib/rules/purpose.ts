import { hitsIn, spansOf } from './draft';
import { ALL_MODES, type Rule } from './rule';
import { reasonIn } from './signals';
import { byStart, quote, quoteList } from './text';

/** A subject that is itself a check-in: "Following up", "Re: touching base". */
const CHECK_IN_SUBJECT =
  /^(?:\s*(?:re|fwd?|aw|wg)\s*:)*\s*(?:just\s+)?(?:checking\s+in|check(?:ing)?[\s-]in|following\s+up|follow(?:ing)?[\s-]up|touching\s+base|touch\s+base|circling\s+back|bump(?:ing)?(?:\s+this)?|any\s+updates?|hi|hello|hey|hi\s+there|quick\s+(?:check-in|follow-up|question))[\s!.?…]*$/i;

/**
 * 1. `purpose` — the purpose is stated, early.
 *
 * "State clearly the purpose for your call." "Never make a call without a
 * purpose … Don't make a call to 'just check in'." The opening (first two
 * sentences after the greeting) must say why the reader is being contacted.
 * A check-in or pleasantry with no reason behind it fails; a check-in in
 * front of a real reason warns (it undersells the reason); a pleasantry in
 * front of one is fine. The subject line is read too: a check-in subject warns.
 */
export const purpose: Rule = {
  id: 'purpose',
  title: 'Purpose stated early',
  modes: ALL_MODES,
  weight: 3,
  check(draft) {
    const { opening, body, subject } = draft;
    const subjectCheckIn = subject.length <= 200 && CHECK_IN_SUBJECT.test(subject);
    const quotedSubject = quote(subject, { start: 0, end: subject.length });
    const subjectNote = subjectCheckIn
      ? ` Your subject line ${quotedSubject} is a check-in too: name what they get.`
      : '';
    if (opening.length === 0) {
      return {
        status: 'fail',
        message: `There's no opening yet: start with why you're writing — the outcome they get.${subjectNote}`,
        spans: [],
      };
    }
    const from = draft.sentences.indexOf(opening[0]);
    const to = from + opening.length;
    const checkIns = hitsIn(draft, 'checkIn', from, to);
    const pleasantries = hitsIn(draft, 'pleasantry', from, to);
    const reason = reasonIn(draft, opening);
    const start = opening[0].start;
    const end = opening[opening.length - 1].end;

    if (reason === null) {
      const fillers = [...checkIns, ...pleasantries].toSorted(byStart);
      if (fillers.length > 0) {
        const kind = checkIns.length > 0 ? 'a check-in' : 'a pleasantry with nothing behind it';
        return {
          status: 'fail',
          message: `Your opener is ${kind} (${quoteList(body, fillers)}): say why you're writing — the outcome they get.${subjectNote}`,
          spans: spansOf(fillers),
        };
      }
      return {
        status: 'warn',
        message: `Your opening (${quote(body, opening[0])}) doesn't say why you're writing: lead with the reason or the outcome they get.${subjectNote}`,
        spans: [{ start, end }],
      };
    }
    if (checkIns.length > 0) {
      return {
        status: 'warn',
        message: `${quoteList(body, checkIns)} undersells your reason: drop it and lead with why you're writing.${subjectNote}`,
        spans: spansOf(checkIns),
      };
    }
    if (subjectCheckIn) {
      return {
        status: 'warn',
        message: `Your opening says why you're writing, but your subject ${quotedSubject} is a check-in: put the reason there too.`,
        spans: [],
      };
    }
    return { status: 'pass', message: "Your opening says why you're writing.", spans: [reason] };
  },
};
