import { describe, expect, it } from 'vitest';
import type { Touch } from '@/lib/db/model';
import { fingerprintOf } from './fingerprint';
import { followUpMemory } from './followUpMemory';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 12, 9); // 12 Nov 2026
const FIRST =
  'Hi Dana, Acme is hiring three AP clerks, so month-end close must be hurting. Teams like yours cut it from six days to two with Ledgerly. Would a 15-minute call on Thursday work?';
const REWRITTEN =
  'Hi Dana, one thing I left out: Fabrikam matched invoices daily and closed in two days. I wrote up what they changed on one page. Shall I send it over, or is close no longer the bottleneck?';

let id = 0;
const touch = (t: Partial<Touch> & Pick<Touch, 'channel' | 'direction' | 'at'>): Touch => ({
  id: ++id,
  contactId: 1,
  source: 'auto',
  ...t,
});
const sent = (at: number, text?: string) =>
  touch({
    channel: 'email',
    direction: 'out',
    at,
    ...(text && { fingerprint: fingerprintOf(text)! }),
  });

describe('followUpMemory', () => {
  it('warns when the draft repeats the last email, with its date', () => {
    const m = followUpMemory(
      [sent(T0, FIRST)],
      fingerprintOf(FIRST.replace('Thursday', 'Tuesday')),
    );
    expect(m.repeats).toEqual({ at: T0, similarity: expect.any(Number) });
    expect(m.repeats!.similarity).toBeGreaterThan(0.8);
  });

  it('stays quiet for a re-written follow-up, a short nudge, or a last email without a fingerprint', () => {
    expect(followUpMemory([sent(T0, FIRST)], fingerprintOf(REWRITTEN)).repeats).toBeNull();
    expect(followUpMemory([sent(T0, FIRST)], null).repeats).toBeNull();
    expect(followUpMemory([sent(T0)], fingerprintOf(FIRST)).repeats).toBeNull();
  });

  it('compares with the last email only, not an older one', () => {
    const touches = [sent(T0, FIRST), sent(T0 + 7 * DAY, REWRITTEN)];
    expect(followUpMemory(touches, fingerprintOf(FIRST)).repeats).toBeNull();
    expect(followUpMemory(touches, fingerprintOf(REWRITTEN)).repeats?.at).toBe(T0 + 7 * DAY);
  });

  it('counts the follow-ups since their last reply, notes left out', () => {
    const touches = [
      sent(T0),
      touch({ channel: 'email', direction: 'in', at: T0 + DAY }),
      sent(T0 + 2 * DAY),
      touch({ channel: 'call', direction: 'out', at: T0 + 5 * DAY, outcome: 'voicemail' }),
      touch({ channel: 'note', direction: 'out', at: T0 + 6 * DAY }),
      sent(T0 + 9 * DAY),
    ];
    // Newest first, as history() gives them: the order does not matter.
    expect(followUpMemory(touches.toReversed(), null)).toMatchObject({
      followUp: 3,
      lastReplyAt: T0 + DAY,
      answersReply: false,
    });
  });

  it('knows a first email and an answer to their reply', () => {
    expect(followUpMemory([], null)).toMatchObject({ followUp: 0, answersReply: false });
    const replied = [sent(T0), touch({ channel: 'linkedin', direction: 'in', at: T0 + DAY })];
    expect(followUpMemory(replied, null)).toMatchObject({ followUp: 0, answersReply: true });
  });
});
