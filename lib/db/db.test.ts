import { afterEach, describe, expect, it } from 'vitest';
import { getDb, WiifmDB } from './db';

const g = globalThis as { location?: { protocol: string } };
const original = g.location;
afterEach(() => {
  if (original === undefined) delete g.location;
  else g.location = original;
});

describe('getDb', () => {
  it('refuses to open the touch log inside a web page (a content script)', () => {
    g.location = { protocol: 'https:' };
    expect(() => getDb()).toThrow('content scripts send lib/messages.ts messages');
  });

  it('opens one shared database in extension pages', () => {
    g.location = { protocol: 'chrome-extension:' };
    const db = getDb();
    expect(db).toBeInstanceOf(WiifmDB);
    expect(db.name).toBe('wiifm');
    expect(getDb()).toBe(db);
  });
});
