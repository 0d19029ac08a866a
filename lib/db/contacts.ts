import type { WiifmDB } from './db';
import { CONTACT_STATUSES, DERIVED_CONTACT_FIELDS, type Contact } from './model';
import {
  nameFromEmail,
  nameFromLinkedInUrl,
  nameKey,
  normaliseEmail,
  normaliseLinkedInUrl,
} from './normalise';
import { refreshSummary, withDerived, withoutDerived, type TouchSummary } from './summary';

export type ContactInput = Partial<Contact> & {
  name?: string;
  emails?: string[];
  linkedinUrls?: string[];
};

/** Bounds of a per-contact cadence, in days. */
export const MIN_CADENCE_DAYS = 1;
export const MAX_CADENCE_DAYS = 365;

function normaliseEmails(list: readonly string[]): string[] {
  return list.map((e) => {
    const n = normaliseEmail(e);
    if (!n) throw new Error(`"${e}" is not an email address`);
    return n;
  });
}

function normaliseUrls(list: readonly string[]): string[] {
  return list.map((u) => {
    const n = normaliseLinkedInUrl(u);
    if (!n) throw new Error(`"${u}" is not a LinkedIn profile link`);
    return n;
  });
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function checkFields(c: Contact): void {
  if (c.name.trim() === '') throw new Error('a contact needs a name');
  if (!CONTACT_STATUSES.includes(c.status)) throw new Error(`unknown status "${c.status}"`);
  if (
    c.cadenceDays !== undefined &&
    !(
      Number.isInteger(c.cadenceDays) &&
      c.cadenceDays >= MIN_CADENCE_DAYS &&
      c.cadenceDays <= MAX_CADENCE_DAYS
    )
  ) {
    throw new Error(`cadence must be ${MIN_CADENCE_DAYS}–${MAX_CADENCE_DAYS} whole days`);
  }
  if (c.pausedUntil !== undefined && !Number.isFinite(c.pausedUntil)) {
    throw new Error('pausedUntil must be a time');
  }
  if (c.snoozedAt !== undefined && !Number.isFinite(c.snoozedAt)) {
    throw new Error('snoozedAt must be a time');
  }
}

/**
 * Keeps the pairs the model promises: pausedUntil only when paused, snoozedAt
 * only with pausedUntil, noReason only with 'no'.
 */
function tidyStatus(c: Contact): Contact {
  const t = { ...c };
  if (t.status !== 'paused') delete t.pausedUntil;
  if (t.pausedUntil === undefined) delete t.snoozedAt;
  if (t.status !== 'no') delete t.noReason;
  return t;
}

/**
 * Keeps `snoozedAt` the time the current snooze was set, whoever writes it:
 * a write that starts a snooze or moves its date stamps `now` (unless the
 * caller gives the time); a write that leaves an older snooze without one
 * (stored before the field existed) keeps the time it stood for, the
 * `updatedAt` this write is about to replace.
 */
function stampSnooze(before: Contact | undefined, after: Contact, given: boolean, now: number) {
  if (after.status !== 'paused' || after.pausedUntil === undefined || given) return after;
  const sameSnooze =
    before !== undefined && before.status === 'paused' && before.pausedUntil === after.pausedUntil;
  if (!sameSnooze) return { ...after, snoozedAt: now };
  if (after.snoozedAt === undefined) return { ...after, snoozedAt: before.updatedAt };
  return after;
}

/** Throws when an address or profile link already belongs to another contact: merge them instead. */
async function assertIdentifiersFree(
  db: WiifmDB,
  emails: readonly string[],
  urls: readonly string[],
  ownId: number | undefined,
): Promise<void> {
  if (emails.length > 0) {
    const other = await db.contacts
      .where('emails')
      .anyOf(emails as string[])
      .filter((c) => c.id !== ownId)
      .first();
    if (other)
      throw new Error(
        `an email address already belongs to contact ${other.id}; merge them instead`,
      );
  }
  if (urls.length > 0) {
    const other = await db.contacts
      .where('linkedinUrls')
      .anyOf(urls as string[])
      .filter((c) => c.id !== ownId)
      .first();
    if (other)
      throw new Error(`a LinkedIn link already belongs to contact ${other.id}; merge them instead`);
  }
}

/** Applies a patch: undefined removes an optional field; id, createdAt and derived fields are ignored. */
function applyPatch(target: Contact, patch: Partial<Contact>): Contact {
  const out: Record<string, unknown> = { ...target };
  const ignored = new Set<string>(['id', 'createdAt', ...DERIVED_CONTACT_FIELDS]);
  const required = new Set<string>(['name', 'status', 'emails', 'linkedinUrls', 'updatedAt']);
  for (const [k, v] of Object.entries(patch)) {
    if (ignored.has(k)) continue;
    if (v === undefined) {
      if (!required.has(k)) delete out[k];
    } else {
      out[k] = typeof v === 'string' && k !== 'notes' ? v.trim() : v;
    }
  }
  return out as unknown as Contact;
}

export async function findContactByEmail(db: WiifmDB, email: string): Promise<Contact | undefined> {
  const e = normaliseEmail(email);
  return e ? db.contacts.where('emails').equals(e).first() : undefined;
}

export async function findContactByLinkedIn(
  db: WiifmDB,
  url: string,
): Promise<Contact | undefined> {
  const u = normaliseLinkedInUrl(url);
  return u ? db.contacts.where('linkedinUrls').equals(u).first() : undefined;
}

/**
 * Contacts with this name (case, accents and spacing ignored), for "is this
 * the same person?" suggestions. With a company, those at that company come first.
 */
export async function findContactsByName(
  db: WiifmDB,
  name: string,
  company?: string,
): Promise<Contact[]> {
  const key = nameKey(name);
  if (key === '') return [];
  const found = await db.contacts.where('nameKey').equals(key).toArray();
  if (!company) return found;
  const co = nameKey(company);
  const atCompany = (c: Contact) => (c.company && nameKey(c.company) === co ? 0 : 1);
  return found.toSorted((a, b) => atCompany(a) - atCompany(b));
}

/**
 * Finds the contact by id, then by any of the email addresses, then by any
 * LinkedIn link, and updates it (addresses and links are added to its own,
 * other given fields replace its); or creates one (status 'active', name from
 * the input, else from the address or link).
 */
export async function upsertContact(db: WiifmDB, input: ContactInput): Promise<Contact> {
  const emails = normaliseEmails(input.emails ?? []);
  const urls = normaliseUrls(input.linkedinUrls ?? []);
  return db.transaction('rw', db.contacts, async () => {
    let existing: Contact | undefined;
    if (input.id !== undefined) {
      existing = await db.contacts.get(input.id);
      if (!existing) throw new Error(`contact ${input.id} not found`);
    }
    existing ??=
      emails.length > 0 ? await db.contacts.where('emails').anyOf(emails).first() : undefined;
    existing ??=
      urls.length > 0 ? await db.contacts.where('linkedinUrls').anyOf(urls).first() : undefined;
    const now = Date.now();
    const { emails: _e, linkedinUrls: _u, ...rest } = input;
    if (existing) {
      const merged = stampSnooze(
        existing,
        tidyStatus(
          applyPatch(existing, {
            ...rest,
            ...(rest.name !== undefined && rest.name.trim() === '' && { name: undefined }),
            emails: union(existing.emails, emails),
            linkedinUrls: union(existing.linkedinUrls, urls),
            updatedAt: now,
          }),
        ),
        rest.snoozedAt !== undefined,
        now,
      );
      checkFields(merged);
      await assertIdentifiersFree(db, merged.emails, merged.linkedinUrls, existing.id);
      const stored = withDerived(merged, pickSummary(existing));
      await db.contacts.put(stored);
      return stored;
    }
    const name =
      input.name?.trim() ||
      (emails[0] ? nameFromEmail(emails[0]) : urls[0] ? nameFromLinkedInUrl(urls[0]) : '');
    const fresh = stampSnooze(
      undefined,
      tidyStatus(
        applyPatch(
          {
            name,
            emails: union([], emails),
            linkedinUrls: union([], urls),
            status: 'active',
            createdAt: now,
            updatedAt: now,
          },
          { ...rest, name },
        ),
      ),
      rest.snoozedAt !== undefined,
      now,
    );
    if (input.createdAt !== undefined) fresh.createdAt = input.createdAt;
    checkFields(fresh);
    await assertIdentifiersFree(db, fresh.emails, fresh.linkedinUrls, undefined);
    const stored = withDerived(fresh, {});
    stored.id = await db.contacts.add(stored);
    return stored;
  });
}

/** The derived touch fields a contact already has (a contact edit does not change its touches). */
function pickSummary(c: Contact): TouchSummary {
  const { lastOutAt, lastInAt, lastTouchAt, lastTouchDirection, lastTouch } = c;
  return {
    ...(lastOutAt !== undefined && { lastOutAt }),
    ...(lastInAt !== undefined && { lastInAt }),
    ...(lastTouchAt !== undefined && { lastTouchAt }),
    ...(lastTouchDirection !== undefined && { lastTouchDirection }),
    ...(lastTouch !== undefined && { lastTouch }),
  };
}

/**
 * Changes fields of one contact. `emails` / `linkedinUrls` replace the lists
 * (normalised); `undefined` removes an optional field (e.g. `cadenceDays`).
 */
export async function updateContact(
  db: WiifmDB,
  id: number,
  patch: Partial<Contact>,
): Promise<Contact> {
  const emails = patch.emails ? normaliseEmails(patch.emails) : undefined;
  const urls = patch.linkedinUrls ? normaliseUrls(patch.linkedinUrls) : undefined;
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new Error(`contact ${id} not found`);
    const now = Date.now();
    const updated = stampSnooze(
      existing,
      tidyStatus(
        applyPatch(existing, {
          ...patch,
          ...(emails && { emails: union([], emails) }),
          ...(urls && { linkedinUrls: union([], urls) }),
          updatedAt: now,
        }),
      ),
      patch.snoozedAt !== undefined,
      now,
    );
    checkFields(updated);
    await assertIdentifiersFree(db, updated.emails, updated.linkedinUrls, id);
    const stored = withDerived(updated, pickSummary(existing));
    await db.contacts.put(stored);
    return stored;
  });
}

/**
 * Makes two contacts one: `keepId` gains the other's addresses and links,
 * fields it lacks, and all its touches; `dropId` is deleted. One transaction.
 */
export async function mergeContacts(db: WiifmDB, keepId: number, dropId: number): Promise<Contact> {
  if (keepId === dropId) throw new Error('cannot merge a contact with itself');
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const [keep, drop] = await db.contacts.bulkGet([keepId, dropId]);
    if (!keep) throw new Error(`contact ${keepId} not found`);
    if (!drop) throw new Error(`contact ${dropId} not found`);
    const k = withoutDerived(keep);
    const d = withoutDerived(drop);
    const merged: Contact = {
      ...d,
      ...k,
      emails: union(k.emails, d.emails),
      linkedinUrls: union(k.linkedinUrls, d.linkedinUrls),
      createdAt: Math.min(k.createdAt, d.createdAt),
      updatedAt: Date.now(),
      id: keepId,
    };
    if (k.notes && d.notes && k.notes !== d.notes) merged.notes = `${k.notes}\n\n${d.notes}`;
    const bounced = union(k.undeliverable ?? [], d.undeliverable ?? []);
    if (bounced.length > 0) merged.undeliverable = bounced;
    // The kept contact's status decides; a snooze or reason of the other one does not carry over.
    if (k.pausedUntil === undefined) delete merged.pausedUntil;
    if (k.noReason === undefined) delete merged.noReason;
    // Its snooze was set when it was (an older one without the field: at its last edit, not now).
    if (k.pausedUntil === undefined) delete merged.snoozedAt;
    else merged.snoozedAt = k.snoozedAt ?? k.updatedAt;
    await db.touches.where('contactId').equals(dropId).modify({ contactId: keepId });
    await db.contacts.delete(dropId);
    await db.contacts.put(tidyStatus(merged));
    return (await refreshSummary(db, keepId))!;
  });
}

/** 'active', 'client' (stops the cadence) or a definitive no with the reason the prospect gave. */
export async function setStatus(
  db: WiifmDB,
  id: number,
  status: 'active' | 'client' | { no: string },
): Promise<void> {
  if (typeof status === 'object') {
    const reason = status.no.trim();
    if (reason === '') throw new Error('a "no" needs the reason the prospect gave');
    await updateContact(db, id, { status: 'no', noReason: reason });
  } else {
    await updateContact(db, id, { status });
  }
}

/** The contact's own cadence in days; null returns it to the default. */
export async function setCadence(db: WiifmDB, id: number, days: number | null): Promise<void> {
  await updateContact(db, id, { cadenceDays: days ?? undefined });
}

/**
 * Pauses follow-ups until `until` (epoch ms): due no earlier than that day,
 * unless they reply after this call (then due the day of the reply, until
 * the rep answers). Records when it was set as `snoozedAt`: snoozing again
 * after a reply, even to the same day, holds past that reply.
 */
export async function snooze(db: WiifmDB, id: number, until: number): Promise<void> {
  if (!Number.isFinite(until)) throw new Error('snooze needs a time');
  await updateContact(db, id, { status: 'paused', pausedUntil: until, snoozedAt: Date.now() });
}
