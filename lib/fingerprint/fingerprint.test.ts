import { describe, expect, it } from 'vitest';
import { FINGERPRINT_CHARS, fingerprintOf, isFingerprint, similarity } from './fingerprint';
import { REPEAT_THRESHOLD } from './followUpMemory';

/** A first email, then the ways a rep follows it up. */
const FIRST = `Hi Dana,

Acme is hiring three AP clerks, so month-end close must be hurting. Teams like yours cut it from six days to two with Ledgerly.

Northwind had the same problem last spring. After six weeks their close took two days and nobody stayed late.

Would a 15-minute call on Thursday at 10 work to see if Acme could get the same result?

Riley`;

const SENT_AGAIN = FIRST.replace('Thursday', 'Tuesday');
const BUMPED = FIRST.replace(
  'Acme is hiring',
  'Following up on my note below. Acme is hiring',
).replace('on Thursday at 10', 'next week');
const COPY_PLUS_ONE = FIRST.replace(
  'Riley',
  "One more thing: Fabrikam's controller told us last month that their auditors finished two weeks early because every invoice was matched before close.\n\nRiley",
);
const REWORDED = `Hi Dana,

Quick thought after seeing Acme's new AP roles: when Fabrikam grew their AP team, their controller found the real fix was matching invoices daily instead of at month end.

They now close in two days. I wrote up what they changed in a one-page note, happy to send it over.

Is month-end close still the bottleneck, or has hiring solved it?

Riley`;
const UNRELATED = `Hi Dana,

Congratulations on the Series B announcement this morning. With the new funding, your finance team will likely double before the end of the year.

We put together a checklist of what breaks first in AP when a team doubles. Want me to send it?

Riley`;

const sim = (a: string, b: string) => similarity(fingerprintOf(a)!, fingerprintOf(b)!);

describe('fingerprintOf', () => {
  it('keeps 128 bytes of hashes and none of the words', () => {
    const print = fingerprintOf(FIRST)!;
    expect(print).toHaveLength(FINGERPRINT_CHARS);
    expect(isFingerprint(print)).toBe(true);
    for (const word of ['acme', 'dana', 'ledgerly', 'northwind', 'thursday']) {
      expect(print.toLowerCase()).not.toContain(word);
    }
  });

  it('gives the same fingerprint for the same words, whatever the case, spacing or signature', () => {
    const shouty = FIRST.toUpperCase().replace(/\n\n/g, '\n \n');
    expect(fingerprintOf(shouty)).toBe(fingerprintOf(FIRST));
    expect(fingerprintOf(`${FIRST}\n\n--\nRiley Chen\nLedgerly · +1 555 0100`)).toBe(
      fingerprintOf(FIRST),
    );
  });

  it('reads a reply without the quoted email below it', () => {
    const reply = `${REWORDED}\n\nOn Mon, 3 Mar 2026 at 09:12, Riley <riley@ledgerly.example> wrote:\n> ${FIRST.replace(/\n/g, '\n> ')}`;
    expect(fingerprintOf(reply)).toBe(fingerprintOf(REWORDED));
  });

  it('has nothing to compare in a two-line nudge', () => {
    expect(fingerprintOf('Hi Dana, any news on this? Riley')).toBeNull();
  });

  it('refuses to compare what is not a fingerprint', () => {
    expect(() => similarity('abc', fingerprintOf(FIRST)!)).toThrow('not a fingerprint');
  });
});

describe('similarity', () => {
  it('is 1 for the same email and 0 for an unrelated one', () => {
    expect(sim(FIRST, FIRST)).toBe(1);
    expect(sim(FIRST, UNRELATED)).toBeLessThan(0.05);
  });

  it('puts every re-sent email above the repeat threshold and a re-worded one far below', () => {
    // Exact Jaccard of the 3-word shingle sets, computed once from the texts:
    // sent again 0.91, bumped 0.73, copy plus a paragraph 0.73, re-worded 0.01.
    for (const again of [SENT_AGAIN, BUMPED, COPY_PLUS_ONE]) {
      expect(sim(FIRST, again)).toBeGreaterThan(REPEAT_THRESHOLD);
    }
    expect(sim(FIRST, REWORDED)).toBeLessThan(0.1);
  });

  it('estimates the shared share of shingles within a few standard errors', () => {
    // 0.909 of the shingles are shared with the re-sent copy; 64 hashes give a standard error of 0.036.
    expect(Math.abs(sim(FIRST, SENT_AGAIN) - 0.909)).toBeLessThan(3 * 0.036);
    expect(Math.abs(sim(FIRST, BUMPED) - 0.733)).toBeLessThan(3 * 0.056);
  });
});
