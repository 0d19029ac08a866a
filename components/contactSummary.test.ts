import { describe, expect, it } from 'vitest';
import { logTouch, openDb, upsertContact } from '@/lib/db';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { summarise } from './contactSummary';

const TZ = 'Europe/Berlin';

describe('a contact summary', () => {
  it('brings the whole history, newest first, and the follow-up a week after the last email', async () => {
    const db = openDb(`summary-${Math.random()}`);
    const jane = await upsertContact(db, { name: 'Jane Doe', emails: ['jane@acme.com'] });
    // Tue 24 Nov and Thu 26 Nov 2026.
    await logTouch(db, {
      contactId: jane.id!,
      channel: 'email',
      direction: 'out',
      at: Date.parse('2026-11-24T09:00:00Z'),
    });
    await logTouch(db, {
      contactId: jane.id!,
      channel: 'call',
      direction: 'out',
      outcome: 'no-answer',
      at: Date.parse('2026-11-26T09:00:00Z'),
    });
    const now = new Date('2026-11-30T09:00:00Z');
    const s = await summarise(db, await db.contacts.get(jane.id!), {
      now,
      timeZone: TZ,
      settings: DEFAULT_SETTINGS,
    });
    expect(s?.touches.map((t) => t.channel)).toEqual(['call', 'email']);
    expect(s?.due).toMatchObject({ dueDate: '2026-12-03', overdueDays: 0 });
    db.close();
  });

  it('is empty for someone not in the log', async () => {
    const db = openDb(`summary-${Math.random()}`);
    expect(
      await summarise(db, undefined, { now: new Date(), timeZone: TZ, settings: DEFAULT_SETTINGS }),
    ).toBeNull();
    db.close();
  });
});
