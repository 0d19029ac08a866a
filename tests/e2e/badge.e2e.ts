import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionApi, type ExtensionHarness } from './harness';
import {
  backupFile,
  openPanel,
  readLog,
  seed,
  sidebarFrame,
  waitFor,
  type SeedContact,
} from './helpers';

/**
 * The toolbar badge in the production build: the number of today's
 * follow-ups, red when one is late, and kept right when touches are logged
 * from a Gmail tab, from the sidebar while the service worker sleeps, and
 * when a stopped worker starts again.
 */

const GMAIL = 'https://mail.google.com/mail/u/0/';
const COMPOSE_FIXTURE = readFileSync(
  new URL('../fixtures/gmail-compose-2026-03.html', import.meta.url),
  'utf8',
);
const INBOX = '<!doctype html><title>Inbox - Gmail</title><div role="main">Inbox</div>';
/** The recipient chip of the compose fixture (Gmail keeps the address as typed). */
const FIXTURE_RECIPIENT = 'dana.buyer@acme.example';

/** `#d93025` and `#1a73e8` (lib/badge/badge.ts) as Chrome reports them. */
const RED = [217, 48, 37, 255];
const BLUE = [26, 115, 232, 255];

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

// A 7-day cadence and every day a working day, so "due" does not depend on
// which weekday the suite runs: last outbound touch 12 days ago = 5 days overdue.
const CONTACTS: SeedContact[] = [
  { id: 1, name: 'Ana Overdue', emails: ['ana@northwind.example'], company: 'Northwind' },
  { id: 2, name: 'Ben Late', emails: ['ben@globex.example'], company: 'Globex' },
  { id: 3, name: 'Cleo Today', emails: ['cleo@initech.example'] },
  { id: 4, name: 'Dev Recent', emails: ['dev@umbrella.example'] },
  { id: 5, name: 'Eve Said No', emails: ['eve@hooli.example'], status: 'no' },
  { id: 6, name: 'Finn Client', emails: ['finn@stark.example'], status: 'client' },
  { id: 7, name: 'Dana Buyer', emails: [FIXTURE_RECIPIENT], company: 'Acme' },
];
const out = (contactId: number, daysAgo: number) =>
  ({ contactId, channel: 'email', direction: 'out', daysAgo }) as const;
const TOUCHES = [out(1, 12), out(2, 9), out(3, 7), out(4, 2), out(5, 20), out(6, 20), out(7, 10)];

/** Inside extension pages (`page.evaluate`), `chrome` is the extension API. */
declare const chrome: ExtensionApi;

interface BadgeState {
  text: string;
  color: number[];
  title: string;
}

/** Badge text, colour and title as the browser holds them, read from the service worker. */
function badgeInWorker(h: ExtensionHarness): Promise<BadgeState> {
  return h.swEval(async (api) => ({
    text: await api.action.getBadgeText({}),
    color: (await api.action.getBadgeBackgroundColor({})) as number[],
    title: await api.action.getTitle({}),
  }));
}

/** Badge text read from an extension page: does not wake a stopped worker. */
function badgeFromPage(page: Page): Promise<string> {
  return page.evaluate(() => chrome.action.getBadgeText({}));
}

/**
 * Stops and starts the extension's service worker the way Chrome does when
 * it idles out or the browser starts, through the DevTools protocol.
 */
class WorkerControl {
  private status = 'unknown';
  private constructor(
    private readonly session: CDPSession,
    private readonly scope: string,
  ) {
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.find((v) => v.scriptURL.startsWith(scope));
      if (ours) this.status = ours.runningStatus;
    });
  }

  static async attach(h: ExtensionHarness, page: Page): Promise<WorkerControl> {
    const session = await h.ctx.newCDPSession(page);
    const control = new WorkerControl(session, `chrome-extension://${h.extensionId}/`);
    await session.send('ServiceWorker.enable');
    return control;
  }

  get running(): string {
    return this.status;
  }

  private async until(status: string): Promise<void> {
    const end = Date.now() + 10_000;
    while (this.status !== status) {
      if (Date.now() > end) throw new Error(`service worker is ${this.status}, not ${status}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    // Stopping a worker that is still starting makes Chrome start it again at once.
    await this.until('running');
    await this.session.send('ServiceWorker.stopAllWorkers');
    await this.until('stopped');
  }

  async start(): Promise<void> {
    await this.session.send('ServiceWorker.startWorker', { scopeURL: this.scope });
    await this.until('running');
  }
}

describe('the toolbar badge', () => {
  let h: ExtensionHarness;
  const now = Date.now();

  beforeAll(async () => {
    h = await launchExtension();
    await h.swEval(
      (api, workingDays) => api.storage.local.set({ settings: { workingDays } }),
      EVERY_DAY,
    );
  });
  afterEach(() => {
    expect(h.offsiteRequests()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows no number while nothing is due', async () => {
    expect(
      await waitFor(
        () => badgeInWorker(h).then((b) => [b.text, b.title]),
        ['', 'No follow-ups due today'],
      ),
    ).toEqual(['', 'No follow-ups due today']);
  });

  it("counts today's follow-ups in red when any is overdue, leaving out the recent, the no and the client", async () => {
    await seed(h, backupFile(CONTACTS, [...TOUCHES], now));
    // Ana, Ben and Dana are overdue, Cleo is due today.
    await waitFor(() => h.badgeText(), '4');
    expect(await badgeInWorker(h)).toEqual({
      text: '4',
      color: RED,
      title: '4 follow-ups today (3 overdue)',
    });
  });

  it('drops by one when the rep sends an email to an overdue contact from Gmail', async () => {
    const gmail = await h.openPage(GMAIL + '#inbox?compose=new', COMPOSE_FIXTURE);
    const sidebar = await sidebarFrame(gmail);
    // The sidebar shows the draft once the content script has found the compose.
    await sidebar.waitForSelector('[data-wiifm="sidebar"][data-view="draft"]');
    await gmail.click('[role="button"][data-tooltip^="Send"]');
    await gmail.waitForSelector('#toast:not([hidden])');

    expect(await waitFor(() => h.badgeText(), '3')).toBe('3');
    expect(await badgeInWorker(h)).toEqual({
      text: '3',
      color: RED,
      title: '3 follow-ups today (2 overdue)',
    });
    const { touches } = await readLog(h);
    const sent = touches.filter((t) => t.contactId === 7 && t.source === 'auto');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: 'email', direction: 'out' });
    await gmail.close();
  });

  it('keeps an alarm for the next local midnight and an hourly zone check', async () => {
    const alarms = await h.swEval((api) => api.alarms.getAll());
    const today = new Date();
    // Node and Chromium run in the same zone on this machine.
    const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime();
    expect(alarms.map((a) => a.name).toSorted()).toEqual([
      'wiifm-badge-hourly',
      'wiifm-badge-midnight',
    ]);
    const atMidnight = alarms.find((a) => a.name === 'wiifm-badge-midnight');
    // Chrome may round a one-off alarm's time by a few milliseconds.
    expect(Math.abs(atMidnight!.scheduledTime - midnight)).toBeLessThan(1_000);
    expect(atMidnight!.periodInMinutes).toBeUndefined();
    expect(alarms.find((a) => a.name === 'wiifm-badge-hourly')?.periodInMinutes).toBe(60);
  });

  it('drops when the rep logs a call in the sidebar while the service worker sleeps', async () => {
    const gmail = await h.openPage(GMAIL, INBOX);
    const worker = await WorkerControl.attach(h, gmail);
    const sidebar = await sidebarFrame(gmail);
    await openPanel(sidebar);
    const ben = sidebar.locator('[data-wiifm="today-item"][data-contact-id="2"]');
    await ben.locator('.wiifm-today-head').click();
    const call = ben.locator('[data-action="log-call"][data-outcome="connected"]');
    await call.waitFor();

    const reader = await extensionTab(h);
    await worker.stop();
    expect(await badgeFromPage(reader)).toBe('3');
    expect(worker.running).toBe('stopped');
    await call.click();
    // Ben is no longer due: his row leaves the list and the list says what was done.
    await sidebar.waitForSelector('[data-wiifm="today-status"]:has-text("Logged call")');
    await ben.waitFor({ state: 'detached' });

    expect(await waitFor(() => badgeFromPage(reader), '2')).toBe('2');
    expect(worker.running).toBe('running'); // the sidebar's poke woke it
    await reader.close();
    await gmail.close();
  });

  it('is recounted when a stopped service worker starts again', async () => {
    // Open extension pages would pass the change on to the worker (see lib/badge/wake.ts).
    await Promise.all(h.ctx.pages().map((p) => p.close()));
    const quiet = await h.ctx.newPage();
    // This page writes without poking the background, like a change the
    // worker slept through (a sync, a crash mid-write).
    await quiet.addInitScript(() => {
      const runtime = chrome.runtime as unknown as { sendMessage: (...a: unknown[]) => unknown };
      const send = runtime.sendMessage.bind(runtime);
      runtime.sendMessage = (msg: unknown, ...rest: unknown[]) =>
        (msg as { type?: string } | null)?.type === 'badge.wake'
          ? Promise.resolve()
          : send(msg, ...rest);
    });
    await quiet.goto(`chrome-extension://${h.extensionId}/options.html`);
    const worker = await WorkerControl.attach(h, quiet);
    await h.swEval(() => {
      (globalThis as { wiifmTestMarker?: boolean }).wiifmTestMarker = true;
    });
    await worker.stop();

    await quiet.setInputFiles('[data-wiifm="import-input"]', {
      name: 'more.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        backupFile(
          [{ id: 8, name: 'Gus Forgotten', emails: ['gus@wayne.example'] }],
          [out(8, 30)],
          now,
        ),
      ),
    });
    await quiet.waitForSelector('[data-wiifm="import-result"]');
    // Nothing woke the worker, so the badge still shows the old count.
    await quiet.waitForTimeout(1_000);
    expect(worker.running).toBe('stopped');
    expect(await badgeFromPage(quiet)).toBe('2');

    await worker.start();
    // Ana and Gus overdue, Cleo due today.
    expect(await waitFor(() => badgeFromPage(quiet), '3')).toBe('3');
    // A fresh worker, not the old one resumed.
    expect(
      await h.swEval(() => (globalThis as { wiifmTestMarker?: boolean }).wiifmTestMarker ?? false),
    ).toBe(false);
    expect(await badgeInWorker(h)).toEqual({
      text: '3',
      color: RED,
      title: '3 follow-ups today (2 overdue)',
    });
    await quiet.close();
  });
  it('turns calm blue once only follow-ups due today remain', async () => {
    const popup = await h.extensionPage('popup.html');
    for (const id of [1, 8]) {
      const row = popup.locator(`[data-wiifm="due-item"][data-contact-id="${id}"]`);
      await row.locator('[data-wiifm="done"]').click();
      await row.locator('[data-wiifm="done-channel"][data-channel="email"]').click();
      await row.waitFor({ state: 'detached' });
    }
    expect(await waitFor(() => h.badgeText(), '1')).toBe('1');
    expect(await badgeInWorker(h)).toEqual({
      text: '1',
      color: BLUE,
      title: '1 follow-up today',
    });
    await popup.close();
  });
});

/** An extension page to read browser state from without waking the worker. */
async function extensionTab(h: ExtensionHarness): Promise<Page> {
  const page = await h.ctx.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  return page;
}
