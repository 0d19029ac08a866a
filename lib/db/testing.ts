import { afterEach, expect } from 'vitest';
import { openDb, type WiifmDB } from './db';
import { nameKey } from './normalise';
import { summariseTouches } from './summary';

const opened: WiifmDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Test helper: a database of its own for one test, deleted afterwards. */
export function freshDb(): WiifmDB {
  const db = openDb('test-' + crypto.randomUUID());
  opened.push(db);
  return db;
}

/** Test helper: every contact's derived fields agree with its touches as stored. */
export async function expectDerivedFieldsCorrect(db: WiifmDB): Promise<void> {
  const [contacts, touches] = await Promise.all([db.contacts.toArray(), db.touches.toArray()]);
  for (const c of contacts) {
    const own = touches.filter((t) => t.contactId === c.id);
    const summary = summariseTouches(own);
    expect(
      {
        nameKey: c.nameKey,
        lastOutAt: c.lastOutAt,
        lastInAt: c.lastInAt,
        lastTouchAt: c.lastTouchAt,
        lastTouchDirection: c.lastTouchDirection,
        lastTouch: c.lastTouch,
      },
      `derived fields of contact ${c.id}`,
    ).toEqual({
      nameKey: nameKey(c.name),
      lastOutAt: summary.lastOutAt,
      lastInAt: summary.lastInAt,
      lastTouchAt: summary.lastTouchAt,
      lastTouchDirection: summary.lastTouchDirection,
      lastTouch: summary.lastTouch,
    });
  }
  const ids = new Set(contacts.map((c) => c.id));
  for (const t of touches) expect(ids.has(t.contactId), `touch ${t.id} has its contact`).toBe(true);
}
