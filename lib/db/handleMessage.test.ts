import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/rules';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { findContactByEmail, upsertContact } from './contacts';
import { handleMessage } from './handleMessage';
import { freshDb } from './testing';
import { history } from './touches';

function fail(): never {
  throw new Error('storage is full');
}

const settings: Settings = { ...DEFAULT_SETTINGS, neverLogDomains: ['mycompany.com'] };
const body =
  'Hi Anna, you told me month-end close takes your team six days. Teams like yours at Globex cut it to two. Worth 15 minutes on Thursday?';

describe('messages from content scripts', () => {
  it('logs a sent email per recipient, with the draft scored by the rule engine', async () => {
    const db = freshDb();
    const reply = await handleMessage(
      db,
      {
        type: 'touch.emailSent',
        recipients: ['anna@globex.com', 'boss@mycompany.com'],
        subject: 'Month-end close in two days',
        text: body,
        externalId: 'gmail-send-1',
        at: Date.UTC(2026, 2, 2, 9),
      },
      settings,
      { tabId: 7 },
    );
    expect(reply).toEqual({ ok: true, touchIds: [expect.any(Number)], skipped: 1 });
    const anna = await findContactByEmail(db, 'anna@globex.com');
    const expected = checkDraft(
      { mode: 'email', text: body, subject: 'Month-end close in two days' },
      settings.rules,
    ).score;
    expect(await history(db, anna!.id!)).toMatchObject([
      {
        channel: 'email',
        direction: 'out',
        summary: 'Month-end close in two days',
        score: expected,
        source: 'auto',
      },
    ]);
    // The body itself is never stored.
    expect(JSON.stringify(await db.touches.toArray())).not.toContain('six days');
  });

  it('logs an opened reply from a known contact', async () => {
    const db = freshDb();
    const anna = await upsertContact(db, { name: 'Anna', emails: ['anna@globex.com'] });
    const reply = await handleMessage(
      db,
      {
        type: 'touch.emailReceived',
        from: 'Anna <anna@globex.com>',
        subject: 'Re: close',
        externalId: 'm-1',
      },
      settings,
    );
    expect(reply).toEqual({ ok: true, touchIds: [expect.any(Number)], skipped: 0 });
    expect(await history(db, anna.id!)).toMatchObject([{ direction: 'in', externalId: 'm-1' }]);
  });

  it('logs a LinkedIn message with its score', async () => {
    const db = freshDb();
    const text =
      'Anna, saw your post on closing faster. Teams like yours cut close to two days. Open to a chat?';
    const reply = await handleMessage(
      db,
      {
        type: 'touch.linkedinSent',
        profileUrl: 'https://www.linkedin.com/in/anna-globex/',
        name: 'Anna Berg',
        text,
        externalId: 'li-1',
      },
      settings,
    );
    expect(reply).toMatchObject({ ok: true, skipped: 0 });
    const [touch] = await db.touches.toArray();
    expect(touch).toMatchObject({
      channel: 'linkedin',
      score: checkDraft({ mode: 'linkedin', text }, settings.rules).score,
    });
    expect(await db.contacts.toArray()).toMatchObject([{ name: 'Anna Berg' }]);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'touch.emailSent'],
    ['an unknown type', { type: 'contacts.dump' }],
    [
      'a send without recipients',
      { type: 'touch.emailSent', recipients: [], subject: 's', text: 't', externalId: 'x' },
    ],
    [
      'a send with a numeric subject',
      { type: 'touch.emailSent', recipients: ['a@x.de'], subject: 5, text: 't', externalId: 'x' },
    ],
    ['a reply without a message id', { type: 'touch.emailReceived', from: 'a@x.de', subject: 's' }],
    [
      'a time that is not a number',
      { type: 'touch.linkedinSent', name: 'A', text: 't', externalId: 'x', at: 'now' },
    ],
  ])('answers %s with an error and writes nothing', async (_what, raw) => {
    const db = freshDb();
    const reply = await handleMessage(db, raw, settings);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('malformed message') });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.touches.count()).toBe(0);
  });

  it('never repeats the draft or addresses in an error', async () => {
    const db = freshDb();
    const reply = await handleMessage(
      db,
      {
        type: 'touch.emailSent',
        recipients: ['secret@client.com'],
        subject: 'x'.repeat(3000),
        text: 'confidential draft',
        externalId: 'x',
      },
      settings,
    );
    expect(reply.ok).toBe(false);
    const error = (reply as { error: string }).error;
    expect(error).toContain('subject');
    expect(error).not.toMatch(/secret@client\.com|confidential|xxxx/);
  });

  it("logs the rep's own message from a thread for known contacts only, unscored", async () => {
    const db = freshDb();
    await upsertContact(db, { name: 'Anna', emails: ['anna@globex.com'] });
    const reply = await handleMessage(
      db,
      {
        type: 'touch.emailSent',
        recipients: ['anna@globex.com', 'newsletter@list.example'],
        subject: 'Re: Close',
        text: '',
        externalId: '#msg-a:r-5',
        at: Date.UTC(2026, 2, 2, 9),
        seenIn: 'thread',
      },
      settings,
    );
    expect(reply).toEqual({ ok: true, touchIds: [expect.any(Number)], skipped: 1 });
    expect(await db.contacts.count()).toBe(1);
    expect((await db.touches.toArray())[0]).not.toHaveProperty('score');
  });

  it('marks a bounced address, and answers a held send it cannot hold with an error', async () => {
    const db = freshDb();
    const anna = await upsertContact(db, { name: 'Anna', emails: ['anna@globex.com'] });
    const bounced = await handleMessage(
      db,
      { type: 'touch.emailBounced', addresses: ['anna@globex.com'], externalId: '#msg-f:9' },
      settings,
    );
    expect(bounced).toEqual({ ok: true, touchIds: [], skipped: 0 });
    expect((await db.contacts.get(anna.id!))?.undeliverable).toEqual(['anna@globex.com']);
    // Held sends are the background's ledger's (pendingSends.ts), never logged here.
    const held = await handleMessage(
      db,
      {
        type: 'touch.emailPending',
        recipients: ['a@x.de'],
        subject: 's',
        text: 't',
        externalId: 'x',
      },
      settings,
    );
    expect(held.ok).toBe(false);
    expect(await db.touches.count()).toBe(0);
  });

  it('answers a database failure with an error instead of throwing', async () => {
    const db = freshDb();
    db.touches.hook('creating', fail);
    const reply = await handleMessage(
      db,
      { type: 'touch.emailSent', recipients: ['a@x.de'], subject: 's', text: 't', externalId: 'x' },
      settings,
    );
    expect(reply).toEqual({ ok: false, error: 'storage is full' });
    expect(await db.contacts.count()).toBe(0);
  });
});
