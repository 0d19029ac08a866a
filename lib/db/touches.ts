import { Dexie } from 'dexie';
import type { WiifmDB } from './db';
import {
  CALL_OUTCOMES,
  CHANNELS,
  DIRECTIONS,
  type CallOutcome,
  type Channel,
  type Direction,
  type Touch,
} from './model';
import { refreshSummary } from './summary';

export interface LogTouchInput {
  contactId: number;
  channel: Channel;
  direction: Direction;
  /** Epoch ms; now when absent. */
  at?: number;
  summary?: string;
  score?: number;
  outcome?: CallOutcome;
  /** 'manual' when absent. */
  source?: 'auto' | 'manual';
  externalId?: string;
}

function checkTouch(t: Touch): void {
  if (!Number.isInteger(t.contactId)) throw new Error('a touch needs a contact');
  if (!CHANNELS.includes(t.channel)) throw new Error(`unknown channel "${t.channel}"`);
  if (!DIRECTIONS.includes(t.direction)) throw new Error(`unknown direction "${t.direction}"`);
  if (!Number.isFinite(t.at)) throw new Error('a touch needs a time');
  if (t.score !== undefined && !Number.isFinite(t.score)) throw new Error('score must be a number');
  if (t.outcome !== undefined) {
    if (t.channel !== 'call') throw new Error('only calls have an outcome');
    if (!CALL_OUTCOMES.includes(t.outcome)) throw new Error(`unknown call outcome "${t.outcome}"`);
  }
  if (t.source !== 'auto' && t.source !== 'manual') throw new Error(`unknown source "${t.source}"`);
  if (t.externalId !== undefined && t.externalId === '') throw new Error('externalId is empty');
}

function findByExternalId(db: WiifmDB, channel: Channel, externalId: string) {
  return db.touches.where('[channel+externalId]').equals([channel, externalId]).first();
}

/**
 * Logs one touch. With an `externalId` it is idempotent: a message already
 * logged on that channel returns the existing touch with `created: false`.
 */
export async function logTouch(
  db: WiifmDB,
  input: LogTouchInput,
): Promise<{ touch: Touch; created: boolean }> {
  const touch: Touch = {
    contactId: input.contactId,
    channel: input.channel,
    direction: input.direction,
    at: input.at ?? Date.now(),
    source: input.source ?? 'manual',
    ...(input.summary !== undefined &&
      input.summary.trim() !== '' && { summary: input.summary.trim() }),
    ...(input.score !== undefined && { score: input.score }),
    ...(input.outcome !== undefined && { outcome: input.outcome }),
    ...(input.externalId !== undefined && { externalId: input.externalId }),
  };
  checkTouch(touch);
  return db.transaction('rw', db.contacts, db.touches, async () => {
    if (touch.externalId !== undefined) {
      const existing = await findByExternalId(db, touch.channel, touch.externalId);
      if (existing) return { touch: existing, created: false };
    }
    if (!(await db.contacts.get(touch.contactId))) {
      throw new Error(`contact ${touch.contactId} not found`);
    }
    touch.id = await db.touches.add(touch);
    await refreshSummary(db, touch.contactId);
    return { touch, created: true };
  });
}

/** Changes one touch (undefined removes an optional field); moving it to another contact is allowed. */
export async function editTouch(db: WiifmDB, id: number, patch: Partial<Touch>): Promise<Touch> {
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const existing = await db.touches.get(id);
    if (!existing) throw new Error(`touch ${id} not found`);
    const updated: Record<string, unknown> = { ...existing };
    const required = new Set(['contactId', 'channel', 'direction', 'at', 'source']);
    for (const [k, v] of Object.entries(patch)) {
      if (k === 'id') continue;
      if (v === undefined) {
        if (!required.has(k)) delete updated[k];
      } else updated[k] = v;
    }
    const touch = updated as unknown as Touch;
    checkTouch(touch);
    if (touch.contactId !== existing.contactId && !(await db.contacts.get(touch.contactId))) {
      throw new Error(`contact ${touch.contactId} not found`);
    }
    if (touch.externalId !== undefined) {
      const clash = await findByExternalId(db, touch.channel, touch.externalId);
      if (clash && clash.id !== id) throw new Error('another touch already has that message id');
    }
    await db.touches.put(touch);
    await refreshSummary(db, existing.contactId);
    if (touch.contactId !== existing.contactId) await refreshSummary(db, touch.contactId);
    return touch;
  });
}

/** Deletes one touch and returns it (for undo), or undefined when there was none. */
export async function deleteTouch(db: WiifmDB, id: number): Promise<Touch | undefined> {
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const existing = await db.touches.get(id);
    if (!existing) return undefined;
    await db.touches.delete(id);
    await refreshSummary(db, existing.contactId);
    return existing;
  });
}

/**
 * Undoes an automatic log ("logged 3 touches — undo"): deletes those of the
 * touches that were logged automatically; manual ones are left alone.
 * Returns how many were deleted.
 */
export async function undoTouches(db: WiifmDB, ids: readonly number[]): Promise<number> {
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const found = (await db.touches.bulkGet([...ids])).filter(
      (t): t is Touch => t !== undefined && t.source === 'auto',
    );
    await db.touches.bulkDelete(found.map((t) => t.id!));
    for (const contactId of new Set(found.map((t) => t.contactId))) {
      await refreshSummary(db, contactId);
    }
    return found.length;
  });
}

/** All touches with a contact, every channel, newest first. */
export async function history(db: WiifmDB, contactId: number): Promise<Touch[]> {
  return db.touches
    .where('[contactId+at]')
    .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
    .reverse()
    .toArray();
}
