import { Dexie, type Table } from 'dexie';
import type { Contact, Touch } from './model';
import { keepLogOnDisk } from './persist';
import { SCHEMA_HISTORY } from './schema';

/** The touch log: contacts and every touch with them. */
export class WiifmDB extends Dexie {
  contacts!: Table<Contact, number>;
  touches!: Table<Touch, number>;

  constructor(name = DEFAULT_DB_NAME) {
    super(name);
    for (const v of SCHEMA_HISTORY) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export const DEFAULT_DB_NAME = 'wiifm';

/** A database handle (Dexie opens it on first use). Tests pass a fresh name each. */
export function openDb(name: string = DEFAULT_DB_NAME): WiifmDB {
  return new WiifmDB(name);
}

let singleton: WiifmDB | undefined;

/**
 * The extension's database, opened once per page or worker. Refuses to run in
 * a web page's origin: a content script opening IndexedDB there would write
 * the rep's contacts into Gmail's or LinkedIn's storage.
 */
export function getDb(): WiifmDB {
  const protocol = (globalThis as { location?: { protocol?: string } }).location?.protocol;
  if (protocol === 'http:' || protocol === 'https:') {
    throw new Error(
      'The touch log opens only in extension pages and the background; content scripts send lib/messages.ts messages instead.',
    );
  }
  if (!singleton) {
    singleton = openDb();
    // Once per page: ask the browser to keep the log under disk pressure (a no-op where it would prompt).
    void keepLogOnDisk();
  }
  return singleton;
}
