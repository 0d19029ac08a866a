import { isMemberIdUrl } from '@/lib/linkedin-url';
import type { Settings } from '@/lib/settings';
import type { WiifmDB } from './db';
import type { Contact } from './model';
import {
  isOnDomains,
  nameFromEmail,
  nameFromLinkedInUrl,
  nameKey,
  normaliseLinkedInUrl,
  parseAddress,
} from './normalise';
import { withDerived } from './summary';
import { logTouch } from './touches';

/** What an automatic log did: the touches of this message (new or already logged) and what it left out. */
export interface LogResult {
  touchIds: number[];
  /** Addresses on a never-log domain, unreadable ones, or an unknown sender / profile. */
  skipped: number;
}

async function createContact(db: WiifmDB, c: Omit<Contact, 'createdAt' | 'updatedAt' | 'status'>) {
  const now = Date.now();
  const stored = withDerived({ ...c, status: 'active', createdAt: now, updatedAt: now }, {});
  stored.id = await db.contacts.add(stored);
  return stored;
}

/**
 * The rep sent an email: one outbound touch per recipient, in one
 * transaction. An unknown address becomes a contact (named from the display
 * name, else the address: "anna.mueller@x.de" → "Anna Mueller"); addresses on
 * `settings.neverLogDomains` (or their subdomains) are skipped. Each
 * recipient's touch carries `${externalId}:${address}`, so a retried send
 * logs nothing twice.
 */
export async function logEmailSent(
  db: WiifmDB,
  msg: { recipients: string[]; subject: string; score?: number; externalId: string; at?: number },
  settings: Pick<Settings, 'neverLogDomains'>,
): Promise<LogResult> {
  const at = msg.at ?? Date.now();
  let skipped = 0;
  const recipients = new Map<string, string | undefined>();
  for (const raw of msg.recipients) {
    const parsed = parseAddress(raw);
    if (!parsed || isOnDomains(parsed.email, settings.neverLogDomains)) skipped++;
    else if (!recipients.has(parsed.email)) recipients.set(parsed.email, parsed.name);
  }
  const touchIds = await db.transaction('rw', db.contacts, db.touches, async () => {
    const ids: number[] = [];
    for (const [email, displayName] of recipients) {
      const contact =
        (await db.contacts.where('emails').equals(email).first()) ??
        (await createContact(db, {
          name: displayName ?? nameFromEmail(email),
          emails: [email],
          linkedinUrls: [],
        }));
      const { touch } = await logTouch(db, {
        contactId: contact.id!,
        channel: 'email',
        direction: 'out',
        at,
        summary: msg.subject,
        ...(msg.score !== undefined && { score: msg.score }),
        source: 'auto',
        externalId: `${msg.externalId}:${email}`,
      });
      ids.push(touch.id!);
    }
    return ids;
  });
  return { touchIds, skipped };
}

/**
 * A message arrived from someone: one inbound touch, once per message id,
 * only when the sender is already a contact (random inbound mail never
 * creates contacts) and not on a never-log domain.
 */
export async function logEmailReceived(
  db: WiifmDB,
  msg: { from: string; subject: string; externalId: string; at?: number },
  settings: Pick<Settings, 'neverLogDomains'>,
): Promise<LogResult> {
  const parsed = parseAddress(msg.from);
  if (!parsed || isOnDomains(parsed.email, settings.neverLogDomains)) {
    return { touchIds: [], skipped: 1 };
  }
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const contact = await db.contacts.where('emails').equals(parsed.email).first();
    if (!contact) return { touchIds: [], skipped: 1 };
    const { touch } = await logTouch(db, {
      contactId: contact.id!,
      channel: 'email',
      direction: 'in',
      at: msg.at ?? Date.now(),
      summary: msg.subject,
      source: 'auto',
      externalId: msg.externalId,
    });
    return { touchIds: [touch.id!], skipped: 0 };
  });
}

/**
 * The rep sent a LinkedIn message or invitation. The contact is the one with
 * that profile link; else the one contact with exactly that name and no other
 * link of the same kind, who gains the link; else a new contact from the name
 * and link. Nothing to go on: skipped. LinkedIn links one member two ways, by
 * vanity name (`/in/jane-doe/`, profiles) and by member id (`/in/ACoAA…/`,
 * messaging), so a contact with only the other kind may be the same person;
 * a different link of the same kind is a different person.
 */
export async function logLinkedInSent(
  db: WiifmDB,
  msg: { profileUrl?: string; name?: string; externalId: string; at?: number; score?: number },
): Promise<LogResult> {
  const url = msg.profileUrl ? normaliseLinkedInUrl(msg.profileUrl) : null;
  const name = msg.name?.trim() ?? '';
  if (!url && name === '') return { touchIds: [], skipped: 1 };
  return db.transaction('rw', db.contacts, db.touches, async () => {
    // A retried send is found by its id before any contact is matched or created.
    const logged = await db.touches
      .where('[channel+externalId]')
      .equals(['linkedin', msg.externalId])
      .first();
    if (logged) return { touchIds: [logged.id!], skipped: 0 };
    let contact = url ? await db.contacts.where('linkedinUrls').equals(url).first() : undefined;
    if (!contact && name !== '') {
      const sameName = (await db.contacts.where('nameKey').equals(nameKey(name)).toArray()).filter(
        (c) => !url || !c.linkedinUrls.some((u) => isMemberIdUrl(u) === isMemberIdUrl(url)),
      );
      if (sameName.length === 1) {
        contact = sameName[0]!;
        if (url) {
          contact = {
            ...contact,
            linkedinUrls: [...contact.linkedinUrls, url],
            updatedAt: Date.now(),
          };
          await db.contacts.put(contact);
        }
      }
    }
    contact ??= await createContact(db, {
      name: name || nameFromLinkedInUrl(url!),
      emails: [],
      linkedinUrls: url ? [url] : [],
    });
    const { touch } = await logTouch(db, {
      contactId: contact.id!,
      channel: 'linkedin',
      direction: 'out',
      at: msg.at ?? Date.now(),
      ...(msg.score !== undefined && { score: msg.score }),
      source: 'auto',
      externalId: msg.externalId,
    });
    return { touchIds: [touch.id!], skipped: 0 };
  });
}
