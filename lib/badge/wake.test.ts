import { afterEach, describe, expect, it, vi } from 'vitest';
import { logTouch, openDb, upsertContact, type WiifmDB } from '@/lib/db';
import { isBadgeWake, type BadgeWake } from '@/lib/messages';
import { wakeBackgroundOnDbChanges } from './wake';

let db: WiifmDB | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await db?.delete();
});

describe('pages waking the background after touch-log changes', () => {
  it('pokes the background as soon as the popup logs a touch', async () => {
    db = openDb('wake-test-1');
    const c = await upsertContact(db, { name: 'Ana', emails: ['ana@example.com'] });
    const sent: BadgeWake[] = [];
    stop = wakeBackgroundOnDbChanges(async (m) => void sent.push(m));
    await logTouch(db, { contactId: c.id!, channel: 'call', direction: 'out' });
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'badge.wake' }]));
  });

  it('sends one more poke after a burst of writes, not one per write', async () => {
    db = openDb('wake-test-2');
    const c = await upsertContact(db, { name: 'Ben', emails: ['ben@example.com'] });
    const sent: BadgeWake[] = [];
    stop = wakeBackgroundOnDbChanges(async (m) => void sent.push(m));
    for (let i = 0; i < 5; i++) {
      await logTouch(db, { contactId: c.id!, channel: 'note', direction: 'out' });
    }
    expect(sent).toHaveLength(1);
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 700));
    expect(sent).toHaveLength(2);
  });

  it('stays quiet once stopped', async () => {
    db = openDb('wake-test-3');
    const sent: BadgeWake[] = [];
    wakeBackgroundOnDbChanges(async (m) => void sent.push(m))();
    await upsertContact(db, { name: 'Cleo', emails: ['cleo@example.com'] });
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual([]);
  });

  it('recognises only the exact wake message', () => {
    expect(isBadgeWake({ type: 'badge.wake' })).toBe(true);
    expect(isBadgeWake({ type: 'touch.emailSent' })).toBe(false);
    expect(isBadgeWake('badge.wake')).toBe(false);
  });
});
