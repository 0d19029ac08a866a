import { inboundKind } from '@/lib/inboundKind';
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
 * logs nothing twice, and the same message seen later in its thread (by
 * Gmail's id, which the send's draft already had) is the same touch.
 *
 * `knownOnly` is for the rep's own messages found in an opened thread (sent
 * from a phone or another computer): they log for known contacts only, and
 * not when the contact already has an outbound email within
 * `SAME_SEND_MS` of it, which is this send logged from the compose before
 * Gmail had given the draft an id. `scheduled` marks a Schedule send: `at`
 * is when it goes out, and the cadence counts from then.
 */
export async function logEmailSent(
  db: WiifmDB,
  msg: {
    recipients: string[];
    subject: string;
    score?: number;
    /** With the score (`ruleStatuses.ts`). */
    ruleStatuses?: string;
    /** The body's fingerprint (`lib/fingerprint`); the text itself never reaches the log. */
    fingerprint?: string;
    externalId: string;
    at?: number;
    scheduled?: boolean;
    knownOnly?: boolean;
    threadId?: string;
  },
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
      const externalId = `${msg.externalId}:${email}`;
      const known = await db.contacts.where('emails').equals(email).first();
      if (!known && msg.knownOnly) {
        skipped++;
        continue;
      }
      if (known && msg.knownOnly) {
        const logged = await db.touches
          .where('[channel+externalId]')
          .equals(['email', externalId])
          .first();
        const same = logged ?? (await sameSendLogged(db, known.id!, at));
        if (same) {
          ids.push(same.id!);
          continue;
        }
      }
      const contact =
        known ??
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
        ...(msg.ruleStatuses !== undefined && { ruleStatuses: msg.ruleStatuses }),
        ...(msg.fingerprint !== undefined && { fingerprint: msg.fingerprint }),
        ...(msg.scheduled && { scheduled: true }),
        ...(msg.threadId !== undefined && { threadId: msg.threadId }),
        source: 'auto',
        externalId,
      });
      ids.push(touch.id!);
    }
    return ids;
  });
  return { touchIds, skipped };
}

/**
 * How close (ms) the rep's own message in a thread must be to an outbound
 * email already logged for that contact to be the same send: Gmail dates a
 * message to the minute, and a send from the compose is logged at the click,
 * up to the longest undo window (30 s) before Gmail sends it.
 */
export const SAME_SEND_MS = 3 * 60_000;

/** An outbound email touch to the contact within `SAME_SEND_MS` of `at`, if any. */
async function sameSendLogged(db: WiifmDB, contactId: number, at: number) {
  const near = await db.touches
    .where('[contactId+at]')
    .between([contactId, at - SAME_SEND_MS], [contactId, at + SAME_SEND_MS], true, true)
    .toArray();
  return near.find((t) => t.channel === 'email' && t.direction === 'out');
}

/** A date the page gave that cannot be a message's: more than a day ahead. */
const FUTURE_SLACK_MS = 86_400_000;

/**
 * A message arrived from someone: one inbound touch, once per message id,
 * only when the sender is already a contact (random inbound mail never
 * creates contacts) and not on a never-log domain. Automatic replies and
 * delivery failures are not replies (`inboundKind`): they log nothing, so
 * the cadence runs on. Seen in an inbox row (`seenIn: 'inbox'`) it must be
 * dated and newer than the contact's last outbound touch: a row shows the
 * newest message of the conversation, which may be one the rep already
 * answered.
 */
export async function logEmailReceived(
  db: WiifmDB,
  msg: {
    from: string;
    fromName?: string;
    subject: string;
    externalId: string;
    at?: number;
    seenIn?: 'thread' | 'inbox';
    threadId?: string;
  },
  settings: Pick<Settings, 'neverLogDomains'>,
): Promise<LogResult> {
  const parsed = parseAddress(msg.from);
  const none = { touchIds: [], skipped: 1 };
  if (!parsed || isOnDomains(parsed.email, settings.neverLogDomains)) return none;
  if (
    inboundKind({
      from: parsed.email,
      subject: msg.subject,
      ...(msg.fromName && { fromName: msg.fromName }),
    }) !== 'reply'
  ) {
    return none;
  }
  const now = Date.now();
  if (msg.at !== undefined && msg.at > now + FUTURE_SLACK_MS) return none;
  if (msg.seenIn === 'inbox' && msg.at === undefined) return none;
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const contact = await db.contacts.where('emails').equals(parsed.email).first();
    if (!contact) return none;
    const logged = await db.touches
      .where('[channel+externalId]')
      .equals(['email', msg.externalId])
      .first();
    if (logged) return { touchIds: [logged.id!], skipped: 0 };
    if (msg.seenIn === 'inbox' && contact.lastOutAt !== undefined && msg.at! <= contact.lastOutAt) {
      return none;
    }
    const { touch } = await logTouch(db, {
      contactId: contact.id!,
      channel: 'email',
      direction: 'in',
      at: msg.at ?? now,
      summary: msg.subject,
      source: 'auto',
      externalId: msg.externalId,
      ...(msg.threadId !== undefined && { threadId: msg.threadId }),
    });
    return { touchIds: [touch.id!], skipped: 0 };
  });
}

/**
 * A delivery failure named these addresses: each that is a contact's (and
 * not on a never-log domain) is marked undeliverable on that contact. No
 * touch is logged: nobody answered. `skipped` counts the addresses that are
 * nobody's in the log (the report also names the sender and Gmail's own).
 */
export async function markUndeliverable(
  db: WiifmDB,
  msg: { addresses: string[] },
  settings: Pick<Settings, 'neverLogDomains'>,
): Promise<LogResult & { marked: number }> {
  const addresses = [
    ...new Set(
      msg.addresses
        .map((a) => parseAddress(a)?.email)
        .filter((a): a is string => !!a && !isOnDomains(a, settings.neverLogDomains)),
    ),
  ];
  return db.transaction('rw', db.contacts, async () => {
    let marked = 0;
    let skipped = msg.addresses.length - addresses.length;
    for (const email of addresses) {
      const contact = await db.contacts.where('emails').equals(email).first();
      if (!contact) {
        skipped++;
        continue;
      }
      marked++;
      if (contact.undeliverable?.includes(email)) continue;
      await db.contacts.update(contact.id!, {
        undeliverable: [...(contact.undeliverable ?? []), email],
        updatedAt: Date.now(),
      });
    }
    return { touchIds: [], skipped, marked };
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
  msg: {
    profileUrl?: string;
    name?: string;
    externalId: string;
    at?: number;
    score?: number;
    ruleStatuses?: string;
  },
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
      ...(msg.ruleStatuses !== undefined && { ruleStatuses: msg.ruleStatuses }),
      source: 'auto',
      externalId: msg.externalId,
    });
    return { touchIds: [touch.id!], skipped: 0 };
  });
}
