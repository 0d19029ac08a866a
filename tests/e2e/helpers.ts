import type { Frame, Page } from 'playwright-core';
import type { ExtensionHarness } from './harness';

/**
 * Shared steps of the end-to-end tests, done the way a rep would: data goes
 * in through the options page's import, and comes back out of the extension's
 * own IndexedDB, read from an extension page (the page under test cannot).
 */

export const DAY = 86_400_000;

export interface SeedContact {
  id: number;
  name: string;
  emails?: string[];
  linkedinUrls?: string[];
  company?: string;
  title?: string;
  status?: 'active' | 'paused' | 'no' | 'client';
  cadenceDays?: number;
}
export interface SeedTouch {
  contactId: number;
  channel: 'email' | 'linkedin' | 'call' | 'voicemail' | 'meeting' | 'note';
  direction: 'out' | 'in';
  /** Days before now (may be fractional). */
  daysAgo: number;
  summary?: string;
}

/** A `wiifm-backup` JSON file with times relative to `now`. */
export function backupFile(
  contacts: SeedContact[],
  touches: SeedTouch[],
  now = Date.now(),
): string {
  const created = now - 60 * DAY;
  return JSON.stringify({
    format: 'wiifm-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    contacts: contacts.map((c) => ({
      emails: [],
      linkedinUrls: [],
      status: 'active',
      createdAt: created,
      updatedAt: created,
      ...c,
    })),
    touches: touches.map((t, i) => ({
      id: i + 1,
      contactId: t.contactId,
      channel: t.channel,
      direction: t.direction,
      at: Math.round(now - t.daysAgo * DAY),
      source: 'manual',
      ...(t.summary ? { summary: t.summary } : {}),
    })),
  });
}

/** Imports a backup through the options page, as a rep restoring data would. */
export async function seed(h: ExtensionHarness, json: string): Promise<void> {
  const page = await h.extensionPage('options.html');
  await page.setInputFiles('[data-wiifm="import-input"]', {
    name: 'seed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  const done = await page.waitForSelector(
    '[data-wiifm="import-result"], [data-wiifm="import-error"]',
    { timeout: 20_000 },
  );
  if ((await done.getAttribute('data-wiifm')) === 'import-error') {
    throw new Error(`seed import failed: ${await done.innerText()}`);
  }
  await page.close();
}

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
