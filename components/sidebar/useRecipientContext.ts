import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { findContactByEmail, findContactByLinkedIn, getDb, parseAddress } from '@/lib/db';
import type { DraftContext } from '@/lib/rules/types';

export interface RecipientHints {
  /** The draft's To addresses, as the page read them ("Jane Doe <jane@acme.com>"). */
  emails?: readonly string[];
  /** The LinkedIn profile the message goes to. */
  profileUrl?: string;
  /** The conversation partner's name, as LinkedIn shows it. */
  name?: string;
}

/**
 * What the touch log knows of who a draft goes to (name, company, title),
 * for the checks: their company counts as talking about them, their trade's
 * acronyms are not jargon. The first recipient the log knows wins; without
 * one, the name in the To chip or on the profile is still something. The
 * result keeps its identity while the facts stay the same, so the report is
 * not recomputed on every render.
 */
export function useRecipientContext(hints: RecipientHints): DraftContext | undefined {
  const emailsKey = (hints.emails ?? []).join('\n');
  const { profileUrl } = hints;
  const contact = useLiveQuery(async () => {
    const db = getDb();
    for (const raw of emailsKey === '' ? [] : emailsKey.split('\n')) {
      const email = parseAddress(raw)?.email ?? raw;
      const found = await findContactByEmail(db, email);
      if (found) return found;
    }
    return profileUrl ? ((await findContactByLinkedIn(db, profileUrl)) ?? null) : null;
  }, [emailsKey, profileUrl]);
  const chipName =
    emailsKey === '' ? undefined : parseAddress(emailsKey.split('\n')[0])?.name?.trim();
  const name = contact?.name || chipName || hints.name || undefined;
  const company = contact?.company || undefined;
  const title = contact?.title || undefined;
  return useMemo(() => {
    if (name === undefined && company === undefined && title === undefined) return undefined;
    return {
      recipient: {
        ...(name !== undefined && { name }),
        ...(company !== undefined && { company }),
        ...(title !== undefined && { title }),
      },
    };
  }, [name, company, title]);
}
