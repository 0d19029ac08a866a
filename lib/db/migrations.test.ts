import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { findContactByEmail, findContactByLinkedIn, findContactsByName } from './contacts';
import { openDb, type WiifmDB } from './db';
import { dueToday } from './due';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from './schema';
import { replyRatesOf } from './evidence';
import { expectDerivedFieldsCorrect } from './testing';
import { history, logTouch } from './touches';
import { fingerprintOf } from '@/lib/fingerprint/fingerprint';
import { followUpMemory } from '@/lib/fingerprint/followUpMemory';

/**
 * One case per released schema version: data written the way that version's
 * code wrote it (raw rows, derived fields included), then opened by today's
 * WiifmDB. Adding a schema version means adding its case here; the first
 * test fails until you do.
 */
interface MigrationCase {
  /** Writes realistic rows through a plain Dexie declared with the old schema. */
  write(db: Dexie): Promise<void>;
  /** Checks, through today's API, that nothing was lost. */
  check(db: WiifmDB, written: { contacts: unknown[]; touches: unknown[] }): Promise<void>;
}

const T0 = Date.UTC(2026, 2, 2, 9); // Monday 2 March 2026, 10:00 in Berlin
const DAY = 86_400_000;
const TOUCH_2 = {
  id: 2,
  contactId: 1,
  channel: 'call',
  direction: 'out',
  at: T0,
  outcome: 'voicemail',
  source: 'manual',
};
const TOUCH_3 = {
  id: 3,
  contactId: 2,
  channel: 'linkedin',
  direction: 'out',
  at: T0 - 5 * DAY,
  source: 'auto',
  externalId: 'li-9',
};
const TOUCH_5 = {
  id: 5,
  contactId: 3,
  channel: 'email',
  direction: 'in',
  at: T0 - 39 * DAY,
  summary: 'Re: ¿Hablamos?',
  source: 'auto',
  externalId: 'gm-5',
};

const V2_BODY =
  'Hallo Zoë, Fjord Fisk is opening two new plants this spring, so your buyers will be comparing freight quotes by hand. Teams like yours cut that to one afternoon. Worth 15 minutes on Thursday?';
const V2_PRINT = fingerprintOf(V2_BODY)!;
const V2_REPLY = {
  id: 2,
  contactId: 1,
  channel: 'email',
  direction: 'in',
  at: T0 - 5 * DAY,
  summary: 'Re: Grüße aus Köln',
  source: 'auto',
  externalId: 'gm-2',
};

const CASES: Record<number, MigrationCase> = {
  1: {
    async write(db) {
      await db.table('contacts').bulkAdd([
        {
          id: 1,
          name: 'Zoë Ødegaard',
          emails: ['zoe@fjord.no'],
          linkedinUrls: ['https://www.linkedin.com/in/zoë-ødegaard/'],
          company: 'Fjord Fisk AS',
          status: 'active',
          notes: 'Likes 🐟 puns',
          createdAt: T0 - 30 * DAY,
          updatedAt: T0,
          nameKey: 'zoe ødegaard',
          lastOutAt: T0,
          lastTouchAt: T0,
          lastTouchDirection: 'out',
          lastTouch: TOUCH_2,
        },
        {
          id: 2,
          name: '李小龍',
          emails: ['li@example.cn', 'xiaolong@example.cn'],
          linkedinUrls: [],
          status: 'paused',
          pausedUntil: T0 + 20 * DAY,
          cadenceDays: 14,
          createdAt: T0 - 10 * DAY,
          updatedAt: T0,
          nameKey: '李小龍',
          lastOutAt: T0 - 5 * DAY,
          lastTouchAt: T0 - 5 * DAY,
          lastTouchDirection: 'out',
          lastTouch: TOUCH_3,
        },
        {
          id: 3,
          name: 'Ana Núñez',
          emails: ['ana@nunez.es'],
          linkedinUrls: [],
          status: 'no',
          noReason: 'Presupuesto agotado',
          createdAt: T0 - 40 * DAY,
          updatedAt: T0,
          nameKey: 'ana nunez',
          lastOutAt: T0 - 40 * DAY,
          lastInAt: T0 - 39 * DAY,
          lastTouchAt: T0 - 39 * DAY,
          lastTouchDirection: 'in',
          lastTouch: TOUCH_5,
        },
      ]);
      await db.table('touches').bulkAdd([
        {
          id: 1,
          contactId: 1,
          channel: 'email',
          direction: 'out',
          at: T0 - 7 * DAY,
          summary: 'Grüße aus Köln',
          score: 81,
          source: 'auto',
          externalId: 'send-1:zoe@fjord.no',
        },
        TOUCH_2,
        TOUCH_3,
        {
          id: 4,
          contactId: 3,
          channel: 'email',
          direction: 'out',
          at: T0 - 40 * DAY,
          summary: '¿Hablamos?',
          source: 'manual',
        },
        TOUCH_5,
      ]);
    },
    async check(db, written) {
      expect(await db.contacts.toArray()).toEqual(written.contacts);
      expect(await db.touches.toArray()).toEqual(written.touches);
      expect((await findContactByEmail(db, 'XIAOLONG@example.cn'))?.name).toBe('李小龍');
      expect((await findContactByLinkedIn(db, 'linkedin.com/in/Zo%C3%AB-%C3%98degaard'))?.id).toBe(
        1,
      );
      expect((await findContactsByName(db, 'ana nuñez')).map((c) => c.id)).toEqual([3]);
      expect((await history(db, 1)).map((t) => t.id)).toEqual([2, 1]);
      // The old message ids still stop a second log of the same message.
      const again = await logTouch(db, {
        contactId: 2,
        channel: 'linkedin',
        direction: 'out',
        externalId: 'li-9',
      });
      expect(again.created).toBe(false);
      const due = await dueToday(db, {
        now: new Date(T0 + 7 * DAY),
        timeZone: 'Europe/Berlin',
        settings: DEFAULT_SETTINGS,
      });
      expect(due.map((d) => d.contact.name)).toEqual(['Zoë Ødegaard']);
      await expectDerivedFieldsCorrect(db);
      // Version 2's score index takes in the scored send written before it existed.
      expect(await db.touches.where('score').above(-1).primaryKeys()).toEqual([1]);
      const rates = await replyRatesOf(db, T0 + 30 * DAY);
      expect(rates.sent).toBe(1);
      expect(rates.bands.find((b) => b.band === '60-84')).toMatchObject({ sent: 1, replied: 0 });
      expect(rates.rules).toEqual([]);
    },
  },
  2: {
    async write(db) {
      await db.table('contacts').bulkAdd([
        {
          id: 1,
          name: 'Zoë Ødegaard',
          emails: ['zoe@fjord.no'],
          linkedinUrls: [],
          status: 'active',
          createdAt: T0 - 30 * DAY,
          updatedAt: T0,
          nameKey: 'zoe ødegaard',
          lastOutAt: T0 - 7 * DAY,
          lastInAt: T0 - 5 * DAY,
          lastTouchAt: T0 - 5 * DAY,
          lastTouchDirection: 'in',
          lastTouch: V2_REPLY,
        },
      ]);
      await db.table('touches').bulkAdd([
        {
          id: 1,
          contactId: 1,
          channel: 'email',
          direction: 'out',
          at: T0 - 7 * DAY,
          summary: 'Grüße aus Köln',
          score: 91,
          ruleStatuses: 'purpose:p benefit:p length:p ask:w subject:p',
          fingerprint: V2_PRINT,
          source: 'auto',
          externalId: 'send-1:zoe@fjord.no',
        },
        V2_REPLY,
      ]);
    },
    async check(db, written) {
      expect(await db.contacts.toArray()).toEqual(written.contacts);
      expect(await db.touches.toArray()).toEqual(written.touches);
      const rates = await replyRatesOf(db, T0 + 30 * DAY);
      expect(rates.bands[0]).toMatchObject({ band: '85-100', sent: 1, replied: 1 });
      expect(rates.rules.map((r) => [r.id, r.pass.sent, r.warn.sent])).toContainEqual([
        'ask',
        0,
        1,
      ]);
      // The same email drafted again is recognised from the stored fingerprint.
      const memory = followUpMemory(await history(db, 1), fingerprintOf(V2_BODY));
      expect(memory.repeats?.at).toBe(T0 - 7 * DAY);
      await expectDerivedFieldsCorrect(db);
    },
  },
};

function declareUpTo(db: Dexie, version: number): void {
  for (const v of SCHEMA_HISTORY.filter((s) => s.version <= version)) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

describe('schema history', () => {
  it('has a migration case for every released version, in increasing order', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect(versions).toEqual(versions.toSorted((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(Object.keys(CASES).map(Number)).toEqual(versions);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it.each(SCHEMA_HISTORY.map((v) => v.version))(
    'opens a database written by version %i with nothing lost',
    async (version) => {
      const name = 'test-' + crypto.randomUUID();
      const old = new Dexie(name);
      declareUpTo(old, version);
      await CASES[version]!.write(old);
      const written = {
        contacts: await old.table('contacts').toArray(),
        touches: await old.table('touches').toArray(),
      };
      old.close();

      const db = openDb(name);
      try {
        await db.open();
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        await CASES[version]!.check(db, written);
      } finally {
        db.close();
        await Dexie.delete(name);
      }
    },
  );
});
