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
import { isFingerprint } from '@/lib/fingerprint/fingerprint';
import { isRuleStatuses } from './ruleStatuses';
import { refreshSummary } from './summary';

export interface LogTouchInput {
  contactId: number;
  channel: Channel;
  direction: Direction;
  /** Epoch ms; now when absent. */
  at?: number;
  summary?: string;
  score?: number;
  /** With the score: the draft's per-rule statuses (`ruleStatuses.ts`). */
  ruleStatuses?: string;
  /** Sent emails: the body's fingerprint (`lib/fingerprint`). */
  fingerprint?: string;
  outcome?: CallOutcome;
  /** 'manual' when absent. */
  source?: 'auto' | 'manual';
  externalId?: string;
  /** A Schedule send: `at` is when it goes out. */
  scheduled?: boolean;
  /** Emails: Gmail's conversation id (hex). */
  threadId?: string;
}

function checkTouch(t: Touch): void {
  if (!Number.isInteger(t.contactId)) throw new Error('a touch needs a contact');
  if (!CHANNELS.includes(t.channel)) throw new Error(`unknown channel "${t.channel}"`);
  if (!DIRECTIONS.includes(t.direction)) throw new Error(`unknown direction "${t.direction}"`);
  if (!Number.isFinite(t.at)) throw new Error('a touch needs a time');
  if (t.score !== undefined && !Number.isFinite(t.score)) throw new Error('score must be a number');
  if (t.ruleStatuses !== undefined && !isRuleStatuses(t.ruleStatuses)) {
    throw new Error('ruleStatuses must be "rule:letter" pairs');
  }
  if (t.fingerprint !== undefined && !isFingerprint(t.fingerprint)) {
    throw new Error('fingerprint is not one');
  }
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
    ...(input.ruleStatuses !== undefined && { ruleStatuses: input.ruleStatuses }),
    ...(input.fingerprint !== undefined && { fingerprint: input.fingerprint }),
    ...(input.outcome !== undefined && { outcome: input.outcome }),
    ...(input.externalId !== undefined && { externalId: input.externalId }),
    ...(input.scheduled && { scheduled: true }),
    ...(input.threadId !== undefined && { threadId: input.threadId }),
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
 * touches that were logged automatically; manual ones are left alone. A
 * contact the same log created (made within `AUTO_CONTACT_WINDOW_MS` of its
 * touch, and left with no touch at all) goes too: undoing a send to a new
 * address should leave the log as it was before the send. Returns how many
 * touches were deleted.
 */
export async function undoTouches(db: WiifmDB, ids: readonly number[]): Promise<number> {
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const found = (await db.touches.bulkGet([...ids])).filter(
      (t): t is Touch => t !== undefined && t.source === 'auto',
    );
    await db.touches.bulkDelete(found.map((t) => t.id!));
    for (const contactId of new Set(found.map((t) => t.contactId))) {
      const firstAt = Math.min(...found.filter((t) => t.contactId === contactId).map((t) => t.at));
      const contact = await db.contacts.get(contactId);
      const untouched =
        (await db.touches
          .where('[contactId+at]')
          .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
          .count()) === 0;
      if (contact && untouched && contact.createdAt >= firstAt - AUTO_CONTACT_WINDOW_MS) {
        await db.contacts.delete(contactId);
      } else {
        await refreshSummary(db, contactId);
      }
    }
    return found.length;
  });
}

/**
 * How soon after a send's time a new contact counts as made by that send.
 * The content script stamps the send; the background creates the contact a
 * few milliseconds later. A contact the rep added by hand seconds earlier
 * ("add as contact", then Send) is older than this and is kept.
 */
const AUTO_CONTACT_WINDOW_MS = 1000;

/** All touches with a contact, every channel, newest first. */
export async function history(db: WiifmDB, contactId: number): Promise<Touch[]> {
  return db.touches
    .where('[contactId+at]')
    .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
    .reverse()
    .toArray();
}
