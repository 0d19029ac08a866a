/**
 * Asks the browser to keep the touch log when the disk runs low.
 *
 * What each browser does with an extension's IndexedDB (checked 2026-03):
 * - Chrome never evicts the storage of an extension with the
 *   `unlimitedStorage` permission (the quota database skips every origin its
 *   storage policy calls unlimited). `navigator.storage.persist()` is no help
 *   there: Chrome decides it by site heuristics (bookmarks, engagement,
 *   installed apps) that a chrome-extension:// page never meets, and answers
 *   `false`, with or without `unlimitedStorage`.
 * - Firefox does not evict extension origins, and `unlimitedStorage` grants
 *   the "persistent-storage" permission, so `persist()` succeeds there
 *   without asking. Without that permission Firefox would ask the rep in a
 *   doorhanger, out of the blue.
 *
 * So `persist()` is called only where it is already granted (asking nobody),
 * and the manifest's `unlimitedStorage` does the real work in Chrome.
 */

interface PersistEnv {
  location?: { protocol?: string };
  /** Only windows have one; `persist()` does not exist in workers. */
  document?: unknown;
  navigator?: {
    storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };
    permissions?: { query: (d: { name: 'persistent-storage' }) => Promise<{ state: string }> };
  };
}

const EXTENSION_PAGE = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/**
 * Marks the extension's storage persistent when the browser grants that
 * without a prompt. Resolves whether it is persistent; never throws (a test,
 * the background worker or a refusal all give `false`).
 */
export async function keepLogOnDisk(
  env: PersistEnv = globalThis as unknown as PersistEnv,
): Promise<boolean> {
  try {
    const storage = env.navigator?.storage;
    if (!EXTENSION_PAGE.has(env.location?.protocol ?? '') || env.document === undefined) {
      return false;
    }
    if (!storage?.persist || !storage.persisted) return false;
    if (await storage.persisted()) return true;
    const permission = await env.navigator?.permissions
      ?.query({ name: 'persistent-storage' })
      .catch(() => undefined);
    if (permission?.state !== 'granted') return false;
    return await storage.persist();
  } catch (error) {
    console.warn('[wiifm] could not mark the log persistent:', (error as Error)?.name);
    return false;
  }
}
