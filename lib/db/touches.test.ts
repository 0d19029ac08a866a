import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeContacts, upsertContact } from './contacts';
import { logEmailSent } from './logging';
import type { Channel, Direction } from './model';
import { expectDerivedFieldsCorrect, freshDb } from './testing';
import { deleteTouch, editTouch, history, logTouch, undoTouches } from './touches';

async function withContact() {
  const db = freshDb();
  const contact = await upsertContact(db, { name: 'Anna Müller', emails: ['anna@x.de'] });
  return { db, id: contact.id! };
}

describe('logTouch', () => {
  it('logs a touch and shows it at the top of the history', async () => {
    const { db, id } = await withContact();
    await logTouch(db, {
      contactId: id,
      channel: 'email',
      direction: 'out',
      at: 1000,
      summary: 'Intro',
    });
    const { touch, created } = await logTouch(db, {
      contactId: id,
      channel: 'call',
      direction: 'out',
      at: 3000,
      outcome: 'no-answer',
    });
    await logTouch(db, {
      contactId: id,
      channel: 'note',
      direction: 'out',
      at: 2000,
      summary: 'Asked for Q3',
    });
    expect(created).toBe(true);
    expect(touch).toMatchObject({ id: expect.any(Number), source: 'manual' });
    expect((await history(db, id)).map((t) => [t.channel, t.at])).toEqual([
      ['call', 3000],
      ['note', 2000],
      ['email', 1000],
    ]);
    expect(await db.contacts.get(id)).toMatchObject({
      lastOutAt: 3000,
      lastTouchAt: 3000,
      lastTouchDirection: 'out',
      lastTouch: touch,
    });
  });

  it('logs a message with the same id only once', async () => {
    const { db, id } = await withContact();
    const first = await logTouch(db, {
      contactId: id,
      channel: 'email',
      direction: 'in',
      at: 1000,
      externalId: 'msg-1',
    });
    const again = await logTouch(db, {
      contactId: id,
      channel: 'email',
      direction: 'in',
      at: 1000,
      externalId: 'msg-1',
    });
    expect(again).toEqual({ touch: first.touch, created: false });
    // The same id on another channel is another message.
    await logTouch(db, {
      contactId: id,
      channel: 'linkedin',
      direction: 'in',
      externalId: 'msg-1',
    });
    expect(await db.touches.count()).toBe(2);
  });

  it('refuses a touch for a missing contact or an outcome on an email', async () => {
    const { db, id } = await withContact();
    await expect(
      logTouch(db, { contactId: 99, channel: 'email', direction: 'out' }),
    ).rejects.toThrow('contact 99 not found');
    await expect(
      logTouch(db, { contactId: id, channel: 'email', direction: 'out', outcome: 'connected' }),
    ).rejects.toThrow('only calls');
    expect(await db.touches.count()).toBe(0);
  });

  it('does not let a note answer a reply', async () => {
    const { db, id } = await withContact();
    await logTouch(db, { contactId: id, channel: 'email', direction: 'in', at: 1000 });
    await logTouch(db, { contactId: id, channel: 'note', direction: 'out', at: 2000 });
    expect(await db.contacts.get(id)).toMatchObject({
      lastTouchDirection: 'in',
      lastTouchAt: 1000,
    });
  });
});

describe('editing and deleting touches', () => {
  it('moves the follow-up back when the newest touch is deleted, and returns it for undo', async () => {
    const { db, id } = await withContact();
    await logTouch(db, { contactId: id, channel: 'email', direction: 'out', at: 1000 });
    const { touch } = await logTouch(db, {
      contactId: id,
      channel: 'email',
      direction: 'in',
      at: 2000,
    });
    expect(await deleteTouch(db, touch.id!)).toEqual(touch);
    expect(await db.contacts.get(id)).toMatchObject({
      lastTouchDirection: 'out',
      lastTouchAt: 1000,
    });
    expect((await db.contacts.get(id))?.lastInAt).toBeUndefined();
    expect(await deleteTouch(db, touch.id!)).toBeUndefined();
  });

  it('keeps the follow-up right when a touch changes time, direction or contact', async () => {
    const { db, id } = await withContact();
    const other = (await upsertContact(db, { name: 'Bob', emails: ['bob@x.de'] })).id!;
    const { touch: a } = await logTouch(db, {
      contactId: id,
      channel: 'email',
      direction: 'out',
      at: 1000,
    });
    const { touch: b } = await logTouch(db, {
      contactId: id,
      channel: 'call',
      direction: 'out',
      at: 2000,
    });
    await editTouch(db, a.id!, { at: 5000, summary: 'Re-sent' });
    expect(await db.contacts.get(id)).toMatchObject({
      lastTouchAt: 5000,
      lastTouch: { id: a.id, summary: 'Re-sent' },
    });
    await editTouch(db, b.id!, { direction: 'in', at: 6000 });
    expect(await db.contacts.get(id)).toMatchObject({
      lastTouchDirection: 'in',
      lastTouchAt: 6000,
    });
    await editTouch(db, b.id!, { contactId: other });
    expect(await db.contacts.get(id)).toMatchObject({
      lastTouchDirection: 'out',
      lastTouchAt: 5000,
    });
    expect(await db.contacts.get(other)).toMatchObject({
      lastTouchDirection: 'in',
      lastTouchAt: 6000,
    });
    const edited = await editTouch(db, a.id!, { summary: undefined });
    expect(edited.summary).toBeUndefined();
    await expectDerivedFieldsCorrect(db);
  });

  it('refuses to give a touch the message id another touch has', async () => {
    const { db, id } = await withContact();
    await logTouch(db, { contactId: id, channel: 'email', direction: 'out', externalId: 'm1' });
    const { touch } = await logTouch(db, {
      contactId: id,
      channel: 'email',
      direction: 'out',
      externalId: 'm2',
    });
    await expect(editTouch(db, touch.id!, { externalId: 'm1' })).rejects.toThrow('already has');
  });

  it('undo removes the auto-logged touches just made and leaves manual ones', async () => {
    const { db, id } = await withContact();
    const manual = await logTouch(db, {
      contactId: id,
      channel: 'call',
      direction: 'out',
      at: 1000,
    });
    const auto1 = await logTouch(db, {
      contactId: id,
      channel: 'email',
      direction: 'out',
      at: 2000,
      source: 'auto',
    });
    const auto2 = await logTouch(db, {
      contactId: id,
      channel: 'email',
      direction: 'in',
      at: 3000,
      source: 'auto',
    });
    expect(await undoTouches(db, [auto1.touch.id!, auto2.touch.id!, manual.touch.id!, 999])).toBe(
      2,
    );
    expect((await history(db, id)).map((t) => t.id)).toEqual([manual.touch.id]);
    expect(await db.contacts.get(id)).toMatchObject({
      lastTouchAt: 1000,
      lastTouchDirection: 'out',
    });
  });
});

describe('undo after a send', () => {
  it('removes the contact a send created for a new address, and keeps known ones', async () => {
    const db = freshDb();
    const known = await upsertContact(db, { name: 'Anna Müller', emails: ['anna@x.de'] });
    await logTouch(db, { contactId: known.id!, channel: 'email', direction: 'out', at: 1000 });
    const { touchIds } = await logEmailSent(
      db,
      { recipients: ['anna@x.de', 'new.person@y.com'], subject: 'Hi', externalId: 's1' },
      { neverLogDomains: [] },
    );
    expect(await db.contacts.count()).toBe(2);

    expect(await undoTouches(db, touchIds)).toBe(2);
    const left = await db.contacts.toArray();
    expect(left.map((c) => c.emails)).toEqual([['anna@x.de']]);
    expect((await history(db, known.id!)).map((t) => t.at)).toEqual([1000]);
  });

  it('keeps a contact the rep added by hand before sending to it', async () => {
    const db = freshDb();
    const added = await upsertContact(db, { name: 'Zoë Ł', emails: ['zoe@x.pl'] });
    const { touchIds } = await logEmailSent(
      db,
      { recipients: ['zoe@x.pl'], subject: 'Hi', externalId: 's2', at: added.createdAt + 5000 },
      { neverLogDomains: [] },
    );
    await undoTouches(db, touchIds);
    expect(await db.contacts.get(added.id!)).toMatchObject({ emails: ['zoe@x.pl'] });
  });
});

describe('derived follow-up fields under any sequence of changes', () => {
  const channels: Channel[] = ['email', 'linkedin', 'call', 'note'];
  const directions: Direction[] = ['out', 'in'];
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('log' as const),
      contact: fc.nat(2),
      channel: fc.constantFrom(...channels),
      direction: fc.constantFrom(...directions),
      at: fc.integer({ min: 0, max: 20 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant('edit' as const),
      pick: fc.nat(),
      at: fc.integer({ min: 0, max: 20 }),
      direction: fc.constantFrom(...directions),
      contact: fc.nat(2),
    }),
    fc.record({ kind: fc.constant('merge' as const), keep: fc.nat(2), drop: fc.nat(2) }),
  );

  it('always agree with the touches as stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const db = freshDb();
        const ids: number[] = [];
        for (const name of ['A', 'B', 'C']) {
          ids.push((await upsertContact(db, { name, emails: [`${name.toLowerCase()}@x.de`] })).id!);
        }
        for (const o of ops) {
          const live = (await db.contacts.toArray()).map((c) => c.id!);
          const touchIds = (await db.touches.toArray()).map((t) => t.id!);
          const contactOf = (n: number) => (live.includes(ids[n]!) ? ids[n]! : live[0]!);
          if (o.kind === 'log') {
            await logTouch(db, {
              contactId: contactOf(o.contact),
              channel: o.channel,
              direction: o.direction,
              at: o.at,
            });
          } else if (o.kind === 'delete' && touchIds.length > 0) {
            await deleteTouch(db, touchIds[o.pick % touchIds.length]!);
          } else if (o.kind === 'edit' && touchIds.length > 0) {
            await editTouch(db, touchIds[o.pick % touchIds.length]!, {
              at: o.at,
              direction: o.direction,
              contactId: contactOf(o.contact),
            });
          } else if (o.kind === 'merge' && contactOf(o.keep) !== contactOf(o.drop)) {
            await mergeContacts(db, contactOf(o.keep), contactOf(o.drop));
          }
        }
        await expectDerivedFieldsCorrect(db);
      }),
      { numRuns: 40 },
    );
  });
});
