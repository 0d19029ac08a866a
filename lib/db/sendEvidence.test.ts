import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '@/lib/fingerprint/fingerprint';
import { checkDraft } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { handleMessage } from './handleMessage';
import { isRuleStatuses, parseRuleStatuses, ruleStatusesOf } from './ruleStatuses';
import { scoredBy } from './sendEvidence';
import { freshDb } from './testing';

const settings = DEFAULT_SETTINGS;
const BODY = `Hi Anna,

You told me month-end close takes your team six days. Teams like yours at Globex cut it to two.

Worth 15 minutes on Thursday?

Riley`;

describe('what a send keeps of its draft', () => {
  it('stores each rule’s status and the fingerprint with the touch, never the text', async () => {
    const db = freshDb();
    await handleMessage(
      db,
      {
        type: 'touch.emailSent',
        recipients: ['anna@globex.com'],
        subject: 'Month-end close in two days',
        text: BODY,
        externalId: 'gmail-send-1',
      },
      settings,
    );
    const report = checkDraft(
      { mode: 'email', text: BODY, subject: 'Month-end close in two days' },
      settings.rules,
    );
    const [touch] = await db.touches.toArray();
    expect(touch).toMatchObject({ score: report.score, fingerprint: fingerprintOf(BODY) });
    expect(parseRuleStatuses(touch!.ruleStatuses!)).toEqual(
      new Map(report.checks.map((c) => [c.id, c.status])),
    );
    const stored = JSON.stringify(touch);
    for (const words of ['six days', 'Globex', 'Thursday']) expect(stored).not.toContain(words);
  });

  it('keeps the statuses of a LinkedIn message too', async () => {
    const db = freshDb();
    const text =
      'Anna, saw your post on closing faster. Teams like yours cut close to two days. Open to a chat?';
    await handleMessage(
      db,
      { type: 'touch.linkedinSent', name: 'Anna Berg', text, externalId: 'li-1' },
      settings,
    );
    const [touch] = await db.touches.toArray();
    expect(touch!.ruleStatuses).toBe(
      ruleStatusesOf(checkDraft({ mode: 'linkedin', text }, settings.rules)),
    );
  });

  it('keeps no statuses for a draft without a score, and nothing when the engine throws', () => {
    expect(
      scoredBy(() => ({ score: null, checks: [{ id: 'purpose', status: 'fail' as const }] })),
    ).toEqual({});
    expect(
      scoredBy(() => {
        throw new Error('engine broke');
      }),
    ).toEqual({});
  });
});

describe('ruleStatusesOf', () => {
  it('writes one letter per check, in the report’s order', () => {
    const checks = [
      { id: 'purpose', status: 'pass' },
      { id: 'length', status: 'fail' },
      { id: 'ask', status: 'warn' },
      { id: 'no-free-trial', status: 'info' },
    ] as const;
    const s = ruleStatusesOf({ checks })!;
    expect(s).toBe('purpose:p length:f ask:w no-free-trial:i');
    expect(isRuleStatuses(s)).toBe(true);
    expect([...parseRuleStatuses(s)]).toEqual(checks.map((c) => [c.id, c.status]));
  });

  it('refuses what it would not write', () => {
    for (const bad of ['', 'purpose', 'purpose:x', 'Purpose:p', 'purpose:p  ask:w', 'a:p;b:f']) {
      expect(isRuleStatuses(bad)).toBe(false);
    }
    expect(ruleStatusesOf({ checks: [] })).toBeUndefined();
  });
});
