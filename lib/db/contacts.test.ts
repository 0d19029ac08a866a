import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findContactByEmail,
  findContactByLinkedIn,
  findContactsByName,
  mergeContacts,
  setCadence,
  setStatus,
  snooze,
  updateContact,
  upsertContact,
} from './contacts';
import { expectDerivedFieldsCorrect, freshDb } from './testing';
import { history, logTouch } from './touches';

function refuse(): never {
  throw new Error('disk full');
}

describe('finding contacts', () => {
  it('finds a contact by any spelling of one of its addresses', async () => {
    const db = freshDb();
    const anna = await upsertContact(db, {
      name: 'Anna Müller',
      emails: ['Anna.Mueller@Example.de', 'anna@private.de'],
    });
    for (const spelling of [
      'anna.mueller@example.de',
      ' ANNA.MUELLER@EXAMPLE.DE',
      'mailto:anna@private.de',
      '"Anna" <anna@private.de>',
    ]) {
      expect((await findContactByEmail(db, spelling))?.id).toBe(anna.id);
    }
    expect(await findContactByEmail(db, 'someone@example.de')).toBeUndefined();
    expect(await findContactByEmail(db, 'not an address')).toBeUndefined();
  });

  it('finds a contact by any form of its profile link', async () => {
    const db = freshDb();
    const anna = await upsertContact(db, {
      name: 'Anna',
      linkedinUrls: ['https://de.linkedin.com/in/Anna-Mueller/'],
    });
    expect(anna.linkedinUrls).toEqual(['https://www.linkedin.com/in/anna-mueller/']);
    expect(
      (await findContactByLinkedIn(db, 'linkedin.com/in/anna-mueller/details/skills/'))?.id,
    ).toBe(anna.id);
    expect(
      await findContactByLinkedIn(db, 'https://www.linkedin.com/company/acme'),
    ).toBeUndefined();
  });

  it('suggests contacts with the same name, those at the same company first', async () => {
    const db = freshDb();
    await upsertContact(db, { name: 'Anna Müller', company: 'Globex', emails: ['a@globex.com'] });
    await upsertContact(db, { name: 'anna  muller', company: 'ACME GmbH', emails: ['a@acme.de'] });
    await upsertContact(db, { name: 'Anna Schmidt', emails: ['s@acme.de'] });
    const found = await findContactsByName(db, 'ANNA MÜLLER', 'acme gmbh');
    expect(found.map((c) => c.emails[0])).toEqual(['a@acme.de', 'a@globex.com']);
    expect(await findContactsByName(db, '   ')).toEqual([]);
  });
});

describe('upsertContact', () => {
  it('creates an active contact named from the address when no name is given', async () => {
    const db = freshDb();
    const c = await upsertContact(db, { emails: ['anna.mueller@x.de'] });
    expect(c).toMatchObject({
      name: 'Anna Mueller',
      status: 'active',
      emails: ['anna.mueller@x.de'],
    });
    expect(await db.contacts.get(c.id!)).toMatchObject({ name: 'Anna Mueller' });
  });

  it('adds a new address to the contact found by an old one, and keeps both', async () => {
    const db = freshDb();
    const first = await upsertContact(db, { name: 'Anna', emails: ['anna@x.de'] });
    const again = await upsertContact(db, {
      emails: ['ANNA@x.de', 'anna@y.de'],
      company: 'Y AG',
      linkedinUrls: ['linkedin.com/in/anna'],
    });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({
      name: 'Anna',
      company: 'Y AG',
      emails: ['anna@x.de', 'anna@y.de'],
      linkedinUrls: ['https://www.linkedin.com/in/anna/'],
    });
    expect(await db.contacts.count()).toBe(1);
  });

  it('matches by LinkedIn link when no address matches', async () => {
    const db = freshDb();
    const first = await upsertContact(db, { name: 'Anna', linkedinUrls: ['linkedin.com/in/anna'] });
    const again = await upsertContact(db, {
      emails: ['anna@x.de'],
      linkedinUrls: ['https://m.linkedin.com/in/ANNA?trk=x'],
    });
    expect(again.id).toBe(first.id);
    expect(again.emails).toEqual(['anna@x.de']);
  });

  it('refuses an invalid address or link, and an address another contact has', async () => {
    const db = freshDb();
    await expect(upsertContact(db, { name: 'Bob', emails: ['bob@'] })).rejects.toThrow(
      '"bob@" is not an email address',
    );
    await expect(
      upsertContact(db, { name: 'Bob', linkedinUrls: ['https://x.com/bob'] }),
    ).rejects.toThrow('not a LinkedIn profile link');
    const anna = await upsertContact(db, { name: 'Anna', emails: ['anna@x.de'] });
    const bob = await upsertContact(db, { name: 'Bob', emails: ['bob@x.de'] });
    await expect(upsertContact(db, { id: bob.id, emails: ['anna@x.de'] })).rejects.toThrow(
      `belongs to contact ${anna.id}`,
    );
    expect((await db.contacts.get(bob.id!))?.emails).toEqual(['bob@x.de']);
  });
});

describe('updateContact', () => {
  it('replaces addresses and removes a field set to undefined', async () => {
    const db = freshDb();
    const c = await upsertContact(db, {
      name: 'Anna',
      emails: ['a@x.de'],
      title: 'CFO',
      cadenceDays: 3,
    });
    const u = await updateContact(db, c.id!, {
      name: 'Anna Müller',
      emails: ['New@X.de'],
      title: undefined,
      cadenceDays: undefined,
    });
    expect(u).toMatchObject({ name: 'Anna Müller', emails: ['new@x.de'], nameKey: 'anna muller' });
    expect(u.title).toBeUndefined();
    expect(u.cadenceDays).toBeUndefined();
    await expect(updateContact(db, 999, { name: 'X' })).rejects.toThrow('contact 999 not found');
  });
});

describe('status, cadence and snooze', () => {
  it('records a definitive no with its reason, and clears it when active again', async () => {
    const db = freshDb();
    const c = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
    await setStatus(db, c.id!, { no: ' Went with a competitor ' });
    expect(await db.contacts.get(c.id!)).toMatchObject({
      status: 'no',
      noReason: 'Went with a competitor',
    });
    await setStatus(db, c.id!, 'active');
    const back = await db.contacts.get(c.id!);
    expect(back?.status).toBe('active');
    expect(back?.noReason).toBeUndefined();
    await expect(setStatus(db, c.id!, { no: '  ' })).rejects.toThrow('reason');
  });

  it('snoozes until a time, and marking a client ends the snooze', async () => {
    const db = freshDb();
    const c = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
    await snooze(db, c.id!, Date.UTC(2026, 3, 1));
    expect(await db.contacts.get(c.id!)).toMatchObject({
      status: 'paused',
      pausedUntil: Date.UTC(2026, 3, 1),
    });
    await setStatus(db, c.id!, 'client');
    const client = await db.contacts.get(c.id!);
    expect(client?.status).toBe('client');
    expect(client?.pausedUntil).toBeUndefined();
  });

  describe('when a snooze was set', () => {
    afterEach(() => vi.useRealTimers());
    const clock = (ms: number) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(ms);
    };

    it('remembers it with each snooze, even one to the same day, and forgets it when active again', async () => {
      const db = freshDb();
      const c = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
      clock(Date.UTC(2026, 2, 9, 8));
      await snooze(db, c.id!, Date.UTC(2026, 3, 1));
      expect((await db.contacts.get(c.id!))?.snoozedAt).toBe(Date.UTC(2026, 2, 9, 8));
      clock(Date.UTC(2026, 2, 10, 8));
      await updateContact(db, c.id!, { notes: 'Back in April' });
      expect((await db.contacts.get(c.id!))?.snoozedAt).toBe(Date.UTC(2026, 2, 9, 8));
      clock(Date.UTC(2026, 2, 11, 8));
      await snooze(db, c.id!, Date.UTC(2026, 3, 1));
      expect((await db.contacts.get(c.id!))?.snoozedAt).toBe(Date.UTC(2026, 2, 11, 8));
      clock(Date.UTC(2026, 2, 12, 8));
      await updateContact(db, c.id!, { pausedUntil: Date.UTC(2026, 3, 8) });
      expect((await db.contacts.get(c.id!))?.snoozedAt).toBe(Date.UTC(2026, 2, 12, 8));
      await setStatus(db, c.id!, 'active');
      const active = await db.contacts.get(c.id!);
      expect(active?.pausedUntil).toBeUndefined();
      expect(active?.snoozedAt).toBeUndefined();
    });

    it("keeps the kept contact's snooze time in a merge, an old one's as its last edit", async () => {
      const db = freshDb();
      const keep = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
      const drop = await upsertContact(db, { name: 'Anna M', emails: ['am@x.de'] });
      clock(Date.UTC(2026, 2, 9, 8));
      await snooze(db, drop.id!, Date.UTC(2026, 3, 1));
      await db.contacts.update(keep.id!, {
        status: 'paused',
        pausedUntil: Date.UTC(2026, 3, 2),
        updatedAt: Date.UTC(2026, 2, 5, 8),
      });
      clock(Date.UTC(2026, 2, 12, 8));
      const merged = await mergeContacts(db, keep.id!, drop.id!);
      expect(merged).toMatchObject({
        pausedUntil: Date.UTC(2026, 3, 2),
        snoozedAt: Date.UTC(2026, 2, 5, 8),
      });
    });
  });

  it('sets and clears a per-contact cadence, refusing nonsense', async () => {
    const db = freshDb();
    const c = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
    await setCadence(db, c.id!, 14);
    expect((await db.contacts.get(c.id!))?.cadenceDays).toBe(14);
    await setCadence(db, c.id!, null);
    expect((await db.contacts.get(c.id!))?.cadenceDays).toBeUndefined();
    await expect(setCadence(db, c.id!, 0)).rejects.toThrow('cadence');
    await expect(setCadence(db, c.id!, 2.5)).rejects.toThrow('cadence');
  });
});

describe('mergeContacts', () => {
  it('keeps one contact with both addresses and all touches; the other is gone', async () => {
    const db = freshDb();
    const keep = await upsertContact(db, {
      name: 'Anna Müller',
      emails: ['anna@work.de'],
      notes: 'Met at expo',
    });
    const drop = await upsertContact(db, {
      name: 'Anna M.',
      emails: ['anna@home.de'],
      linkedinUrls: ['linkedin.com/in/anna-m'],
      company: 'ACME',
      notes: 'Prefers calls',
    });
    await logTouch(db, { contactId: keep.id!, channel: 'email', direction: 'out', at: 1000 });
    await logTouch(db, { contactId: drop.id!, channel: 'email', direction: 'in', at: 2000 });
    await logTouch(db, {
      contactId: drop.id!,
      channel: 'call',
      direction: 'out',
      at: 1500,
      outcome: 'voicemail',
    });

    const merged = await mergeContacts(db, keep.id!, drop.id!);
    expect(merged).toMatchObject({
      id: keep.id,
      name: 'Anna Müller',
      emails: ['anna@work.de', 'anna@home.de'],
      linkedinUrls: ['https://www.linkedin.com/in/anna-m/'],
      company: 'ACME',
      notes: 'Met at expo\n\nPrefers calls',
      lastTouchAt: 2000,
      lastTouchDirection: 'in',
    });
    expect(await db.contacts.get(drop.id!)).toBeUndefined();
    expect((await history(db, keep.id!)).map((t) => t.at)).toEqual([2000, 1500, 1000]);
    expect((await findContactByEmail(db, 'anna@home.de'))?.id).toBe(keep.id);
    await expectDerivedFieldsCorrect(db);
  });

  it('changes nothing when one of the two does not exist', async () => {
    const db = freshDb();
    const keep = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
    await logTouch(db, { contactId: keep.id!, channel: 'email', direction: 'out', at: 1000 });
    await expect(mergeContacts(db, keep.id!, 42)).rejects.toThrow('contact 42 not found');
    await expect(mergeContacts(db, keep.id!, keep.id!)).rejects.toThrow('itself');
    expect(await db.touches.count()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
  });

  it('moves no touch when the merge fails half-way', async () => {
    const db = freshDb();
    const keep = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
    const drop = await upsertContact(db, { name: 'Anna', emails: ['b@x.de'] });
    await logTouch(db, { contactId: drop.id!, channel: 'email', direction: 'out', at: 1000 });
    // The database refuses the last write of the merge (the contact deletion).
    db.contacts.hook('deleting', refuse);
    await expect(mergeContacts(db, keep.id!, drop.id!)).rejects.toThrow('disk full');
    db.contacts.hook('deleting').unsubscribe(refuse);
    expect((await db.touches.toArray()).map((t) => t.contactId)).toEqual([drop.id]);
    expect(await db.contacts.count()).toBe(2);
    expect((await db.contacts.get(keep.id!))?.emails).toEqual(['a@x.de']);
  });
});
