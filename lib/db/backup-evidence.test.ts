import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '@/lib/fingerprint/fingerprint';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { BACKUP_VERSION, exportCsv, exportJson, importCsv, importJson } from './backup';
import { freshDb } from './testing';

const MON_2_MARCH = Date.UTC(2026, 2, 2, 9);
const DAY = 86_400_000;
const BODY =
  'Hi Zoë, Fjord Fisk is opening two plants this spring, so your buyers will compare freight quotes by hand. Teams like yours cut that to one afternoon. Worth 15 minutes on Thursday?';
const PRINT = fingerprintOf(BODY)!;

/** A version-1 backup, as the extension wrote it before per-rule statuses. */
const V1 = {
  format: 'wiifm-backup',
  version: 1,
  contacts: [
    { id: 1, name: 'Zoë Ødegaard', emails: ['zoe@fjord.no'], status: 'active' },
    { id: 2, name: '李小龍', emails: [], linkedinUrls: [], status: 'active', cadenceDays: 3 },
  ],
  touches: [
    {
      id: 1,
      contactId: 1,
      channel: 'email',
      direction: 'out',
      at: MON_2_MARCH,
      score: 81,
      source: 'auto',
    },
    {
      id: 2,
      contactId: 2,
      channel: 'call',
      direction: 'out',
      at: MON_2_MARCH,
      outcome: 'voicemail',
    },
  ],
};

/** The same, with what version 2 keeps of a send. */
function v2() {
  const file = structuredClone(V1) as typeof V1 & { version: number };
  file.version = 2;
  Object.assign(file.touches[0]!, {
    ruleStatuses: 'purpose:p benefit:f length:p ask:w',
    fingerprint: PRINT,
  });
  return file;
}

describe('backups of per-rule statuses and fingerprints', () => {
  it('keeps them through a JSON backup, as version 2', async () => {
    const source = freshDb();
    await importJson(source, JSON.stringify(v2()));
    const json = await exportJson(source);
    expect(JSON.parse(json)).toMatchObject({ version: BACKUP_VERSION });
    expect(BACKUP_VERSION).toBe(2);
    const target = freshDb();
    await importJson(target, json);
    expect(await target.touches.get(1)).toMatchObject({
      ruleStatuses: 'purpose:p benefit:f length:p ask:w',
      fingerprint: PRINT,
    });
  });

  it('still imports a version-1 backup, which has neither', async () => {
    const db = freshDb();
    expect(await importJson(db, JSON.stringify(V1))).toEqual({ contacts: 2, touches: 2 });
    const touch = (await db.touches.get(1))!;
    expect(touch.score).toBe(81);
    expect(touch).not.toHaveProperty('ruleStatuses');
    expect(touch).not.toHaveProperty('fingerprint');
  });

  it('names the row and field of statuses or a fingerprint it cannot read, and changes nothing', async () => {
    for (const [field, value, message] of [
      ['ruleStatuses', 'purpose=pass', 'is not rule statuses'],
      ['fingerprint', 'Anna, saw your post', 'is not a fingerprint'],
    ] as const) {
      const file = v2();
      (file.touches[0] as Record<string, unknown>)[field] = value;
      const db = freshDb();
      await expect(importJson(db, JSON.stringify(file))).rejects.toThrow(
        `touches row 1, field "${field}": ${message}`,
      );
      expect(await db.touches.count()).toBe(0);
    }
  });
});

describe('CSV exports', () => {
  it('start with a UTF-8 byte-order mark, so Excel shows "Zoë"', async () => {
    const db = freshDb();
    await importJson(db, JSON.stringify(V1));
    const csv = await exportCsv(db);
    expect(csv.contacts.charCodeAt(0)).toBe(0xfeff);
    expect(csv.touches.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv.contacts).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    expect(csv.contacts).toContain('Zoë Ødegaard');
  });

  it("name each touch's contact, their address and next follow-up in touches.csv", async () => {
    const db = freshDb();
    await importJson(db, JSON.stringify(V1));
    const { touches } = await exportCsv(db, {
      now: new Date(MON_2_MARCH + DAY),
      timeZone: 'Europe/Berlin',
      settings: DEFAULT_SETTINGS,
    });
    const rows = Papa.parse<Record<string, string>>(touches, { header: true }).data;
    expect(Papa.parse<string[]>(touches).data[0]!.slice(0, 5)).toEqual([
      'id',
      'contactId',
      'contactName',
      'contactEmail',
      'nextDue',
    ]);
    // Mon 2 March + the default 7 days = Mon 9 March; 李小龍's own 3 days = Thu 5 March.
    expect(rows.map((r) => [r.contactName, r.contactEmail, r.nextDue])).toEqual([
      ['Zoë Ødegaard', 'zoe@fjord.no', '2026-03-09'],
      ['李小龍', '', '2026-03-05'],
    ]);
  });

  it('give back statuses and fingerprints, and ignore the contact columns on import', async () => {
    const source = freshDb();
    await importJson(source, JSON.stringify(v2()));
    const csv = await exportCsv(source);
    // A rep who retyped the name in the sheet changes nothing: the contact is the one contactId names.
    const edited = csv.touches.replace('Zoë Ødegaard', 'Somebody Else');
    const target = freshDb();
    expect(await importCsv(target, { contacts: csv.contacts, touches: edited })).toEqual({
      contacts: 2,
      touches: 2,
    });
    expect(await target.touches.toArray()).toEqual(await source.touches.toArray());
    expect((await target.contacts.get(1))!.name).toBe('Zoë Ødegaard');
  });
});
