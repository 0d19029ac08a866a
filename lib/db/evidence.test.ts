import { describe, expect, it } from 'vitest';
import { importJson } from './backup';
import { replyRatesOf } from './evidence';
import { freshDb } from './testing';
import { logTouch } from './touches';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);

/**
 * A backup with 40 scored emails to 40 contacts, 35 days ago, counted by hand:
 * contacts 1–10 scored 90 and passed purpose, 6 of them replied 3 days later;
 * 11–40 scored 50 and failed purpose, 3 replied (one by a call, one by LinkedIn).
 * Plus what must not count: a LinkedIn send, an unscored email, a note "reply",
 * a reply 15 days late, and a send 2 days ago still waiting.
 */
function backup(): string {
  const contacts = Array.from({ length: 42 }, (_, i) => ({
    id: i + 1,
    name: `Contact ${i + 1}`,
    emails: [`c${i + 1}@x.example`],
  }));
  const at = NOW - 35 * DAY;
  const touches: Record<string, unknown>[] = [];
  const out = (contactId: number, score: number, purpose: string, when = at) =>
    touches.push({
      contactId,
      channel: 'email',
      direction: 'out',
      at: when,
      score,
      ruleStatuses: `purpose:${purpose} ask:p`,
    });
  const reply = (contactId: number, channel = 'email', after = 3) =>
    touches.push({ contactId, channel, direction: 'in', at: at + after * DAY });
  for (let c = 1; c <= 10; c++) out(c, 90, 'p');
  for (let c = 11; c <= 40; c++) out(c, 50, 'f');
  for (let c = 1; c <= 6; c++) reply(c);
  reply(11);
  reply(12, 'call');
  reply(13, 'linkedin');
  reply(14, 'note'); // the rep's memo, not a reply
  reply(15, 'email', 15); // too late
  touches.push({ contactId: 41, channel: 'linkedin', direction: 'out', at, score: 95 });
  touches.push({ contactId: 41, channel: 'email', direction: 'out', at });
  out(42, 90, 'p', NOW - 2 * DAY);
  return JSON.stringify({
    format: 'wiifm-backup',
    version: 2,
    contacts,
    touches: touches.map((t, i) => ({ id: i + 1, ...t })),
  });
}

describe('replyRatesOf', () => {
  it('counts the scored emails of the log by band and by rule', async () => {
    const db = freshDb();
    await importJson(db, backup());
    const r = await replyRatesOf(db, NOW);
    expect([r.sent, r.replied, r.waiting, r.enough]).toEqual([40, 9, 1, true]);
    expect(r.bands.map((b) => [b.band, b.sent, b.replied])).toEqual([
      ['85-100', 10, 6],
      ['60-84', 0, 0],
      ['0-59', 30, 3],
    ]);
    const purpose = r.rules.find((x) => x.id === 'purpose')!;
    expect([purpose.pass.replied, purpose.pass.sent]).toEqual([6, 10]);
    expect([purpose.fail.replied, purpose.fail.sent]).toEqual([3, 30]);
    // Newcombe's lower bound for 6/10 − 3/30 is 0.17 > 0: a sure gap.
    expect(r.advice).toMatch(/^Fix purpose first: emails that passed purpose got a reply 60 %/);
  });

  it('answers below 30 with how many more are needed', async () => {
    const db = freshDb();
    await importJson(db, backup());
    await db.touches.where('score').equals(50).delete();
    const r = await replyRatesOf(db, NOW);
    expect([r.enough, r.sent, r.needed, r.waiting]).toEqual([false, 10, 20, 1]);
  });

  it('counts a send logged with its statuses today once its 14 days are over', async () => {
    const db = freshDb();
    await importJson(db, backup());
    await logTouch(db, {
      contactId: 41,
      channel: 'email',
      direction: 'out',
      at: NOW,
      score: 70,
      ruleStatuses: 'purpose:p',
    });
    expect((await replyRatesOf(db, NOW)).waiting).toBe(2);
    expect((await replyRatesOf(db, NOW + 14 * DAY)).bands[1]).toMatchObject({ sent: 1 });
  });
});
