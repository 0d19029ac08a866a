import { describe, expect, it } from 'vitest';
import { findContactByLinkedIn, logLinkedInSent, upsertContact } from '@/lib/db';
import { freshDb } from '@/lib/db/testing';

// LinkedIn links one member two ways: profiles by vanity name, messaging by
// member id. What the touch log does with a message sent from a thread.

const ZOE_VANITY = 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/';
const ZOE_ID = 'https://www.linkedin.com/in/ACoAAB7kq2EBz9xWlN3vR5tYc8uH1jFgP0s4mQe/';
const OTHER_ID = 'https://www.linkedin.com/in/ACoAAC0ther9Zoe5sameNameXyZ12345abcd/';
const send = (externalId: string, profileUrl: string) => ({
  profileUrl,
  name: 'Zoë Łukasiewicz',
  externalId,
});

describe('a LinkedIn message to a thread partner linked by member id', () => {
  it('goes to the contact holding that member id, not to a namesake', async () => {
    const db = freshDb();
    const zoe = await upsertContact(db, {
      name: 'Zoë Łukasiewicz',
      linkedinUrls: [ZOE_VANITY, ZOE_ID],
    });
    const namesake = await upsertContact(db, { name: 'Zoë Łukasiewicz', emails: ['z@x.example'] });
    await logLinkedInSent(db, send('m-1', ZOE_ID));
    expect(await db.contacts.count()).toBe(2);
    expect(await db.touches.where('contactId').equals(zoe.id!).count()).toBe(1);
    expect(await db.touches.where('contactId').equals(namesake.id!).count()).toBe(0);
  });

  it('finds by name the one contact that has only a vanity link, and gives it the member id', async () => {
    const db = freshDb();
    const zoe = await upsertContact(db, { name: 'Zoë Łukasiewicz', linkedinUrls: [ZOE_VANITY] });
    await logLinkedInSent(db, send('m-2', ZOE_ID));
    expect(await db.contacts.count()).toBe(1);
    expect((await findContactByLinkedIn(db, ZOE_ID))?.id).toBe(zoe.id);
    expect((await db.contacts.get(zoe.id!))?.linkedinUrls).toEqual([ZOE_VANITY, ZOE_ID]);
  });

  it('makes a new contact when the namesake has another member id', async () => {
    const db = freshDb();
    const other = await upsertContact(db, { name: 'Zoë Łukasiewicz', linkedinUrls: [OTHER_ID] });
    await logLinkedInSent(db, send('m-3', ZOE_ID));
    expect(await db.contacts.count()).toBe(2);
    expect((await findContactByLinkedIn(db, ZOE_ID))?.id).not.toBe(other.id);
    expect(await db.touches.where('contactId').equals(other.id!).count()).toBe(0);
  });

  it('makes a new contact rather than guess between two namesakes without a member id', async () => {
    const db = freshDb();
    await upsertContact(db, { name: 'Zoë Łukasiewicz', linkedinUrls: [ZOE_VANITY] });
    await upsertContact(db, { name: 'Zoë Łukasiewicz', emails: ['z@x.example'] });
    await logLinkedInSent(db, send('m-4', ZOE_ID));
    expect(await db.contacts.count()).toBe(3);
    expect((await findContactByLinkedIn(db, ZOE_ID))?.linkedinUrls).toEqual([ZOE_ID]);
  });
});
