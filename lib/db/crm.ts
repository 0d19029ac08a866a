import { hubspotActivities } from '@/lib/crm/hubspot';
import type { CrmPreview, MappedContact } from '@/lib/crm/readContacts';
import { importContacts } from './backup';
import type { WiifmDB } from './db';

/**
 * The touch log's side of moving to and from a CRM: which previewed
 * contacts it already has, writing them, and the HubSpot export.
 */

/** The rows of the preview whose address or profile is already a contact's. */
export async function rowsAlreadyLogged(
  db: WiifmDB,
  contacts: readonly MappedContact[],
): Promise<Set<number>> {
  const known = new Set<number>();
  await db.transaction('r', db.contacts, async () => {
    for (const c of contacts) {
      const hit =
        (c.emails.length > 0 && (await db.contacts.where('emails').anyOf(c.emails).count()) > 0) ||
        (c.linkedinUrls.length > 0 &&
          (await db.contacts.where('linkedinUrls').anyOf(c.linkedinUrls).count()) > 0);
      if (hit) known.add(c.row);
    }
  });
  return known;
}

/** Writes the previewed contacts (one transaction, checked like a backup's). */
export function importCrmContacts(
  db: WiifmDB,
  preview: Pick<CrmPreview, 'contacts'>,
  onProgress?: (done: number, total: number) => void,
): Promise<{ contacts: number; touches: number }> {
  return importContacts(
    db,
    preview.contacts.map(({ row, ...c }) => ({ row, value: { ...c } })),
    onProgress,
  );
}

/** Every touch as a row of HubSpot's contacts-and-notes import (lib/crm/hubspot.ts). */
export async function exportHubSpot(
  db: WiifmDB,
  timeZone: string,
): Promise<ReturnType<typeof hubspotActivities>> {
  const { contacts, touches } = await db.transaction('r', db.contacts, db.touches, async () => ({
    contacts: await db.contacts.toArray(),
    touches: await db.touches.toArray(),
  }));
  return hubspotActivities(contacts, touches, timeZone);
}
