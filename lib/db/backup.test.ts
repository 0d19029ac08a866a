import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import {
  BACKUP_VERSION,
  deleteAllData,
  exportCsv,
  exportJson,
  IMPORT_CHUNK,
  ImportError,
  importCsv,
  importJson,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CONTACTS,
  MAX_IMPORT_TOUCHES,
} from './backup';
import { setCadence, setStatus, snooze, upsertContact } from './contacts';
import { dueToday } from './due';
import type { WiifmDB } from './db';
import { expectDerivedFieldsCorrect, freshDb } from './testing';
import { logTouch } from './touches';

/** A small but varied touch log: accents, commas, quotes, new lines, a would-be formula. */
async function fill(db: WiifmDB) {
  const anna = await upsertContact(db, {
    name: 'Anna Müller',
    emails: ['anna.mueller@example.de', 'anna@privat.de'],
    linkedinUrls: ['https://de.linkedin.com/in/anna-müller/'],
    company: 'Müller & Söhne, GmbH',
    title: 'Leiterin "Einkauf"',
    notes: 'Met at Hannover Messe.\nPrefers calls; not before 10:00.',
  });
  const jorg = await upsertContact(db, { name: 'Jörg Weiß', emails: ['joerg@weiss.ch'] });
  const formula = await upsertContact(db, {
    name: '=HYPERLINK("http://evil","x")',
    linkedinUrls: ['linkedin.com/in/formula'],
    notes: '- called twice\n- no answer',
  });
  const 李 = await upsertContact(db, {
    name: '李小龍',
    emails: ['li@example.cn'],
    company: '北京',
  });
  await setStatus(db, jorg.id!, { no: 'Went with a competitor, "for now"' });
  await snooze(db, formula.id!, Date.UTC(2026, 3, 1, 7));
  await setCadence(db, 李.id!, 14);
  await logTouch(db, {
    contactId: anna.id!,
    channel: 'email',
    direction: 'out',
    at: Date.UTC(2026, 2, 2, 9),
    summary: 'Cutting your close, by 2 days',
    score: 87.5,
    source: 'auto',
    externalId: 'send-1:anna@privat.de',
  });
  await logTouch(db, {
    contactId: anna.id!,
    channel: 'email',
    direction: 'in',
    at: Date.UTC(2026, 2, 3, 14),
    externalId: 'gm-9',
  });
  await logTouch(db, {
    contactId: anna.id!,
    channel: 'call',
    direction: 'out',
    at: Date.UTC(2026, 2, 4, 8),
    outcome: 'voicemail',
  });
  await logTouch(db, {
    contactId: jorg.id!,
    channel: 'meeting',
    direction: 'out',
    at: Date.UTC(2026, 1, 20, 13),
    summary: 'Demo',
  });
  await logTouch(db, {
    contactId: formula.id!,
    channel: 'linkedin',
    direction: 'out',
    at: Date.UTC(2026, 2, 1, 18),
  });
  await logTouch(db, {
    contactId: 李.id!,
    channel: 'note',
    direction: 'out',
    at: Date.UTC(2026, 2, 5),
    summary: '  keeps spacing ',
  });
}

async function everything(db: WiifmDB) {
  return { contacts: await db.contacts.toArray(), touches: await db.touches.toArray() };
}

describe('JSON backup', () => {
  it('restores exactly the same data, ids included, into an empty database', async () => {
    const source = freshDb();
    await fill(source);
    const json = await exportJson(source);
    expect(JSON.parse(json)).toMatchObject({
      format: 'wiifm-backup',
      version: BACKUP_VERSION,
      exportedAt: expect.any(String),
    });
    const target = freshDb();
    expect(await importJson(target, json)).toEqual({ contacts: 4, touches: 6 });
    expect(await everything(target)).toEqual(await everything(source));
  });

  it('adds nothing when the same backup is imported again', async () => {
    const db = freshDb();
    await fill(db);
    const json = await exportJson(db);
    const before = await everything(db);
    expect(await importJson(db, json)).toEqual({ contacts: 0, touches: 0 });
    expect(await everything(db)).toEqual(before);
  });

  it('joins a backup into a database that has other data, matching people by address', async () => {
    const source = freshDb();
    await fill(source);
    const json = await exportJson(source);
    const db = freshDb();
    const bob = await upsertContact(db, { name: 'Bob', emails: ['bob@x.de'] });
    const anna = await upsertContact(db, { name: 'Anna M.', emails: ['anna@privat.de'] });
    await logTouch(db, {
      contactId: anna.id!,
      channel: 'email',
      direction: 'in',
      at: Date.UTC(2026, 2, 3, 14),
      externalId: 'gm-9',
    });
    expect(await importJson(db, json)).toEqual({ contacts: 3, touches: 5 });
    const merged = await db.contacts.get(anna.id!);
    expect(merged).toMatchObject({
      name: 'Anna M.',
      emails: ['anna@privat.de', 'anna.mueller@example.de'],
      linkedinUrls: ['https://www.linkedin.com/in/anna-müller/'],
      lastTouchAt: Date.UTC(2026, 2, 4, 8),
    });
    expect(await db.touches.where('contactId').equals(anna.id!).count()).toBe(3);
    expect(await db.contacts.get(bob.id!)).toMatchObject({ name: 'Bob' });
    expect(await importJson(db, json)).toEqual({ contacts: 0, touches: 0 });
    await expectDerivedFieldsCorrect(db);
  });

  it('names the row and field of a bad address, and changes nothing', async () => {
    const db = freshDb();
    await fill(db);
    const before = await everything(db);
    const backup = JSON.parse(await exportJson(db));
    backup.contacts.push({ name: 'New', emails: ['new@x.de'], status: 'active' });
    backup.contacts[2].emails = ['ok@x.de', 'bob@'];
    const err = await importJson(db, JSON.stringify(backup)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err).toMatchObject({
      message: 'contacts row 3, field "emails": "bob@" is not an email address',
      row: 3,
      field: 'emails',
    });
    expect(await everything(db)).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format":', 'not a WII-FM Coach backup'],
    ['another program’s file', '{"hello":1}', 'not a WII-FM Coach backup'],
    [
      'a newer version',
      `{"format":"wiifm-backup","version":${BACKUP_VERSION + 1},"contacts":[],"touches":[]}`,
      'made by a newer WII-FM Coach',
    ],
    [
      'a touch of a contact not in the file',
      '{"format":"wiifm-backup","version":1,"contacts":[{"id":1,"name":"A"}],"touches":[{"contactId":2,"channel":"email","direction":"out","at":5}]}',
      'touches row 1, field "contactId": no contact has id 2',
    ],
    [
      'an unknown channel',
      '{"format":"wiifm-backup","version":1,"contacts":[{"id":1,"name":"A"}],"touches":[{"contactId":1,"channel":"fax","direction":"out","at":5}]}',
      'touches row 1, field "channel": "fax" is not one of email, linkedin, call, voicemail, meeting, note',
    ],
    [
      'a missing time',
      '{"format":"wiifm-backup","version":1,"contacts":[{"id":1,"name":"A"}],"touches":[{"contactId":1,"channel":"email","direction":"out"}]}',
      'touches row 1, field "at": is missing',
    ],
    [
      'one address on two contacts',
      '{"format":"wiifm-backup","version":1,"contacts":[{"id":1,"name":"A","emails":["a@x.de"]},{"id":2,"name":"B","emails":["A@X.de"]}]}',
      'contacts row 2, field "emails": "a@x.de" is also on row 1',
    ],
  ])('refuses %s with a message saying what is wrong', async (_what, text, message) => {
    const db = freshDb();
    await expect(importJson(db, text)).rejects.toThrow(message);
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('snooze times in backups', () => {
  it('keeps when a snooze was set, through JSON and through CSV', async () => {
    const source = freshDb();
    await fill(source);
    const snoozedAt = (await source.contacts.toArray())[2]!.snoozedAt!;
    expect(snoozedAt).toEqual(expect.any(Number));
    const json = await exportJson(source);
    expect(JSON.parse(json).contacts[2].snoozedAt).toBe(snoozedAt);
    const csv = await exportCsv(source);
    const rows = Papa.parse<Record<string, string>>(csv.contacts, { header: true }).data;
    expect(rows[2]!.snoozedAt).toBe(new Date(snoozedAt).toISOString());
    expect(rows[0]!.snoozedAt).toBe('');
    for (const restore of [
      (db: WiifmDB) => importJson(db, json),
      (db: WiifmDB) => importCsv(db, csv),
    ]) {
      const target = freshDb();
      await restore(target);
      expect((await target.contacts.toArray()).map((c) => c.snoozedAt)).toEqual([
        undefined,
        undefined,
        snoozedAt,
        undefined,
      ]);
    }
  });

  // A backup made before snoozedAt existed: Anna snoozed on 9 March (her last
  // edit), replied on the 6th (before: held) and on the 11th (after: due).
  const oldJson = JSON.stringify({
    format: 'wiifm-backup',
    version: 1,
    contacts: [
      {
        id: 1,
        name: 'Anna',
        emails: ['anna@x.de'],
        status: 'paused',
        pausedUntil: Date.UTC(2026, 2, 30),
        createdAt: Date.UTC(2026, 1, 1),
        updatedAt: Date.UTC(2026, 2, 9, 9),
      },
    ],
    touches: [
      { contactId: 1, channel: 'email', direction: 'out', at: Date.UTC(2026, 2, 2, 9) },
      { contactId: 1, channel: 'email', direction: 'in', at: Date.UTC(2026, 2, 6, 9) },
    ],
  });
  const oldCsv = {
    contacts:
      'id,name,emails,status,pausedUntil,createdAt,updatedAt\n' +
      '1,Anna,anna@x.de,paused,2026-03-30T00:00:00.000Z,2026-02-01T00:00:00.000Z,2026-03-09T09:00:00.000Z\n',
    touches:
      'contactId,channel,direction,at\n1,email,out,2026-03-02T09:00:00.000Z\n1,email,in,2026-03-06T09:00:00.000Z\n',
  };
  const due = (db: WiifmDB, iso: string) =>
    dueToday(db, { now: new Date(iso), timeZone: 'UTC', settings: DEFAULT_SETTINGS });

  it.each([
    ['JSON', (db: WiifmDB) => importJson(db, oldJson)],
    ['CSV', (db: WiifmDB) => importCsv(db, oldCsv)],
  ])(
    'imports an older %s backup without snooze times; a reply after the snooze makes them due',
    async (_kind, restore) => {
      const db = freshDb();
      expect(await restore(db)).toEqual({ contacts: 1, touches: 2 });
      const anna = (await db.contacts.get(1))!;
      expect(anna).toMatchObject({ status: 'paused', pausedUntil: Date.UTC(2026, 2, 30) });
      expect(anna.snoozedAt).toBeUndefined();
      expect(await due(db, '2026-03-10T12:00:00Z')).toEqual([]);
      await logTouch(db, {
        contactId: 1,
        channel: 'email',
        direction: 'in',
        at: Date.UTC(2026, 2, 11, 9),
      });
      expect(
        (await due(db, '2026-03-11T12:00:00Z')).map((d) => [d.contact.name, d.dueDate, d.reason]),
      ).toEqual([['Anna', '2026-03-11', 'reply']]);
    },
  );
});

describe('CSV backup', () => {
  it('restores exactly the same data from contacts.csv and touches.csv', async () => {
    const source = freshDb();
    await fill(source);
    const csv = await exportCsv(source);
    const target = freshDb();
    expect(await importCsv(target, csv)).toEqual({ contacts: 4, touches: 6 });
    expect(await everything(target)).toEqual(await everything(source));
    expect(await importCsv(target, csv)).toEqual({ contacts: 0, touches: 0 });
  });

  it('writes lists joined with ";", times in ISO 8601, and formulas as text', async () => {
    const db = freshDb();
    await fill(db);
    const { contacts } = await exportCsv(db);
    const rows = Papa.parse<Record<string, string>>(contacts, { header: true }).data;
    expect(rows[0]).toMatchObject({
      name: 'Anna Müller',
      emails: 'anna.mueller@example.de;anna@privat.de',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(rows[2]!.name).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows[2]!.notes).toBe(`'- called twice\n- no answer`);
    expect(rows[2]!.pausedUntil).toBe('2026-04-01T07:00:00.000Z');
  });

  it('reads a hand-made sheet with only some columns, and counts rows as a spreadsheet does', async () => {
    const db = freshDb();
    const contacts = 'name,emails,status\nAnna,anna@x.de;anna@y.de,\n\nBob,bob@,active\n';
    const err = await importCsv(db, { contacts }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      message: 'contacts row 4, field "emails": "bob@" is not an email address',
      row: 4,
      field: 'emails',
    });
    const ok =
      'name,emails,createdAt\nAnna,anna@x.de;anna@y.de,2026-03-02T09:00:00Z\nBob,bob@x.de,2026-03-02T10:00:00+01:00\n';
    expect(await importCsv(db, { contacts: ok })).toEqual({ contacts: 2, touches: 0 });
    expect(await db.contacts.toArray()).toMatchObject([
      {
        name: 'Anna',
        emails: ['anna@x.de', 'anna@y.de'],
        status: 'active',
        createdAt: Date.UTC(2026, 2, 2, 9),
      },
      { name: 'Bob', createdAt: Date.UTC(2026, 2, 2, 9) },
    ]);
  });

  it('names the row of a bad date, an unknown column or a missing column', async () => {
    const db = freshDb();
    await expect(importCsv(db, { contacts: 'name,createdAt\nAnna,yesterday\n' })).rejects.toThrow(
      'contacts row 2, field "createdAt": "yesterday" is not a date and time',
    );
    await expect(importCsv(db, { contacts: 'name,emial\nAnna,a@x.de\n' })).rejects.toThrow(
      'contacts row 1, field "emial": unknown column',
    );
    await expect(
      importCsv(db, { touches: 'contactId,channel,at\n1,email,2026-03-02T09:00:00Z\n' }),
    ).rejects.toThrow('touches row 1, field "direction": the column is missing');
  });

  it('adds touches alone to contacts already in the database', async () => {
    const db = freshDb();
    const anna = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
    const touches = `contactId,channel,direction,at,summary\n${anna.id},call,out,2026-03-02T09:00:00Z,Left a message\n`;
    expect(await importCsv(db, { touches })).toEqual({ contacts: 0, touches: 1 });
    expect(await db.contacts.get(anna.id!)).toMatchObject({ lastOutAt: Date.UTC(2026, 2, 2, 9) });
    await expect(
      importCsv(db, {
        touches: 'contactId,channel,direction,at\n77,call,out,2026-03-02T09:00:00Z\n',
      }),
    ).rejects.toThrow('touches row 2, field "contactId": no contact has id 77');
  });
});

describe('dates in a CSV import', () => {
  const touches = (at: string) =>
    `contactId,channel,direction,at\n1,email,out,2026-03-02T09:00:00Z\n1,call,out,${at}\n`;

  async function refused(at: string): Promise<string> {
    const db = freshDb();
    const anna = await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
    expect(anna.id).toBe(1);
    const err = await importCsv(db, { touches: touches(at) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err).toMatchObject({ file: 'touches', row: 3, field: 'at' });
    expect(await db.touches.count()).toBe(0); // not even the good first row
    return (err as ImportError).message;
  }

  it('refuses 30 February instead of reading it as 2 March, naming row and field', async () => {
    expect(await refused('2026-02-30T09:00:00Z')).toBe(
      'touches row 3, field "at": "2026-02-30T09:00:00Z" is not a real date (2026-02 has 28 days)',
    );
  });

  it('refuses "March 5" instead of reading it as a day in 2001, and says what to write', async () => {
    expect(await refused('March 5')).toBe(
      'touches row 3, field "at": "March 5" is not a date and time; write it as ISO 8601 with a zone, e.g. 2026-03-05T09:30:00Z or 2026-03-05T09:30:00+01:00',
    );
  });

  it('refuses a date without a time and zone, and a time without a zone', async () => {
    expect(await refused('2026-03-05')).toMatch(
      /"2026-03-05" is a date without a time and zone; write it as ISO 8601 with a zone, e\.g\. 2026-03-05T09:30:00Z/,
    );
    expect(await refused('2026-03-05T09:30:00')).toMatch(/"2026-03-05T09:30:00" has no time zone/);
  });

  it('refuses epoch milliseconds: "2026" typed in a date cell would be 1970', async () => {
    expect(await refused('2026')).toMatch(/"2026" is not a date and time/);
  });

  it('reads UTC and offset times as the instant they name', async () => {
    const db = freshDb();
    await upsertContact(db, { name: 'Anna', emails: ['a@x.de'] });
    await importCsv(db, { touches: touches('2026-03-05T09:30:00.000+01:00') });
    expect((await db.touches.toArray()).map((t) => t.at)).toEqual([
      Date.UTC(2026, 2, 2, 9),
      Date.UTC(2026, 2, 5, 8, 30),
    ]);
  });

  it('refuses numbers a spreadsheet would not write, such as hex or exponents', async () => {
    const db = freshDb();
    await expect(importCsv(db, { contacts: 'name,cadenceDays\nAnna,0x7\n' })).rejects.toThrow(
      'contacts row 2, field "cadenceDays": "0x7" is not a number',
    );
    await expect(importCsv(db, { contacts: 'name,cadenceDays\nAnna,1e1\n' })).rejects.toThrow(
      '"1e1" is not a number',
    );
  });
});

describe('a JSON backup is read strictly', () => {
  const backup = (extra: Record<string, unknown>, contact: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: 'wiifm-backup',
      version: 1,
      exportedAt: '2026-03-05T09:30:00.000Z',
      contacts: [{ id: 1, name: 'Anna', emails: ['a@x.de'], ...contact }],
      touches: [{ contactId: 1, channel: 'email', direction: 'out', at: 5 }],
      ...extra,
    });

  it('takes a well-formed backup', async () => {
    expect(await importJson(freshDb(), backup({}))).toEqual({ contacts: 1, touches: 1 });
  });

  it.each([
    [
      'a misspelt field on a contact',
      backup({}, { emial: 'a@y.de' }),
      'contacts row 1, field "emial": is not a field of a WII-FM Coach backup',
    ],
    [
      'a field the file format does not have',
      backup({ settings: {} }),
      'field "settings": is not a field of a WII-FM Coach backup',
    ],
    [
      'an export time that is not ISO 8601 with a zone',
      backup({ exportedAt: 'March 5' }),
      'field "exportedAt": is not an ISO 8601 time with a zone',
    ],
    [
      'a touch time written as text',
      backup({ touches: [{ contactId: 1, channel: 'email', direction: 'out', at: '2026-03-05' }] }),
      'touches row 1, field "at": "2026-03-05" is not a number',
    ],
    [
      'a fractional time',
      backup({ touches: [{ contactId: 1, channel: 'email', direction: 'out', at: 1.5 }] }),
      'touches row 1, field "at"',
    ],
  ])('refuses %s, naming it, and imports nothing', async (_what, text, message) => {
    const db = freshDb();
    await expect(importJson(db, text)).rejects.toThrow(message);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.touches.count()).toBe(0);
  });
});

describe('import limits', () => {
  it('names the limits so a real book fits: the bench book is 10,000 contacts and 100,000 touches', () => {
    expect(MAX_IMPORT_CONTACTS).toBeGreaterThanOrEqual(10_000);
    expect(MAX_IMPORT_TOUCHES).toBeGreaterThanOrEqual(100_000);
    expect(MAX_IMPORT_BYTES).toBeGreaterThanOrEqual(17_400_000); // its JSON backup's size
  });

  it('refuses a file over the size limit before reading it as JSON, saying the limit', async () => {
    const db = freshDb();
    // Not JSON at all: had it been parsed first, the message would say so.
    const huge = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    await expect(importJson(db, huge)).rejects.toThrow(
      'this file is 101 MB; an import takes files up to 100 MB',
    );
    await expect(importCsv(db, { touches: huge })).rejects.toThrow(
      'touches: this file is 101 MB; an import takes files up to 100 MB',
    );
  });

  it('refuses a JSON backup with too many rows before checking any row, saying the limit', async () => {
    const db = freshDb();
    // Every row is empty: had they been checked first, the message would be "name is missing".
    const file = (contacts: number, touches: number) =>
      JSON.stringify({
        format: 'wiifm-backup',
        version: 1,
        contacts: Array.from({ length: contacts }, () => ({})),
        touches: Array.from({ length: touches }, () => ({})),
      });
    await expect(importJson(db, file(MAX_IMPORT_CONTACTS + 1, 0))).rejects.toThrow(
      'contacts: more than 50,000 rows; an import takes at most 50,000 contacts at a time, so split the file',
    );
    await expect(importJson(db, file(1, MAX_IMPORT_TOUCHES + 1))).rejects.toThrow(
      'touches: more than 500,000 rows; an import takes at most 500,000 touches at a time',
    );
    // At the limit the file is read row by row, and the first bad row is named.
    await expect(importJson(db, file(MAX_IMPORT_CONTACTS, 0))).rejects.toThrow(
      'contacts row 1, field "name": is missing',
    );
  });

  it('stops reading a CSV at the first row past the limit; blank lines do not count', async () => {
    const db = freshDb();
    const rows = (n: number) => 'contactId,channel,direction,at\n' + 'x,,,\n\n'.repeat(n);
    await expect(importCsv(db, { touches: rows(MAX_IMPORT_TOUCHES + 1) })).rejects.toThrow(
      'touches: more than 500,000 rows; an import takes at most 500,000 touches at a time, so split the file',
    );
    // At the limit, rows are checked: the first one is named.
    await expect(importCsv(db, { touches: rows(MAX_IMPORT_TOUCHES) })).rejects.toThrow(
      'touches row 2, field "contactId": "x" is not a number',
    );
    const contacts = 'name\n' + 'Anna\n'.repeat(MAX_IMPORT_CONTACTS + 1);
    await expect(importCsv(db, { contacts })).rejects.toThrow(
      'contacts: more than 50,000 rows; an import takes at most 50,000 contacts',
    );
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('nothing is half-imported', () => {
  it('a bad last row of a large CSV leaves an empty database empty, and a full one as it was', async () => {
    const contacts =
      'id,name,emails\n' +
      Array.from({ length: 3000 }, (_, i) => `${i + 1},Kontakt ${i},k${i}@x.de`).join('\n') +
      '\n';
    const touches =
      'contactId,channel,direction,at\n' +
      Array.from({ length: 3000 }, (_, i) => `${i + 1},email,out,2026-03-02T09:00:00Z`).join('\n') +
      '\n3000,email,out,2026-02-30T09:00:00Z\n';
    const empty = freshDb();
    await expect(importCsv(empty, { contacts, touches })).rejects.toThrow(
      'touches row 3002, field "at"',
    );
    expect(await everything(empty)).toEqual({ contacts: [], touches: [] });

    const full = freshDb();
    await fill(full);
    const before = await everything(full);
    await expect(importCsv(full, { contacts, touches })).rejects.toThrow('touches row 3002');
    expect(await everything(full)).toEqual(before);
  });
});

function bigBackup(contacts: number, touchesEach: number) {
  return JSON.stringify({
    format: 'wiifm-backup',
    version: 1,
    contacts: Array.from({ length: contacts }, (_, i) => ({
      id: i + 1,
      name: `Kontakt ${i}`,
      emails: [`k${i}@x.de`],
      linkedinUrls: [],
      status: 'active',
      createdAt: 1,
      updatedAt: 1,
    })),
    touches: Array.from({ length: contacts * touchesEach }, (_, i) => ({
      id: i + 1,
      contactId: (i % contacts) + 1,
      channel: 'email',
      direction: i % 3 === 0 ? 'in' : 'out',
      at: 1_000_000 + i,
      source: 'manual',
    })),
  });
}

function stopAfterFirstChunk(done: number): void {
  if (done >= IMPORT_CHUNK) throw new Error('tab closed');
}

describe('large imports', () => {
  it('reports progress in steps while it runs, ending at the total', async () => {
    const db = freshDb();
    const calls: [number, number][] = [];
    await importJson(db, bigBackup(1000, 5), (done, total) => calls.push([done, total]));
    expect(calls.length).toBeGreaterThanOrEqual(Math.ceil(6000 / IMPORT_CHUNK));
    expect(calls.at(-1)).toEqual([6000, 6000]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
    await expectDerivedFieldsCorrect(db);
  });

  it('leaves the database as it was when the import stops half-way', async () => {
    const db = freshDb();
    await fill(db);
    const before = await everything(db);
    await expect(importJson(db, bigBackup(3000, 1), stopAfterFirstChunk)).rejects.toThrow(
      'tab closed',
    );
    expect(await everything(db)).toEqual(before);
    const empty = freshDb();
    await expect(importJson(empty, bigBackup(3000, 1), stopAfterFirstChunk)).rejects.toThrow(
      'tab closed',
    );
    expect(await empty.contacts.count()).toBe(0);
  });
});

describe('deleteAllData', () => {
  it('removes every contact and touch', async () => {
    const db = freshDb();
    await fill(db);
    await deleteAllData(db);
    expect(await everything(db)).toEqual({ contacts: [], touches: [] });
  });
});
