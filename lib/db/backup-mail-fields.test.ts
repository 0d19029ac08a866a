import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { exportCsv, exportJson, importCsv, importJson } from './backup';
import { findContactByEmail, upsertContact } from './contacts';
import { logEmailSent, markUndeliverable } from './logging';
import { freshDb } from './testing';

/** What Gmail taught the log (a bounced address, a scheduled send) survives a backup. */
describe('a backup keeps bounces and scheduled sends', () => {
  async function withMailFacts() {
    const db = freshDb();
    await upsertContact(db, {
      name: 'Bea Bounce',
      emails: ['bea@acme.example', 'bea.b@acme.example'],
    });
    await markUndeliverable(db, { addresses: ['bea.b@acme.example'] }, DEFAULT_SETTINGS);
    await logEmailSent(
      db,
      {
        recipients: ['bea@acme.example'],
        subject: 'Pilot',
        externalId: '#msg-a:r-1',
        at: 5_000_000,
        scheduled: true,
      },
      DEFAULT_SETTINGS,
    );
    return db;
  }

  const expectKept = async (db: ReturnType<typeof freshDb>) => {
    const bea = await findContactByEmail(db, 'bea@acme.example');
    expect(bea?.undeliverable).toEqual(['bea.b@acme.example']);
    expect(await db.touches.toArray()).toEqual([
      expect.objectContaining({ at: 5_000_000, scheduled: true }),
    ]);
  };

  it('in JSON', async () => {
    const restored = freshDb();
    await importJson(restored, await exportJson(await withMailFacts()));
    await expectKept(restored);
  });

  it('in CSV, where a scheduled send reads "true"', async () => {
    const files = await exportCsv(await withMailFacts());
    expect(files.touches.split('\n')[0]).toContain('scheduled');
    const restored = freshDb();
    await importCsv(restored, files);
    await expectKept(restored);
    await expect(
      importCsv(freshDb(), { touches: files.touches.replace(/,true(\r?\n|$)/, ',maybe$1') }),
    ).rejects.toThrow(/"maybe" is not true or false/);
  });
});
