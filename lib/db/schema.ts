import type { Transaction } from 'dexie';

/**
 * Every schema version the touch log has shipped, oldest first. `WiifmDB`
 * declares them in order and `migrations.test.ts` opens a database written
 * with each older version, so a new version is one new entry here plus its
 * test case there.
 *
 * Rules: never edit or remove a released entry (browsers out there hold data
 * in that shape); a new entry states what changed and why, and carries an
 * `upgrade` when existing rows must change. Index only what a query uses.
 */
export interface SchemaVersion {
  version: number;
  /** What changed and why. */
  change: string;
  /** Dexie stores declaration: changed tables only (Dexie keeps the rest). */
  stores: Record<string, string | null>;
  /** Rewrites existing rows when the shape of the data changes. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    change: `First schema.
      contacts:
        *emails, *linkedinUrls  matching a sent email / LinkedIn profile to its contact (multi-entry).
        nameKey                 link suggestions and LinkedIn sends without a URL, by a case- and
                                accent-folded name, so "Anna  Müller" finds "anna muller".
        cadenceDays             the smallest per-contact cadence, to bound the "due today" query.
        [status+lastTouchDirection+lastTouchAt]
                                "due today" without reading every touch: active/paused contacts whose
                                newest touch is an unanswered inbound one, or an outbound one older
                                than the shortest cadence. Contacts with no touches have no entry.
      touches:
        [contactId+at]          one contact's history, newest first; its first part also serves
                                where('contactId') (merge, delete), so no separate contactId index.
        [channel+externalId]    a Gmail / LinkedIn message is logged once, however often it is sent to us.
        at                      stats by week and on-time share.`,
    stores: {
      contacts:
        '++id, *emails, *linkedinUrls, nameKey, cadenceDays, [status+lastTouchDirection+lastTouchAt]',
      touches: '++id, [contactId+at], [channel+externalId], at',
    },
  },
  {
    version: 2,
    change: `What works for the rep, and follow-up memory (issue 15).
      touches gain two optional fields, set on sends logged from now on:
        ruleStatuses            the draft's status on each rule ("purpose:p benefit:f …"), beside its score.
        fingerprint             sent emails: a MinHash of the body's word shingles, no text (lib/fingerprint).
      touches:
        score                   "reply rate by score band and rule" reads the scored sends only; IndexedDB
                                leaves touches without a score out of the index, so it is as small as the
                                sends it serves. Existing rows are indexed by the browser as the version
                                opens; nothing is rewritten (sends logged before keep their score and have
                                no statuses or fingerprint, which the readers treat as unknown).`,
    stores: {
      touches: '++id, [contactId+at], [channel+externalId], at, score',
    },
  },
];

/** The version a fresh database is created at. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
