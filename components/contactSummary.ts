import { history, nextDue, type Contact, type Touch, type WiifmDB } from '@/lib/db';
import type { Settings } from '@/lib/settings';

export interface ContactSummary {
  contact: Contact;
  /** Every touch, newest first. */
  touches: Touch[];
  due: { dueDate: string; overdueDays: number } | null;
}

export interface DueOptions {
  now: Date;
  timeZone: string;
  settings: Settings;
}

/**
 * A contact with its history and next follow-up, read in one go so a
 * `useLiveQuery` around it re-runs when any of the three changes.
 */
export async function summarise(
  db: WiifmDB,
  contact: Contact | undefined,
  opts: DueOptions,
): Promise<ContactSummary | null> {
  if (!contact || contact.id === undefined) return null;
  const touches = await history(db, contact.id);
  const due = await nextDue(db, contact.id, opts);
  return { contact, touches, due };
}
