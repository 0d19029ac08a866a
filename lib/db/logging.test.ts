import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { findContactByEmail, findContactByLinkedIn, upsertContact } from './contacts';
import {
  logEmailReceived,
  logEmailSent,
  logLinkedInSent,
  markUndeliverable,
  SAME_SEND_MS,
} from './logging';
import { dueToday } from './due';
import { logTouch } from './touches';
import { expectDerivedFieldsCorrect, freshDb } from './testing';
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

describe('sends the log only learns of later', () => {
  it("logs the rep's own message seen in a thread once per message id, for known contacts only", async () => {
    const db = freshDb();
    const bob = await upsertContact(db, { name: 'Bob Stone', emails: ['bob@acme.com'] });
    const msg = {
      recipients: ['bob@acme.com', 'stranger@elsewhere.example'],
      subject: 'Re: Pilot',
      externalId: '#msg-a:r-42',
      at: 9_000_000,
      knownOnly: true,
    };
    const first = await logEmailSent(db, msg, settings);
    const again = await logEmailSent(db, msg, settings);
    expect(first).toEqual({ touchIds: [expect.any(Number)], skipped: 1 });
    expect(again.touchIds).toEqual(first.touchIds);
    expect(await findContactByEmail(db, 'stranger@elsewhere.example')).toBeUndefined();
    expect(await history(db, bob.id!)).toEqual([
      expect.objectContaining({
        direction: 'out',
        at: 9_000_000,
        externalId: '#msg-a:r-42:bob@acme.com',
      }),
    ]);
  });

  it('does not double a send logged from the compose: by the same id, or by time when the compose had none', async () => {
    const db = freshDb();
    const bob = await upsertContact(db, { name: 'Bob Stone', emails: ['bob@acme.com'] });
    await logEmailSent(
      db,
      { recipients: ['bob@acme.com'], subject: 'Pilot', externalId: '#msg-a:r-7', at: 1_000_000 },
      settings,
    );
    await logEmailSent(
      db,
      {
        recipients: ['bob@acme.com'],
        subject: 'Pilot',
        externalId: 'gmail:local:1',
        at: 5_000_000,
      },
      settings,
    );
    // The same two messages, read in their threads later (Gmail dates them to the minute).
    await logEmailSent(
      db,
      {
        recipients: ['bob@acme.com'],
        subject: 'Pilot',
        externalId: '#msg-a:r-7',
        at: 1_020_000,
        knownOnly: true,
      },
      settings,
    );
    await logEmailSent(
      db,
      {
        recipients: ['bob@acme.com'],
        subject: 'Pilot',
        externalId: '#msg-a:r-8',
        at: 5_000_000 + SAME_SEND_MS - 1,
        knownOnly: true,
      },
      settings,
    );
    expect(await history(db, bob.id!)).toHaveLength(2);
    // A message sent later than that is another send.
    await logEmailSent(
      db,
      {
        recipients: ['bob@acme.com'],
        subject: 'Pilot',
        externalId: '#msg-a:r-9',
        at: 5_000_000 + SAME_SEND_MS + 60_000,
        knownOnly: true,
      },
      settings,
    );
    expect(await history(db, bob.id!)).toHaveLength(3);
  });

  it('logs a scheduled send as scheduled, counting from the time it goes', async () => {
    const db = freshDb();
    const goesAt = Date.now() + 2 * 86_400_000;
    const r = await logEmailSent(
      db,
      {
        recipients: ['bob@acme.com'],
        subject: 'Pilot',
        externalId: '#msg-a:r-1',
        at: goesAt,
        scheduled: true,
      },
      settings,
    );
    const touch = await db.touches.get(r.touchIds[0]!);
    expect(touch).toMatchObject({ at: goesAt, scheduled: true, direction: 'out' });
    expect((await findContactByEmail(db, 'bob@acme.com'))?.lastOutAt).toBe(goesAt);
    await expectDerivedFieldsCorrect(db);
  });
});

describe('replies, auto-replies and bounces', () => {
  const DAY = 86_400_000;

  it('takes an inbox row as a reply only when it is newer than the last outbound touch', async () => {
    const db = freshDb();
    const bob = await upsertContact(db, { name: 'Bob Stone', emails: ['bob@acme.com'] });
    await logTouch(db, {
      contactId: bob.id!,
      channel: 'email',
      direction: 'out',
      at: 10 * DAY,
      source: 'auto',
    });
    const row = { from: 'bob@acme.com', subject: 'Re: Pilot', seenIn: 'inbox' as const };
    // The row's date is older than the rep's last email: it was answered already.
    expect(
      await logEmailReceived(db, { ...row, externalId: '#msg-f:1', at: 9 * DAY }, settings),
    ).toEqual({ touchIds: [], skipped: 1 });
    // Undated: the row cannot say when.
    expect(
      (await logEmailReceived(db, { ...row, externalId: '#msg-f:2' }, settings)).touchIds,
    ).toEqual([]);
    const r = await logEmailReceived(
      db,
      { ...row, externalId: '#msg-f:3', at: 11 * DAY },
      settings,
    );
    expect(r.touchIds).toHaveLength(1);
    // Opened later, the same message is the same touch.
    const opened = await logEmailReceived(
      db,
      { from: 'bob@acme.com', subject: 'Re: Pilot', externalId: '#msg-f:3', at: 11 * DAY },
      settings,
    );
    expect(opened.touchIds).toEqual(r.touchIds);
    expect(await history(db, bob.id!)).toHaveLength(2);
    expect((await findContactByEmail(db, 'bob@acme.com'))?.lastTouchDirection).toBe('in');
  });

  it("logs no touch for an out-of-office, so the contact's follow-up stays where it was", async () => {
    const db = freshDb();
    const bob = await upsertContact(db, { name: 'Bob Stone', emails: ['bob@acme.com'] });
    const sentAt = Date.now() - 1 * DAY;
    await logTouch(db, {
      contactId: bob.id!,
      channel: 'email',
      direction: 'out',
      at: sentAt,
      source: 'auto',
    });
    for (const subject of [
      'Automatic reply: Pilot',
      'Abwesenheitsnotiz: Pilot',
      'Réponse automatique : Pilot',
    ]) {
      const r = await logEmailReceived(
        db,
        { from: 'bob@acme.com', subject, externalId: subject, at: Date.now(), seenIn: 'inbox' },
        settings,
      );
      expect(r).toEqual({ touchIds: [], skipped: 1 });
    }
    expect(await history(db, bob.id!)).toHaveLength(1);
    const due = await dueToday(db, { now: new Date(), timeZone: 'UTC', settings });
    expect(due.map((d) => d.contact.id)).not.toContain(bob.id);
  });

  it('marks the bounced address of a contact undeliverable, logs no touch, and leaves strangers alone', async () => {
    const db = freshDb();
    const bob = await upsertContact(db, {
      name: 'Bob Stone',
      emails: ['bob@acme.com', 'bob.stone@acme.com'],
    });
    const r = await markUndeliverable(
      db,
      { addresses: ['Bob.Stone@acme.com', 'nobody@else.example', 'boss@mycompany.com'] },
      settings,
    );
    expect(r).toEqual({ touchIds: [], skipped: 2, marked: 1 });
    await markUndeliverable(db, { addresses: ['bob.stone@acme.com'] }, settings);
    expect((await db.contacts.get(bob.id!))?.undeliverable).toEqual(['bob.stone@acme.com']);
    expect(await db.touches.count()).toBe(0);
    expect(await db.contacts.count()).toBe(1);
    // A bounce reported as mail received is not a reply either.
    const asMail = await logEmailReceived(
      db,
      {
        from: 'mailer-daemon@googlemail.com',
        subject: 'Delivery Status Notification (Failure)',
        externalId: 'x',
        at: 1,
      },
      settings,
    );
    expect(asMail.touchIds).toEqual([]);
  });

  it('takes no date more than a day ahead from the page', async () => {
    const db = freshDb();
    await upsertContact(db, { name: 'Bob Stone', emails: ['bob@acme.com'] });
    const r = await logEmailReceived(
      db,
      { from: 'bob@acme.com', subject: 'Hi', externalId: 'f', at: Date.now() + 3 * DAY },
      settings,
    );
    expect(r.touchIds).toEqual([]);
  });
});
