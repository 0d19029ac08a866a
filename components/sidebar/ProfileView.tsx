import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  findContactByLinkedIn,
  findContactsByName,
  getDb,
  normaliseLinkedInUrl,
  type WiifmDB,
  updateContact,
  upsertContact,
  type Contact,
} from '@/lib/db';
import { isMemberIdUrl } from '@/lib/linkedin-url';
import type { Settings } from '@/lib/settings';
import { ActionStatus } from '../ActionStatus';
import { ContactActions } from '../ContactActions';
import { ContactCard } from '../ContactCard';
import { ErrorBoundary } from '../ErrorBoundary';
import { History } from '../History';
import { useAction } from '../useAction';
import { summarise } from '../contactSummary';
import type { ProfileInfo } from './state';

interface Props {
  profile: ProfileInfo;
  settings: Settings;
  now: Date;
  timeZone: string;
}

/**
 * The LinkedIn profile open in the page, as the touch log knows it: the
 * contact, its whole history and one-click actions; or, for someone not in
 * the log yet, contacts that may be them (to link) and "create from profile".
 *
 * LinkedIn links one member two ways: profiles by vanity name, messaging by
 * member id. When the page gave both, the contact is found by either and
 * keeps both, so a message sent from a thread finds the contact made here.
 */
export function ProfileView({ profile, settings, now, timeZone }: Props) {
  const url = normaliseLinkedInUrl(profile.url);
  const memberUrl = memberUrlOf(profile.memberUrl, url);
  const minute = Math.floor(now.getTime() / 60_000);
  const summary = useLiveQuery(async () => {
    if (!url) return null;
    const db = getDb();
    const contact = await findByEither(db, url, memberUrl);
    return summarise(db, contact, { now, timeZone, settings });
  }, [url, memberUrl, minute, timeZone, settings]);

  // A contact found by one of the links may lack the other. It gains it only
  // when the rep says so: the page's DOM is the page's to fake, so a link read
  // from it is a suggestion, never a write on its own.
  const contactId = summary?.contact.id;
  const stored = summary?.contact.linkedinUrls ?? [];
  const lacking = [url, memberUrl].filter((u): u is string => !!u && !stored.includes(u));

  if (!url) {
    return (
      <section className="wiifm-section" aria-label="Profile">
        <p className="wiifm-error">This page's address isn't a LinkedIn profile WII-FM can log.</p>
      </section>
    );
  }
  if (summary === undefined) return <p className="wiifm-muted">Loading…</p>;
  if (summary === null) {
    return (
      <ErrorBoundary what="this profile">
        <UnknownProfile key={url} profile={profile} url={url} memberUrl={memberUrl} />
      </ErrorBoundary>
    );
  }
  return (
    <section className="wiifm-section" aria-label="Profile" data-wiifm="profile-contact">
      <ContactCard {...summary} now={now} timeZone={timeZone} />
      {contactId !== undefined && lacking.length > 0 && (
        <SaveLinks
          key={`${contactId} ${lacking.join(' ')}`}
          contactId={contactId}
          name={summary.contact.name}
          stored={stored}
          lacking={lacking}
        />
      )}
      <ContactActions
        key={summary.contact.id}
        contact={summary.contact}
        now={now}
        timeZone={timeZone}
        defaultCadenceDays={settings.defaultCadenceDays}
        dueDate={summary.due?.dueDate ?? null}
      />
      <h2 className="wiifm-h2">History</h2>
      <History touches={summary.touches} now={now} timeZone={timeZone} />
    </section>
  );
}

/** "Save this profile's link on Priya?": one click adds the page's links to the contact. */
function SaveLinks({
  contactId,
  name,
  stored,
  lacking,
}: {
  contactId: number;
  name: string;
  stored: string[];
  lacking: string[];
}) {
  const { busy, feedback, run } = useAction('saving the profile link', "Couldn't save the link");
  return (
    <div className="wiifm-note" data-wiifm="save-link">
      This profile's {lacking.length === 1 ? 'link is' : 'links are'} not saved on {name}.{' '}
      <button
        type="button"
        className="wiifm-link"
        data-action="save-link"
        disabled={busy}
        onClick={() =>
          void run('Saved.', () =>
            updateContact(getDb(), contactId, { linkedinUrls: [...stored, ...lacking] }),
          )
        }
      >
        Save link
      </button>
      <ActionStatus feedback={feedback} />
    </div>
  );
}

/** The page's member-id link, when it is one and not the page's own address. */
function memberUrlOf(raw: string | undefined, url: string | null): string | null {
  const member = raw ? normaliseLinkedInUrl(raw) : null;
  return member && member !== url && isMemberIdUrl(member) ? member : null;
}

/** The contact with the profile's own link, else the one with its member-id link. */
async function findByEither(db: WiifmDB, url: string, memberUrl: string | null) {
  return (
    (await findContactByLinkedIn(db, url)) ??
    (memberUrl ? await findContactByLinkedIn(db, memberUrl) : undefined)
  );
}

const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  company: 'company',
  headline: 'headline',
};

function UnknownProfile({
  profile,
  url,
  memberUrl,
}: {
  profile: ProfileInfo;
  url: string;
  memberUrl: string | null;
}) {
  const ids = useId();
  const missing = new Set(profile.missing.filter((f) => f in FIELD_LABELS));
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const value = (field: 'name' | 'company' | 'headline') =>
    (missing.has(field) ? typed[field] : profile[field])?.trim() ?? '';
  const name = value('name');
  const company = value('company');

  const suggestions = useLiveQuery(
    async () =>
      name ? (await findContactsByName(getDb(), name, company || undefined)).slice(0, 5) : [],
    [name, company],
  );

  async function act(fn: () => Promise<unknown>) {
    setBusy(true);
    setFeedback(null);
    try {
      await fn();
    } catch (error) {
      console.warn('[wiifm] profile action failed:', (error as Error)?.name);
      setFeedback(`Couldn't save that: ${(error as Error)?.message ?? 'unknown error'}`);
    } finally {
      setBusy(false);
    }
  }

  const urls = memberUrl ? [url, memberUrl] : [url];
  const link = (c: Contact) =>
    act(() => updateContact(getDb(), c.id!, { linkedinUrls: [...c.linkedinUrls, ...urls] }));

  const create = () =>
    act(() =>
      upsertContact(getDb(), {
        name,
        linkedinUrls: urls,
        ...(company ? { company } : {}),
        ...(value('headline') ? { title: value('headline') } : {}),
      }),
    );

  return (
    <section className="wiifm-section" aria-label="Profile" data-wiifm="profile-unknown">
      <p>
        <strong>{name || 'This person'}</strong> isn't in your log yet.
      </p>
      {suggestions && suggestions.length > 0 && (
        <>
          <h2 className="wiifm-h2">Is it one of these?</h2>
          <ul className="wiifm-list">
            {suggestions.map((c) => (
              <li
                key={c.id}
                className="wiifm-suggestion"
                data-wiifm="link-suggestion"
                data-contact-id={c.id}
              >
                <span>
                  {c.name}
                  {c.company ? <span className="wiifm-muted"> · {c.company}</span> : null}
                  {c.emails[0] ? <span className="wiifm-muted"> · {c.emails[0]}</span> : null}
                </span>
                <button
                  type="button"
                  className="wiifm-button"
                  data-action="link-profile"
                  disabled={busy}
                  onClick={() => void link(c)}
                >
                  Link
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form
        className="wiifm-create"
        onSubmit={(e) => {
          e.preventDefault();
          if (name) void create();
        }}
      >
        {(['name', 'company', 'headline'] as const)
          .filter((f) => missing.has(f))
          .map((field) => (
            <div key={field}>
              <label className="wiifm-field" htmlFor={`${ids}-${field}`}>
                Couldn't read the {FIELD_LABELS[field]} — type it
                {field === 'name' ? ' (required)' : ''}
              </label>
              <input
                id={`${ids}-${field}`}
                className="wiifm-input"
                data-field={field}
                required={field === 'name'}
                maxLength={field === 'headline' ? 500 : 200}
                value={typed[field] ?? ''}
                onChange={(e) => setTyped((t) => ({ ...t, [field]: e.target.value }))}
              />
            </div>
          ))}
        <button
          type="submit"
          className="wiifm-button wiifm-button-primary"
          data-action="create-from-profile"
          disabled={busy || !name}
        >
          Create contact from profile
        </button>
      </form>
      {feedback && (
        <p className="wiifm-error-text" role="alert">
          {feedback}
        </p>
      )}
    </section>
  );
}
