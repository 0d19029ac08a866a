import { describe, expect, it } from 'vitest';
import { keepLogOnDisk } from './persist';

/** A stand-in for the browser's StorageManager and Permissions API (browser surface only). */
function browserPage(options: {
  protocol?: string;
  worker?: boolean;
  persisted?: boolean;
  permission?: string;
  persist?: () => Promise<boolean>;
}) {
  const calls: string[] = [];
  const env = {
    location: { protocol: options.protocol ?? 'chrome-extension:' },
    document: options.worker ? undefined : {},
    navigator: {
      storage: {
        persisted: async () => options.persisted ?? false,
        persist: async () => {
          calls.push('persist');
          return options.persist ? options.persist() : true;
        },
      },
      permissions: {
        query: async () => ({ state: options.permission ?? 'prompt' }),
      },
    },
  };
  return { env, calls };
}

describe('keeping the log on disk', () => {
  it('marks it persistent where the browser grants that without asking (Firefox with unlimitedStorage)', async () => {
    const { env, calls } = browserPage({ protocol: 'moz-extension:', permission: 'granted' });
    expect(await keepLogOnDisk(env)).toBe(true);
    expect(calls).toEqual(['persist']);
  });

  it('never asks where the browser would prompt the rep or decide by site heuristics', async () => {
    const { env, calls } = browserPage({ permission: 'prompt' });
    expect(await keepLogOnDisk(env)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('does not ask again once the storage is persistent', async () => {
    const { env, calls } = browserPage({ persisted: true, permission: 'granted' });
    expect(await keepLogOnDisk(env)).toBe(true);
    expect(calls).toEqual([]);
  });

  it('leaves web pages, the background worker and tests alone', async () => {
    for (const options of [{ protocol: 'https:' }, { worker: true }]) {
      const { env, calls } = browserPage({ ...options, permission: 'granted' });
      expect(await keepLogOnDisk(env)).toBe(false);
      expect(calls).toEqual([]);
    }
    expect(await keepLogOnDisk({})).toBe(false);
    expect(await keepLogOnDisk()).toBe(false); // this test runner: no extension page
  });

  it('never throws when the browser refuses', async () => {
    const { env } = browserPage({
      permission: 'granted',
      persist: () => Promise.reject(new TypeError('storage disabled')),
    });
    expect(await keepLogOnDisk(env)).toBe(false);
  });
});
