import { Dexie } from 'dexie';
import type { WiifmDB } from './db';
import { countsForCadence, DERIVED_CONTACT_FIELDS, type Contact, type Touch } from './model';
import { nameKey } from './normalise';

export type TouchSummary = Pick<
  Contact,
  'lastOutAt' | 'lastInAt' | 'lastTouchAt' | 'lastTouchDirection' | 'lastTouch'
>;

/**
 * The derived "last touch" fields of a contact from all its touches. Among
 * touches at the same instant the later-logged one (higher id) wins, and an
 * outbound touch at the same instant as an inbound one answers it.
 */
export function summariseTouches(touches: Iterable<Touch>): TouchSummary {
  let out: Touch | undefined;
  let inb: Touch | undefined;
  for (const t of touches) {
    if (!countsForCadence(t.channel)) continue;
    const best = t.direction === 'out' ? out : inb;
    if (!best || t.at > best.at || (t.at === best.at && (t.id ?? 0) > (best.id ?? 0))) {
      if (t.direction === 'out') out = t;
      else inb = t;
    }
  }
  const last = inb && (!out || inb.at > out.at) ? inb : out;
  if (!last) return {};
  return {
    ...(out && { lastOutAt: out.at }),
    ...(inb && { lastInAt: inb.at }),
    lastTouchAt: last.at,
    lastTouchDirection: last.direction,
    lastTouch: { ...last },
  };
}

/** A contact without any derived field: what callers and backups see as its data. */
export function withoutDerived(contact: Contact): Contact {
  const c: Contact = { ...contact };
  for (const f of DERIVED_CONTACT_FIELDS) delete c[f];
  return c;
}

/** The contact as stored: its data plus the fields derived from it and its touches. */
export function withDerived(contact: Contact, summary: TouchSummary): Contact {
  return { ...withoutDerived(contact), nameKey: nameKey(contact.name), ...summary };
}

/** All touches of a contact, oldest first. */
export function touchesOf(db: WiifmDB, contactId: number): Promise<Touch[]> {
  return db.touches
    .where('[contactId+at]')
    .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
    .toArray();
}

/**
 * Recomputes a contact's derived fields from its touches. Call inside the
 * same 'rw' transaction (contacts + touches) as the write that changed them.
 */
export async function refreshSummary(db: WiifmDB, contactId: number): Promise<Contact | undefined> {
  const contact = await db.contacts.get(contactId);
  if (!contact) return undefined;
  const updated = withDerived(contact, summariseTouches(await touchesOf(db, contactId)));
  await db.contacts.put(updated);
  return updated;
}
