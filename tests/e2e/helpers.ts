import type { Frame, Page } from 'playwright-core';
import type { ExtensionHarness } from './harness';

/**
 * Shared steps of the end-to-end tests, done the way a rep would: data goes
 * in through the options page's import, and comes back out of the extension's
 * own IndexedDB, read from an extension page (the page under test cannot).
 */

// Seeding lives in scripts/ so `npm run demo` seeds the same way.
export { DAY, backupFile, seed, type SeedContact, type SeedTouch } from '@/scripts/seed';

export interface StoredLog {
  contacts: Array<Record<string, unknown> & { id: number; name: string; emails: string[] }>;
  touches: Array<
    Record<string, unknown> & { id: number; contactId: number; channel: string; direction: string }
  >;
}

/** Reads the whole touch log from the extension's database (not the page's). */
export async function readLog(h: ExtensionHarness): Promise<StoredLog> {
  const page = await h.extensionPage('popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<StoredLog>((resolve, reject) => {
          const open = indexedDB.open('wiifm');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['contacts', 'touches'], 'readonly');
            const contacts = tx.objectStore('contacts').getAll();
            const touches = tx.objectStore('touches').getAll();
            tx.oncomplete = () => {
              db.close();
              resolve({ contacts: contacts.result, touches: touches.result } as StoredLog);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

/** The sidebar iframe (an extension page) inside a Gmail or LinkedIn tab. */
export async function sidebarFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const end = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (frame) {
      await frame.waitForSelector('[data-wiifm="sidebar"]', {
        timeout: Math.max(1, end - Date.now()),
      });
      return frame;
    }
    if (Date.now() > end) throw new Error('the WII-FM sidebar did not appear');
    await page.waitForTimeout(25);
  }
}

/** Waits until `read()` returns `want` (compared as JSON), or fails with the last value. */
export async function waitFor<T>(read: () => Promise<T>, want: T, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let got = await read();
  while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    got = await read();
  }
  return got;
}

/**
 * Opens the sidebar's panel the way a rep does: with no compose open it rests
 * as its handle (issue 14), one click on the handle opens it.
 */
export async function openPanel(frame: Frame, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await frame.evaluate(
      () =>
        document.querySelector('[data-wiifm="sidebar"]')?.getAttribute('data-collapsed') ?? null,
    );
    if (state === 'false') return;
    if (state === 'true') await frame.click('[data-wiifm="expand"]').catch(() => undefined);
    if (Date.now() > end) throw new Error('the WII-FM panel did not open');
    await frame.waitForTimeout(100);
  }
}
