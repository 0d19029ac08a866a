import type { ExtensionHarness } from '@/tests/e2e/harness';

/**
 * Puts contacts and touches into a running extension the way a rep restoring
 * a backup would: a `wiifm-backup` JSON file, imported on the options page.
 * Shared by `npm run demo` and the end-to-end tests (`tests/e2e/helpers.ts`
 * re-exports it), so the demo's data takes the tested path.
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
  /** With status 'no': the reason the prospect gave. */
  noReason?: string;
  cadenceDays?: number;
  notes?: string;
}
export interface SeedTouch {
  contactId: number;
  channel: 'email' | 'linkedin' | 'call' | 'voicemail' | 'meeting' | 'note';
  direction: 'out' | 'in';
  /** Days before now (may be fractional). */
  daysAgo: number;
  summary?: string;
  /** Calls only. */
  outcome?: 'connected' | 'voicemail' | 'no-answer';
  /** The draft's WII-FM score, for touches logged from a checked draft. */
  score?: number;
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
      ...(t.outcome ? { outcome: t.outcome } : {}),
      ...(t.score !== undefined ? { score: t.score } : {}),
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
