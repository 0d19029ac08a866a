import { useDeferredValue, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  findContactByEmail,
  findContactByLinkedIn,
  findContactsByName,
  getDb,
  isOnDomains,
  normaliseEmail,
  normaliseLinkedInUrl,
  parseAddress,
  upsertContact,
} from '@/lib/db';
import { isMemberIdUrl } from '@/lib/linkedin-url';
import type { Settings } from '@/lib/settings';
import { ContactCard } from '../ContactCard';
import { summarise } from '../contactSummary';
import { draftFingerprint } from './draftFingerprint';
import { FollowUpMemory } from './FollowUpMemory';

interface Common {
  settings: Settings;
  now: Date;
  timeZone: string;
}

/** Each address the email goes to, as the touch log knows it. */
export function Recipients({
  recipients,
  draftText = '',
  ...common
}: Common & { recipients: string[]; draftText?: string }) {
  // Fingerprinted once per draft, not per row, and behind the typing (useDeferredValue).
  const text = useDeferredValue(draftText);
  const draft = useMemo(() => draftFingerprint(text), [text]);
  // "Jane Doe <jane@acme.com>" → jane@acme.com, keeping the name for "Add as contact".
  const addresses = new Map<string, string | undefined>();
  for (const r of recipients) {
    const parsed = parseAddress(r);
    const email = parsed?.email ?? r.trim();
    if (email && !addresses.has(email)) addresses.set(email, parsed?.name);
  }
  return (
    <section className="wiifm-section" aria-label="Recipients">
      <h2 className="wiifm-h2">To</h2>
      {addresses.size === 0 ? (
        <p className="wiifm-muted">No recipients yet.</p>
      ) : (
        <ul className="wiifm-list">
          {[...addresses].map(([email, name]) => (
            <RecipientRow key={email} email={email} displayName={name} draft={draft} {...common} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RecipientRow({
  email,
  displayName,
  draft,
  settings,
  now,
  timeZone,
}: Common & { email: string; displayName?: string; draft: string | null }) {
  const address = normaliseEmail(email);
  const valid = address !== null;
  // The same test logging applies, so "never logged" here means it really is not.
  const neverLog = address !== null && isOnDomains(address, settings.neverLogDomains);
  const minute = Math.floor(now.getTime() / 60_000);
  const summary = useLiveQuery(async () => {
    if (!valid || neverLog) return null;
    const db = getDb();
    return summarise(db, await findContactByEmail(db, email), { now, timeZone, settings });
  }, [email, valid, neverLog, minute, timeZone, settings]);
  return (
    <li
      className="wiifm-recipient"
      data-wiifm="recipient"
      data-email={email}
      data-known={summary ? 'true' : summary === null ? 'false' : 'loading'}
    >
      {!valid ? (
        <p className="wiifm-muted">{email}: not an email address.</p>
      ) : neverLog ? (
        <p className="wiifm-muted">{email} · never logged (its domain is on your never-log list)</p>
      ) : summary === undefined ? (
        <p className="wiifm-muted">{email}…</p>
      ) : summary ? (
        <ContactCard {...summary} now={now} timeZone={timeZone}>
          <FollowUpMemory touches={summary.touches} draft={draft} now={now} timeZone={timeZone} />
          {summary.contact.undeliverable?.includes(address!) && (
            // A bounce named this address (lib/db/logging.ts markUndeliverable).
            <p className="wiifm-error-text" data-wiifm="undeliverable">
              Undeliverable: mail to {email} bounced.
            </p>
          )}
        </ContactCard>
      ) : (
        <AddContact
          label={email}
          create={() =>
            // Without a display name, the log names them from the address ("jane.doe@" → "Jane Doe").
            upsertContact(getDb(), {
              emails: [email],
              ...(displayName ? { name: displayName } : {}),
            })
          }
        />
      )}
    </li>
  );
}

/**
 * The LinkedIn conversation partner: matched by profile URL when the page
 * gave one, else by name (suggestions only, since names are not unique).
 * A thread links its partner by member id; a contact made before its
 * profile gave that id has only the vanity link, so by name it may still be
 * them (as the touch log decides when the message is sent).
 */
export function PartnerRow({
  url,
  name,
  settings,
  now,
  timeZone,
}: Common & { url?: string; name?: string }) {
  const profileUrl = url ? normaliseLinkedInUrl(url) : null;
  const minute = Math.floor(now.getTime() / 60_000);
  const result = useLiveQuery(async () => {
    const db = getDb();
    const opts = { now, timeZone, settings };
    if (profileUrl) {
      const one = await summarise(db, await findContactByLinkedIn(db, profileUrl), opts);
      if (one) return [one];
    }
    if (!name) return [];
    const byMemberId = !!profileUrl && isMemberIdUrl(profileUrl);
    if (profileUrl && !byMemberId) return [];
    // With a member-id link, only contacts without one of their own can be them.
    const matches = (await findContactsByName(db, name)).filter(
      (c) => !byMemberId || !c.linkedinUrls.some(isMemberIdUrl),
    );
    const out = [];
    for (const c of matches.slice(0, 3)) {
      const s = await summarise(db, c, opts);
      if (s) out.push(s);
    }
    return out;
  }, [profileUrl, name, minute, timeZone, settings]);
  const label = name ?? profileUrl ?? 'This person';
  return (
    <div
      className="wiifm-recipient"
      data-wiifm="recipient"
      data-profile-url={profileUrl ?? undefined}
      data-known={result === undefined ? 'loading' : result.length > 0 ? 'true' : 'false'}
    >
      {result === undefined ? (
        <p className="wiifm-muted">{label}…</p>
      ) : result.length > 0 ? (
        <>
          {result.length > 1 && <p className="wiifm-muted">Contacts named {name}:</p>}
          {result.map((s) => (
            <ContactCard key={s.contact.id} {...s} now={now} timeZone={timeZone} />
          ))}
        </>
      ) : profileUrl || name ? (
        <AddContact
          label={label}
          create={() =>
            upsertContact(getDb(), {
              ...(name ? { name } : {}),
              linkedinUrls: profileUrl ? [profileUrl] : [],
            })
          }
        />
      ) : (
        <p className="wiifm-muted">Couldn't tell who this conversation is with.</p>
      )}
    </div>
  );
}

/** An unknown person and the one-click way to start logging them. */
function AddContact({ label, create }: { label: string; create: () => Promise<unknown> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="wiifm-unknown">
      <span className="wiifm-unknown-label">
        {label} <span className="wiifm-muted">· not in your log</span>
      </span>
      <button
        type="button"
        className="wiifm-button"
        data-action="add-contact"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          create()
            .catch((e: unknown) => {
              console.warn('[wiifm] add contact failed:', (e as Error)?.name);
              setError(`Couldn't add: ${(e as Error)?.message ?? 'unknown error'}`);
            })
            .finally(() => setBusy(false));
        }}
      >
        Add as contact
      </button>
      {error && (
        <p className="wiifm-error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
