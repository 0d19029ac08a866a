import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { findContactByEmail, findContactByLinkedIn, upsertContact } from './contacts';
import { logEmailReceived, logEmailSent, logLinkedInSent } from './logging';
import { freshDb } from './testing';
import { history } from './touches';

const settings = { ...DEFAULT_SETTINGS, neverLogDomains: ['mycompany.com'] };

describe('logEmailSent', () => {
  it('logs one outbound email per recipient, creating contacts for new addresses', async () => {
    const db = freshDb();
    const known = await upsertContact(db, { name: 'Bob Stone', emails: ['bob@acme.com'] });
    const r = await logEmailSent(
      db,
      {
        recipients: ['Bob@Acme.com', 'anna.mueller@x.de', '"Jörg Weiß" <joerg@y.de>'],
        subject: 'Cutting your month-end close to 2 days',
        score: 82,
        externalId: 'send-1',
        at: 5000,
      },
      settings,
    );
    expect(r).toEqual({
      touchIds: [expect.any(Number), expect.any(Number), expect.any(Number)],
      skipped: 0,
    });
    expect(await db.contacts.count()).toBe(3);
    expect((await findContactByEmail(db, 'anna.mueller@x.de'))?.name).toBe('Anna Mueller');
    expect((await findContactByEmail(db, 'joerg@y.de'))?.name).toBe('Jörg Weiß');
    expect(await history(db, known.id!)).toEqual([
      {
        id: r.touchIds[0],
        contactId: known.id,
        channel: 'email',
        direction: 'out',
        at: 5000,
        summary: 'Cutting your month-end close to 2 days',
        score: 82,
        source: 'auto',
        externalId: 'send-1:bob@acme.com',
      },
    ]);
  });

  it('skips colleagues on never-log domains, subdomains included, and unreadable addresses', async () => {
    const db = freshDb();
    const r = await logEmailSent(
      db,
      {
        recipients: ['boss@mycompany.com', 'ops@eu.mycompany.com', 'nonsense', 'anna@x.de'],
        subject: 'Hi',
        externalId: 'send-2',
      },
      settings,
    );
    expect(r.skipped).toBe(3);
    expect(r.touchIds).toHaveLength(1);
    expect(await findContactByEmail(db, 'boss@mycompany.com')).toBeUndefined();
    expect(await db.contacts.count()).toBe(1);
  });

  it('logs nothing twice when the same send is reported again', async () => {
    const db = freshDb();
    const msg = { recipients: ['anna@x.de', 'bob@y.de'], subject: 'Hi', externalId: 'send-3' };
    const first = await logEmailSent(db, msg, settings);
    const again = await logEmailSent(
      db,
      { ...msg, recipients: ['Anna@X.de', 'bob@y.de', 'anna@x.de'] },
      settings,
    );
    expect(again.touchIds).toEqual(first.touchIds);
    expect(await db.touches.count()).toBe(2);
    expect(await db.contacts.count()).toBe(2);
  });

  it('logs nothing at all when writing one recipient fails', async () => {
    const db = freshDb();
    let n = 0;
    const failSecond = () => {
      if (++n === 2) throw new Error('quota exceeded');
    };
    db.touches.hook('creating', failSecond);
    await expect(
      logEmailSent(
        db,
        { recipients: ['a@x.de', 'b@x.de'], subject: 'Hi', externalId: 's' },
        settings,
      ),
    ).rejects.toThrow('quota exceeded');
    db.touches.hook('creating').unsubscribe(failSecond);
    expect(await db.touches.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('logEmailReceived', () => {
  it('logs a reply from a contact once, as inbound', async () => {
    const db = freshDb();
    const anna = await upsertContact(db, { name: 'Anna', emails: ['anna@x.de'] });
    const msg = {
      from: 'Anna Müller <Anna@x.de>',
      subject: 'Re: Hi',
      externalId: 'gm-77',
      at: 9000,
    };
    const r = await logEmailReceived(db, msg, settings);
    expect(r).toEqual({ touchIds: [expect.any(Number)], skipped: 0 });
    expect(await logEmailReceived(db, msg, settings)).toEqual(r);
    expect(await history(db, anna.id!)).toMatchObject([
      { direction: 'in', channel: 'email', at: 9000, externalId: 'gm-77', source: 'auto' },
    ]);
    expect(await db.contacts.get(anna.id!)).toMatchObject({ lastTouchDirection: 'in' });
  });

  it('ignores mail from strangers and colleagues, creating no contact', async () => {
    const db = freshDb();
    await upsertContact(db, { name: 'Boss', emails: ['boss@mycompany.com'] });
    expect(
      await logEmailReceived(
        db,
        { from: 'news@shop.com', subject: 'Sale', externalId: 'x' },
        settings,
      ),
    ).toEqual({ touchIds: [], skipped: 1 });
    expect(
      await logEmailReceived(
        db,
        { from: 'boss@mycompany.com', subject: 'Lunch', externalId: 'y' },
        settings,
      ),
    ).toEqual({ touchIds: [], skipped: 1 });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.touches.count()).toBe(0);
  });
});

describe('logLinkedInSent', () => {
  it('finds the contact by profile link in any form', async () => {
    const db = freshDb();
    const anna = await upsertContact(db, {
      name: 'Anna',
      linkedinUrls: ['linkedin.com/in/anna-m'],
    });
    const r = await logLinkedInSent(db, {
      profileUrl: 'https://de.linkedin.com/in/Anna-M/?trk=x',
      externalId: 'li-1',
      at: 100,
    });
    expect(await history(db, anna.id!)).toMatchObject([
      { id: r.touchIds[0], channel: 'linkedin', direction: 'out' },
    ]);
  });

  it('falls back to the one contact with that name, and gives it the link', async () => {
    const db = freshDb();
    const anna = await upsertContact(db, { name: 'Anna Müller', emails: ['anna@x.de'] });
    await logLinkedInSent(db, {
      profileUrl: 'linkedin.com/in/anna-mueller',
      name: 'anna müller',
      externalId: 'li-2',
    });
    expect(await db.contacts.count()).toBe(1);
    expect((await findContactByLinkedIn(db, 'linkedin.com/in/anna-mueller'))?.id).toBe(anna.id);
  });

  it('creates a new contact when the name is shared by someone with another profile', async () => {
    const db = freshDb();
    await upsertContact(db, { name: 'Anna Müller', linkedinUrls: ['linkedin.com/in/anna-1'] });
    await logLinkedInSent(db, {
      profileUrl: 'linkedin.com/in/anna-2',
      name: 'Anna Müller',
      externalId: 'li-3',
    });
    expect(await db.contacts.count()).toBe(2);
    expect(await findContactByLinkedIn(db, 'linkedin.com/in/anna-2')).toMatchObject({
      name: 'Anna Müller',
    });
  });

  it('creates a contact from the link alone, and only once when the send is retried', async () => {
    const db = freshDb();
    const msg = {
      profileUrl: 'https://www.linkedin.com/in/jane-doe-8f3a2b1c/',
      externalId: 'li-4',
    };
    const first = await logLinkedInSent(db, msg);
    expect(await logLinkedInSent(db, msg)).toEqual(first);
    expect(await db.contacts.toArray()).toMatchObject([{ name: 'Jane Doe' }]);
    expect(await db.touches.count()).toBe(1);
  });

  it('logs a name-only send once even when that name is ambiguous', async () => {
    const db = freshDb();
    await upsertContact(db, { name: 'Sam Lee', emails: ['sam1@x.de'] });
    await upsertContact(db, { name: 'Sam Lee', emails: ['sam2@x.de'] });
    const msg = { name: 'Sam Lee', externalId: 'li-5' };
    await logLinkedInSent(db, msg);
    await logLinkedInSent(db, msg);
    expect(await db.contacts.count()).toBe(3);
    expect(await db.touches.count()).toBe(1);
  });

  it('skips a send with neither a profile nor a name', async () => {
    const db = freshDb();
    expect(
      await logLinkedInSent(db, {
        profileUrl: 'https://www.linkedin.com/feed/',
        externalId: 'li-6',
      }),
    ).toEqual({
      touchIds: [],
      skipped: 1,
    });
  });
});
