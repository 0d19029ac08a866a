import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCrmContacts } from '@/lib/crm/readContacts';
import { importJson } from './backup';
import { exportHubSpot, importCrmContacts, rowsAlreadyLogged } from './crm';
import { expectDerivedFieldsCorrect, freshDb } from './testing';

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/crm/${name}`, import.meta.url), 'utf8');
const MON_2_MARCH = Date.UTC(2026, 2, 2, 9);

/** A log with Ana already in it (another address of hers and a touch), seeded as a backup import. */
async function logWithAna() {
  const db = freshDb();
  await importJson(
    db,
    JSON.stringify({
      format: 'wiifm-backup',
      version: 2,
      contacts: [{ id: 1, name: 'Ana Núñez', emails: ['ana@nunez.es'], company: 'Núñez' }],
      touches: [{ contactId: 1, channel: 'email', direction: 'out', at: MON_2_MARCH }],
    }),
  );
  return db;
}

describe('importing a CRM export', () => {
  it('says before writing which contacts the log already has, then adds only the new ones', async () => {
    const db = await logWithAna();
    const preview = readCrmContacts(fixture('hubspot-contacts-2026-12.csv'));
    expect([...(await rowsAlreadyLogged(db, preview.contacts))]).toEqual([3]);
    expect(await db.contacts.count()).toBe(1);

    expect(await importCrmContacts(db, preview)).toEqual({ contacts: 2, touches: 0 });
    const all = await db.contacts.orderBy('id').toArray();
    expect(all.map((c) => [c.name, c.emails, c.company ?? null, c.title ?? null])).toEqual([
      ['Ana Núñez', ['ana@nunez.es'], 'Núñez', null],
      ['Zoë Ødegaard', ['zoe@fjord.no'], 'Fjord Fisk AS', 'CFO'],
      ['Li Wei', ['li.wei@example.cn'], null, 'Head of AP'],
    ]);
    expect(all[1]!.linkedinUrls).toEqual(['https://www.linkedin.com/in/zoe-odegaard/']);
    await expectDerivedFieldsCorrect(db);
    // The same file again adds nothing.
    expect(await importCrmContacts(db, preview)).toEqual({ contacts: 0, touches: 0 });
  });

  it('writes all of a Pipedrive export into an empty log', async () => {
    const db = freshDb();
    const preview = readCrmContacts(fixture('pipedrive-people-2026-12.csv'));
    expect(await importCrmContacts(db, preview)).toEqual({ contacts: 2, touches: 0 });
    expect((await db.contacts.toArray()).map((c) => c.emails)).toEqual([
      ['kim@umbrella.example', 'kim.known@gmail.example'],
      ['pat@hooli.example', 'pat.lee@hooli.example'],
    ]);
  });
});

describe('exportHubSpot', () => {
  it('writes each touch as a note on its contact, in HubSpot’s import columns', async () => {
    const db = freshDb();
    await importJson(
      db,
      JSON.stringify({
        format: 'wiifm-backup',
        version: 2,
        contacts: [
          { id: 1, name: 'Zoë Ødegaard', emails: ['zoe@fjord.no', 'z@fjord.no'] },
          { id: 2, name: 'Ben', linkedinUrls: ['https://www.linkedin.com/in/ben/'] },
          { id: 3, name: '=HYPERLINK("http://evil")', emails: ['evil@x.example'] },
        ],
        touches: [
          {
            contactId: 1,
            channel: 'email',
            direction: 'out',
            at: MON_2_MARCH,
            summary: 'Grüße aus Köln',
            score: 81.6,
            ruleStatuses: 'purpose:p',
          },
          { contactId: 1, channel: 'email', direction: 'in', at: MON_2_MARCH + 3_600_000 },
          {
            contactId: 1,
            channel: 'call',
            direction: 'out',
            at: MON_2_MARCH + 86_400_000,
            outcome: 'no-answer',
          },
          { contactId: 2, channel: 'linkedin', direction: 'out', at: MON_2_MARCH },
          { contactId: 3, channel: 'note', direction: 'out', at: MON_2_MARCH, summary: 'Odd name' },
        ],
      }),
    );
    const { csv, rows, leftOut } = await exportHubSpot(db, 'Europe/Berlin');
    expect([rows, leftOut]).toEqual([4, 1]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Papa.parse<string[]>(csv.slice(1)).data).toEqual([
      ['First Name', 'Last Name', 'Email', 'Activity date', 'Note body'],
      [
        'Zoë',
        'Ødegaard',
        'zoe@fjord.no',
        '2026-03-02 10:00',
        'Email sent: Grüße aus Köln · WII-FM score 82',
      ],
      [`'=HYPERLINK("http://evil")`, '', 'evil@x.example', '2026-03-02 10:00', 'Note: Odd name'],
      ['Zoë', 'Ødegaard', 'zoe@fjord.no', '2026-03-02 11:00', 'Email received'],
      ['Zoë', 'Ødegaard', 'zoe@fjord.no', '2026-03-03 10:00', 'Call (no answer)'],
    ]);
  });
});
