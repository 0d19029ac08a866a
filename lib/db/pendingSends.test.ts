import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { findContactByEmail } from './contacts';
import { handleMessage } from './handleMessage';
import {
  createPendingSends,
  HOLD_MS,
  PENDING_SENDS_ALARM,
  PENDING_SENDS_KEY,
  type StorageAreaLike,
} from './pendingSends';
import { freshDb } from './testing';
import { history } from './touches';

const TAB = 7;
const SEND = {
  recipients: ['dana.buyer@acme.example', 'sam.send@acme.example'],
  subject: 'Cut month-end close to two days',
  text: 'Hi Dana, teams like yours close the books in two days instead of six. Worth a call Thursday?',
  externalId: '#msg-a:r-1111',
  at: 1_000_000,
};

/** `storage.session` as the worker sees it: JSON in, JSON out, outliving the ledger object. */
function sessionArea(): StorageAreaLike & { dump: () => string } {
  const items = new Map<string, string>();
  return {
    get: async (key) => (items.has(key) ? { [key]: JSON.parse(items.get(key)!) } : {}),
    set: async (next) => {
      for (const [k, v] of Object.entries(next)) items.set(k, JSON.stringify(v));
    },
    dump: () => JSON.stringify([...items]),
  };
}

function setup() {
  const db = freshDb();
  const session = sessionArea();
  const alarms: Array<{ name: string; when?: number; cleared?: true }> = [];
  let clock = 2_000_000;
  /** A worker as it wakes: a new ledger over the same session storage. */
  const worker = () =>
    createPendingSends({
      db: () => db,
      settings: async () => DEFAULT_SETTINGS,
      storage: { session },
      alarms: {
        create: (name, { when }) => alarms.push({ name, when }),
        clear: (name) => alarms.push({ name, cleared: true }),
      },
      now: () => clock,
    });
  const ledger = worker();
  const advance = (ms: number) => (clock += ms);
  const touches = async (email: string) => {
    const c = await findContactByEmail(db, email);
    return c ? history(db, c.id!) : [];
  };
  return { db, session, alarms, ledger, worker, advance, touches };
}

describe('a Gmail send held through its undo window', () => {
  it('logs nothing while held, and one touch per recipient when the tab confirms it', async () => {
    const { db, ledger, advance, touches } = setup();
    expect(await ledger.handle({ type: 'touch.emailPending', ...SEND }, TAB)).toEqual({
      ok: true,
      touchIds: [],
      skipped: 0,
    });
    expect(await db.touches.count()).toBe(0);
    const confirm = { type: 'touch.emailSent', ...SEND, seenIn: 'compose' };
    expect(await ledger.handle(confirm, TAB)).toBeNull();
    const reply = await handleMessage(db, confirm, DEFAULT_SETTINGS);
    expect(reply).toMatchObject({ ok: true, touchIds: [expect.any(Number), expect.any(Number)] });
    // The deadline passes: the held send was settled, nothing more is logged.
    advance(HOLD_MS + 1);
    await ledger.flush();
    expect(await db.touches.count()).toBe(2);
    expect(await touches('dana.buyer@acme.example')).toEqual([
      expect.objectContaining({
        direction: 'out',
        externalId: '#msg-a:r-1111:dana.buyer@acme.example',
      }),
    ]);
  });

  it('logs nothing when the rep clicks Undo, even once the deadline passed', async () => {
    const { db, ledger, advance } = setup();
    await ledger.handle({ type: 'touch.emailPending', ...SEND }, TAB);
    await ledger.handle({ type: 'touch.emailWithdrawn', externalId: SEND.externalId }, TAB);
    advance(HOLD_MS + 1);
    await ledger.flush();
    expect(await db.touches.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('logs the send at its deadline when the tab closed in between, with the draft score, in a worker that slept', async () => {
    const { db, ledger, worker, advance, alarms, touches, session } = setup();
    await ledger.handle({ type: 'touch.emailPending', ...SEND, scheduled: false }, TAB);
    expect(alarms.at(-1)).toEqual({ name: PENDING_SENDS_ALARM, when: 2_000_000 + HOLD_MS });
    // Held sends keep the score, never the draft.
    expect(session.dump()).not.toContain('teams like yours');
    advance(HOLD_MS - 1);
    await worker().flush();
    expect(await db.touches.count()).toBe(0);
    advance(1);
    await worker().handleAlarm(PENDING_SENDS_ALARM);
    const logged = await touches('sam.send@acme.example');
    expect(logged).toEqual([
      expect.objectContaining({
        direction: 'out',
        at: SEND.at,
        source: 'auto',
        score: expect.any(Number),
      }),
    ]);
    await worker().flush();
    expect(await db.touches.count()).toBe(2);
    expect(alarms.at(-1)).toEqual({ name: PENDING_SENDS_ALARM, cleared: true });
  });

  it("takes a send the deadline logged back out when the rep's Undo arrives late", async () => {
    const { db, ledger, advance } = setup();
    await ledger.handle({ type: 'touch.emailPending', ...SEND }, TAB);
    advance(HOLD_MS);
    await ledger.flush();
    expect(await db.touches.count()).toBe(2);
    await ledger.handle({ type: 'touch.emailWithdrawn', externalId: SEND.externalId }, TAB);
    expect(await db.touches.count()).toBe(0);
    // The contacts that send made go too, as with the sidebar's Undo.
    expect(await db.contacts.count()).toBe(0);
  });

  it('lets only the tab that held a send settle it', async () => {
    const { db, ledger, advance } = setup();
    await ledger.handle({ type: 'touch.emailPending', ...SEND }, TAB);
    await ledger.handle({ type: 'touch.emailWithdrawn', externalId: SEND.externalId }, TAB + 1);
    expect(await ledger.handle({ type: 'touch.emailPending', ...SEND }, undefined)).toMatchObject({
      ok: false,
    });
    advance(HOLD_MS);
    await ledger.flush();
    expect(await db.touches.count()).toBe(2);
  });

  it('logs a held scheduled send at the time it goes out', async () => {
    const { db, ledger, advance } = setup();
    const goesAt = Date.now() + 86_400_000;
    await ledger.handle({ type: 'touch.emailPending', ...SEND, at: goesAt, scheduled: true }, TAB);
    advance(HOLD_MS);
    await ledger.flush();
    expect(await db.touches.toArray()).toEqual([
      expect.objectContaining({ at: goesAt, scheduled: true }),
      expect.objectContaining({ at: goesAt, scheduled: true }),
    ]);
  });

  it('answers null to every other message, and keeps its state under its own key', async () => {
    const { ledger, session } = setup();
    expect(await ledger.handle({ type: 'badge.wake' }, TAB)).toBeNull();
    expect(await ledger.handle({ type: 'touch.emailPending', recipients: [] }, TAB)).toBeNull();
    await ledger.handle({ type: 'touch.emailPending', ...SEND }, TAB);
    expect(Object.keys(await session.get(PENDING_SENDS_KEY))).toEqual([PENDING_SENDS_KEY]);
  });
});
