import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import {
  backupFile,
  openPanel,
  readLog,
  seed,
  sidebarFrame,
  waitFor,
  type SeedContact,
  type SeedTouch,
} from './helpers';

/**
 * LinkedIn as a rep meets it, in the production build: profiles, in-page
 * navigation, messaging and the invitation note are served at their real
 * URLs from fixtures, the touch log is seeded through the options page and
 * read back from the extension's own database, and the sidebar is driven by
 * clicking what it shows.
 */

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

const ZOE_URL = 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/';
/** Served as LinkedIn links it from search: mixed case and a tracking query. */
const MATEUS_PAGE = 'https://www.linkedin.com/in/Mateus-Okonkwo-Berg/?trk=public_profile_browsemap';
const MATEUS_URL = 'https://www.linkedin.com/in/mateus-okonkwo-berg/';
/** Mateus by member id, from his 2026 top card's Message link. */
const MATEUS_MEMBER_URL = 'https://www.linkedin.com/in/ACoAACx9Qm2Bv7TgHs4LpW8dZr1NfK3oY6eU5a/';
/** Zoë as messaging links her: by member id (the messaging fixture's thread header). */
const ZOE_MEMBER_URL = 'https://www.linkedin.com/in/ACoAAB7kq2EBz9xWlN3vR5tYc8uH1jFgP0s4mQe/';
const INGRID_URL = 'https://www.linkedin.com/in/ingrid-haaland-osei/';
const HIDDEN_URL = 'https://www.linkedin.com/in/hidden-member-77/';
const THREAD_URL =
  'https://www.linkedin.com/messaging/thread/2-NDFhYzE3ZjQtZmVkYi00Y2YxLWI2NjMtZTQ2OGE4NGY5ZTc0XzAxMg==/';

/** A profile whose top card LinkedIn rendered in a shape no fallback knows: hashed classes, no headings, a bare title. */
const UNREADABLE_PROFILE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head>
<body><main><section class="q8f2a1"><div class="z7c3b0"><span class="m1k9">Profile</span></div></section></main></body></html>`;

const ZOE: SeedContact = {
  id: 1,
  name: 'Zoë Łukasiewicz',
  emails: ['zoe@northwind-freight.example'],
  linkedinUrls: [ZOE_URL],
  company: 'Northwind Freight',
  title: 'Head of Revenue Operations',
};
const TOMASZ: SeedContact = {
  id: 2,
  name: 'Tomasz Brennan-Ilić',
  emails: ['tomasz@baltic-parcel.example'],
  linkedinUrls: ['https://www.linkedin.com/in/tomasz-brennan-ilic/'],
  company: 'Baltic Parcel Co.',
};
/** Zoë: emailed, called, then she answered on LinkedIn two days ago (unanswered, so overdue). */
const ZOE_TOUCHES: SeedTouch[] = [
  { contactId: 1, channel: 'email', direction: 'out', daysAgo: 9 },
  { contactId: 1, channel: 'call', direction: 'out', daysAgo: 5 },
  { contactId: 1, channel: 'linkedin', direction: 'in', daysAgo: 2 },
];
/** Tomasz: emailed yesterday, met last week; not due for days. */
const TOMASZ_TOUCHES: SeedTouch[] = [
  { contactId: 2, channel: 'meeting', direction: 'out', daysAgo: 6 },
  { contactId: 2, channel: 'email', direction: 'out', daysAgo: 1 },
];

// ── Real saved pages (../shared/fixtures/real/, never copied into the repo) ──
const REAL = fileURLToPath(new URL('../../../shared/fixtures/real/', import.meta.url));
const realPresent = existsSync(REAL);
if (!realPresent) console.warn('LinkedIn real-page e2e tests skipped: ../shared not found');

/**
 * Keeps a saved page from reaching LinkedIn's CDN: its scripts, styles and
 * images would be requests of the page's own, not the extension's, and would
 * drown the "no other requests" check. The policy goes first in <head>, so
 * it covers every element after it; scripts do not run (they could not
 * anyway, without LinkedIn's servers), the DOM is as saved.
 */
const OFFLINE_POLICY =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; ' +
  "style-src 'unsafe-inline'; img-src data:; frame-src chrome-extension:\">";

function offline(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.replace(head[0], `${head[0]}${OFFLINE_POLICY}`);
  return `<!doctype html><html><head>${OFFLINE_POLICY}<title>LinkedIn</title></head><body>${html}</body></html>`;
}

const real = (name: string) => readFileSync(`${REAL}${name}`, 'utf8');

// ── Reading what the sidebar shows ───────────────────────────────────────────

interface ProfileShown {
  view: string | null;
  name: string | null;
  contactId: string | null;
  status: string;
  due: string | null;
  dueTone: string | null;
  /** `channel:direction` of each history item, top to bottom. */
  history: string[];
}

/** What the sidebar's profile view says about the contact on show. */
function profileShown(frame: Frame): Promise<ProfileShown> {
  return frame.evaluate(() => {
    const root = document.querySelector('[data-wiifm="sidebar"]');
    const view = document.querySelector('[data-wiifm="profile-contact"]');
    const card = view?.querySelector('[data-wiifm="contact-card"]');
    const due = card?.querySelector('[data-wiifm="due"]');
    return {
      view: root?.getAttribute('data-view') ?? null,
      name: card?.querySelector('.wiifm-contact-name')?.textContent ?? null,
      contactId: card?.getAttribute('data-contact-id') ?? null,
      status:
        card?.querySelector('[data-contact-status]')?.getAttribute('data-contact-status') ??
        'active',
      due: due?.textContent ?? null,
      dueTone: due?.getAttribute('data-tone') ?? null,
      history: Array.from(
        view?.querySelectorAll<HTMLElement>('[data-wiifm="history-item"]') ?? [],
        (li) => `${li.dataset.channel}:${li.dataset.direction}`,
      ),
    };
  });
}

const viewOf = (frame: Frame) =>
  frame.evaluate(
    () => document.querySelector('[data-wiifm="sidebar"]')?.getAttribute('data-view') ?? null,
  );

/** Each check row as `id:status`, plus the length row's message. */
function checksShown(frame: Frame): Promise<{ rows: string[]; length: string | null }> {
  return frame.evaluate(() => {
    const rows = Array.from(
      document.querySelectorAll<HTMLElement>('[data-check]'),
      (li) => `${li.dataset.check}:${li.dataset.status}`,
    );
    const length = document.querySelector('[data-check="length"] .wiifm-check-message');
    return { rows, length: length?.textContent ?? null };
  });
}

const lengthStatus = async (frame: Frame) =>
  (await checksShown(frame)).rows.find((r) => r.startsWith('length:'))?.split(':')[1] ?? null;

/** Every touch of one contact, oldest first, as `channel:direction`. */
async function touchesOf(h: ExtensionHarness, contactId: number): Promise<string[]> {
  const log = await readLog(h);
  return log.touches
    .filter((t) => t.contactId === contactId)
    .toSorted((a, b) => Number(a.at) - Number(b.at))
    .map((t) => `${t.channel}:${t.direction}`);
}

async function contactNamed(h: ExtensionHarness, name: string) {
  return (await readLog(h)).contacts.find((c) => c.name === name);
}

/** Empties the touch log the way a rep would: Options → Delete everything. */
async function deleteEverything(h: ExtensionHarness): Promise<void> {
  const page = await h.extensionPage('options.html');
  await page.fill('[data-wiifm="delete-confirm"]', 'DELETE');
  await page.click('[data-wiifm="delete-all"]');
  await page.waitForFunction(
    () => /Deleted/.test(document.querySelector('[data-wiifm="data-status"]')?.textContent ?? ''),
    undefined,
    { timeout: 10_000 },
  );
  await page.close();
}

/** Replaces what a page shows and its address without a reload, as LinkedIn navigates. */
async function navigateInPage(page: Page, url: string, html: string): Promise<void> {
  await page.evaluate(
    ({ url, html }) => {
      history.pushState({}, '', url);
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      document.body.replaceWith(document.adoptNode(next.body));
    },
    { url, html },
  );
}

describe('LinkedIn in the production build', () => {
  let h: ExtensionHarness;
  const pages: Page[] = [];
  /** Opens a tab (closed after the test) and waits for its sidebar. */
  const open = async (url: string): Promise<{ page: Page; frame: Frame }> => {
    const page = await h.openPage(url);
    pages.push(page);
    const frame = await sidebarFrame(page, 15_000);
    // On a profile (no message being written) the sidebar rests as its handle: open it.
    await openPanel(frame);
    return { page, frame };
  };
  /**
   * URLs a saved page asked for that its own policy (OFFLINE_POLICY) stopped
   * inside the renderer: Playwright still reports them, as never routed, but
   * they never left the browser.
   */
  const stoppedByPolicy = new Set<string>();
  const offsite = () =>
    h.offsiteRequests().filter((r) => !(r.outcome === 'unrouted' && stoppedByPolicy.has(r.url)));
  beforeAll(async () => {
    h = await launchExtension({
      pages: {
        [ZOE_URL]: fixture('linkedin-profile-2025-04.html'),
        [MATEUS_PAGE]: fixture('linkedin-profile-2026-06.html'),
        [MATEUS_URL]: fixture('linkedin-profile-2026-06.html'),
        [INGRID_URL]: fixture('linkedin-invite-2025.html'),
        [THREAD_URL]: fixture('linkedin-messaging-2025-04.html'),
        [HIDDEN_URL]: UNREADABLE_PROFILE,
      },
    });
    h.ctx.on('requestfailed', (request) => {
      if (request.failure()?.errorText === 'csp') stoppedByPolicy.add(request.url());
    });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await deleteEverything(h);
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    // Every test: nothing but the fixture pages and the extension's own files.
    expect(offsite()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });

  it("shows the profile's contact with its status, next follow-up and only its own history, newest first", async () => {
    await seed(h, backupFile([ZOE, TOMASZ], [...ZOE_TOUCHES, ...TOMASZ_TOUCHES]));
    const { frame } = await open(ZOE_URL);

    const shown = await waitFor(() => profileShown(frame), {
      view: 'profile',
      name: 'Zoë Łukasiewicz',
      contactId: '1',
      status: 'active',
      due: 'Follow-up overdue by 2 days',
      dueTone: 'overdue',
      history: ['linkedin:in', 'call:out', 'email:out'],
    });
    expect(shown).toEqual({
      view: 'profile',
      name: 'Zoë Łukasiewicz',
      contactId: '1',
      status: 'active',
      due: 'Follow-up overdue by 2 days',
      dueTone: 'overdue',
      history: ['linkedin:in', 'call:out', 'email:out'],
    });
    // Tomasz's meeting never shows on Zoë's profile.
    expect(await frame.locator('[data-wiifm="history-item"][data-channel="meeting"]').count()).toBe(
      0,
    );
    // The member id her page carries (how messaging links her) is offered, and
    // saved on her contact only when the rep says so: the page could fake it.
    const zoeUrls = async () => (await contactNamed(h, 'Zoë Łukasiewicz'))?.linkedinUrls;
    await frame.waitForSelector('[data-wiifm="save-link"]');
    expect(await zoeUrls()).toEqual([ZOE_URL]);
    await frame.click('[data-action="save-link"]');
    expect(await waitFor(zoeUrls, [ZOE_URL, ZOE_MEMBER_URL])).toEqual([ZOE_URL, ZOE_MEMBER_URL]);
    await frame.waitForSelector('[data-wiifm="save-link"]', { state: 'detached' });
  });

  it('logs a connected call from the profile: it tops her history and she leaves the badge count', async () => {
    await seed(h, backupFile([ZOE, TOMASZ], [...ZOE_TOUCHES, ...TOMASZ_TOUCHES]));
    expect(await waitFor(() => h.badgeText(), '1')).toBe('1');
    const { frame } = await open(ZOE_URL);
    await waitFor(async () => (await profileShown(frame)).history.length, 3);

    await frame.click('[data-action="log-call"][data-outcome="connected"]');

    const after = await waitFor(
      async () => (await profileShown(frame)).history,
      ['call:out', 'linkedin:in', 'call:out', 'email:out'],
    );
    expect(after).toEqual(['call:out', 'linkedin:in', 'call:out', 'email:out']);
    expect(await frame.locator('[data-wiifm="history-item"]').first().textContent()).toMatch(
      /call \(connected\)/i,
    );
    expect(await waitFor(() => h.badgeText(), '')).toBe('');
    expect((await profileShown(frame)).dueTone).toBe('later');
    const log = await readLog(h);
    const call = log.touches.find((t) => t.contactId === 1 && t.outcome === 'connected');
    expect(call).toMatchObject({ channel: 'call', direction: 'out', source: 'manual' });
    expect(await touchesOf(h, 2)).toEqual(['meeting:out', 'email:out']);
  });

  it('snoozes, sets the cadence and marks a definitive no with its reason from the profile', async () => {
    await seed(h, backupFile([ZOE, TOMASZ], [...ZOE_TOUCHES, ...TOMASZ_TOUCHES]));
    const { frame } = await open(ZOE_URL);
    await waitFor(async () => (await profileShown(frame)).name, 'Zoë Łukasiewicz');
    await frame.click('[data-wiifm="contact-actions"] details > summary');

    await frame.click('[data-action="snooze"][data-days="3"]');
    // Snoozes end at the start of a day in the rep's zone, three days on.
    const morning = await frame.evaluate(() => {
      const day = new Date(Date.now() + 3 * 86_400_000);
      day.setHours(0, 0, 0, 0);
      return day.getTime();
    });
    const zoe = () => contactNamed(h, 'Zoë Łukasiewicz');
    expect(await waitFor(async () => (await zoe())?.status, 'paused')).toBe('paused');
    expect((await zoe())?.pausedUntil).toBe(morning);
    expect(await waitFor(async () => (await profileShown(frame)).status, 'paused')).toBe('paused');

    await frame.fill('input[type="number"]', '14');
    await frame.click('[data-action="set-cadence"]');
    expect(await waitFor(async () => (await zoe())?.cadenceDays, 14)).toBe(14);

    await frame.click('[data-action="mark-no"]');
    await frame.fill('.wiifm-no input', 'Signed a three-year deal with a competitor');
    await frame.click('[data-action="confirm-no"]');
    expect(await waitFor(async () => (await zoe())?.status, 'no')).toBe('no');
    expect(await zoe()).toMatchObject({
      status: 'no',
      noReason: 'Signed a three-year deal with a competitor',
      cadenceDays: 14,
    });
    // A "no" stops the follow-ups: the card says so and shows no due date.
    const shown = await waitFor(async () => {
      const { status, due } = await profileShown(frame);
      return [status, due];
    }, ['no', null]);
    expect(shown).toEqual(['no', null]);
    // Tomasz is untouched.
    expect(await contactNamed(h, 'Tomasz Brennan-Ilić')).toMatchObject({ status: 'active' });
  });

  it('creates a contact from an unknown profile with its name, headline, company and clean URL', async () => {
    await seed(h, backupFile([TOMASZ], TOMASZ_TOUCHES));
    const { frame } = await open(MATEUS_PAGE);
    await frame.waitForSelector('[data-wiifm="profile-unknown"]');
    expect(await frame.textContent('[data-wiifm="profile-unknown"] strong')).toBe(
      'Mateus Okonkwo-Berg',
    );
    // Nobody by that name: nothing to link.
    expect(await frame.locator('[data-wiifm="link-suggestion"]').count()).toBe(0);

    await frame.click('[data-action="create-from-profile"]');
    // The clean URL, and the member id his page carries (how messaging links him).
    const created = await waitFor(
      async () => (await contactNamed(h, 'Mateus Okonkwo-Berg'))?.linkedinUrls,
      [MATEUS_URL, MATEUS_MEMBER_URL],
    );
    expect(created).toEqual([MATEUS_URL, MATEUS_MEMBER_URL]);
    expect(await contactNamed(h, 'Mateus Okonkwo-Berg')).toMatchObject({
      title:
        'VP Logistics Partnerships | Helping shippers cut port dwell time across the North Sea',
      company: 'Harbourline Logistics',
      emails: [],
    });
    // The sidebar now shows the new contact, with nothing logged yet.
    expect(await waitFor(async () => (await profileShown(frame)).name, 'Mateus Okonkwo-Berg')).toBe(
      'Mateus Okonkwo-Berg',
    );
    expect((await profileShown(frame)).history).toEqual([]);
  });

  it('suggests the contact already emailed from Gmail with the same name and company, and links the profile to it', async () => {
    const emailed: SeedContact = {
      id: 3,
      name: 'Mateus Okonkwo-Berg',
      emails: ['mateus.ob@harbourline.example'],
      company: 'Harbourline Logistics',
    };
    await seed(
      h,
      backupFile(
        [ZOE, emailed],
        [...ZOE_TOUCHES, { contactId: 3, channel: 'email', direction: 'out', daysAgo: 4 }],
      ),
    );
    const { frame } = await open(MATEUS_PAGE);
    const suggestion = frame.locator('[data-wiifm="link-suggestion"]');
    await suggestion.first().waitFor();
    expect(await suggestion.count()).toBe(1);
    expect(await suggestion.getAttribute('data-contact-id')).toBe('3');
    expect(await suggestion.textContent()).toContain('mateus.ob@harbourline.example');

    await suggestion.locator('[data-action="link-profile"]').click();
    expect(
      await waitFor(
        async () => (await contactNamed(h, 'Mateus Okonkwo-Berg'))?.linkedinUrls,
        [MATEUS_URL, MATEUS_MEMBER_URL],
      ),
    ).toEqual([MATEUS_URL, MATEUS_MEMBER_URL]);
    const log = await readLog(h);
    expect(log.contacts.filter((c) => c.name === 'Mateus Okonkwo-Berg')).toHaveLength(1);
    // Linked: the profile now shows his Gmail history.
    const shown = await waitFor(async () => {
      const s = await profileShown(frame);
      return [s.contactId, s.history];
    }, ['3', ['email:out']]);
    expect(shown).toEqual(['3', ['email:out']]);
  });

  it('follows LinkedIn from profile to profile without a reload, and off profiles to messaging and the feed', async () => {
    const mateus: SeedContact = {
      id: 3,
      name: 'Mateus Okonkwo-Berg',
      linkedinUrls: [MATEUS_URL],
      company: 'Harbourline Logistics',
    };
    await seed(
      h,
      backupFile(
        [ZOE, TOMASZ, mateus],
        [
          ...ZOE_TOUCHES,
          ...TOMASZ_TOUCHES,
          { contactId: 3, channel: 'voicemail', direction: 'out', daysAgo: 1 },
        ],
      ),
    );
    const { page, frame } = await open(ZOE_URL);
    await waitFor(async () => (await profileShown(frame)).name, 'Zoë Łukasiewicz');
    const loads = h.requests.filter((r) => r.outcome === 'served').length;

    await navigateInPage(page, MATEUS_URL, fixture('linkedin-profile-2026-06.html'));
    const second = await waitFor(async () => {
      const s = await profileShown(frame);
      return [s.name, s.contactId, s.history];
    }, ['Mateus Okonkwo-Berg', '3', ['voicemail:out']]);
    expect(second).toEqual(['Mateus Okonkwo-Berg', '3', ['voicemail:out']]);

    // To messaging, no conversation open: the profile goes, Today shows.
    await navigateInPage(
      page,
      'https://www.linkedin.com/messaging/',
      '<!doctype html><title>Messaging | LinkedIn</title><main><h1>Messaging</h1></main>',
    );
    expect(await waitFor(() => viewOf(frame), 'today')).toBe('today');
    expect(await frame.locator('[data-tab="profile"]').count()).toBe(0);
    expect(await frame.locator('[data-wiifm="profile-contact"]').count()).toBe(0);

    // To the feed: nothing to coach there, the sidebar leaves.
    await navigateInPage(
      page,
      'https://www.linkedin.com/feed/',
      '<!doctype html><title>Feed | LinkedIn</title><main><h1>Feed</h1></main>',
    );
    expect(
      await waitFor(
        async () => page.frames().some((f) => f.url().includes('/sidebar.html')),
        false,
      ),
    ).toBe(false);
    // All of it without loading a page.
    expect(h.requests.filter((r) => r.outcome === 'served').length).toBe(loads);
  });

  it('checks a message as it is typed, fails a long one on length, and logs the sent one once to the partner', async () => {
    await seed(h, backupFile([ZOE, TOMASZ], [...ZOE_TOUCHES, ...TOMASZ_TOUCHES]));
    const { page, frame } = await open(THREAD_URL);
    const box = page.locator('.msg-form__contenteditable');
    await box.click();
    const short = 'Zoë, your forecast accuracy post: worth 15 minutes Thursday to compare notes?';
    await page.keyboard.insertText(short);

    await frame.waitForSelector('[data-check="length"]');
    expect(await viewOf(frame)).toBe('draft');
    const checks = await checksShown(frame);
    // LinkedIn mode: length counts characters, and no voicemail-only check runs.
    expect(checks.length).toContain(`${short.length} characters`);
    expect(checks.rows.map((r) => r.split(':')[0])).toEqual(
      expect.arrayContaining(['purpose', 'benefit', 'length', 'ask']),
    );
    expect(checks.rows.some((r) => r.startsWith('ease:'))).toBe(false);
    expect(await frame.textContent('[data-wiifm="score"]')).toContain(`${short.length} characters`);
    // The partner is recognised by name (the thread links her by member id).
    await frame.waitForSelector('[data-wiifm="recipient"][data-known="true"]');
    expect(await frame.textContent('[data-wiifm="recipient"] .wiifm-contact-name')).toBe(
      'Zoë Łukasiewicz',
    );

    const essay = Array.from({ length: 110 }, (_, i) => `word${i}`).join(' ');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(`${essay}.`);
    expect(await waitFor(() => lengthStatus(frame), 'fail')).toBe('fail');

    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(short);
    expect(await waitFor(() => lengthStatus(frame), 'pass')).toBe('pass');
    await page.click('.msg-form__send-button');

    const sent = ['email:out', 'call:out', 'linkedin:in', 'linkedin:out'];
    expect(await waitFor(() => touchesOf(h, 1), sent)).toEqual(sent);
    // Once: nothing more arrives, and no one new was made from the thread.
    await page.waitForTimeout(1_500);
    expect(await touchesOf(h, 1)).toEqual(sent);
    const log = await readLog(h);
    expect(log.contacts.map((c) => c.name).toSorted()).toEqual([
      'Tomasz Brennan-Ilić',
      'Zoë Łukasiewicz',
    ]);
    expect(
      log.touches.find((t) => t.channel === 'linkedin' && t.direction === 'out'),
    ).toMatchObject({ contactId: 1, source: 'auto' });
    await frame.waitForSelector('[data-wiifm="undo-bar"]');
  });

  it('logs a message to a contact made from her profile on that contact, though the thread links her by member id and a namesake exists', async () => {
    const namesake: SeedContact = {
      id: 7,
      name: 'Zoë Łukasiewicz',
      emails: ['zoe.l@harbour-analytics.example'],
      company: 'Harbour Analytics',
    };
    await seed(h, backupFile([TOMASZ, namesake], TOMASZ_TOUCHES));
    const { frame: profileFrame } = await open(ZOE_URL);
    await profileFrame.waitForSelector('[data-wiifm="profile-unknown"]');
    await profileFrame.click('[data-action="create-from-profile"]');
    // The profile's vanity link and the member id its page carries.
    const made = async () =>
      (await readLog(h)).contacts.find((c) => (c.linkedinUrls as string[]).includes(ZOE_URL));
    expect(
      await waitFor(async () => (await made())?.linkedinUrls, [ZOE_URL, ZOE_MEMBER_URL]),
    ).toEqual([ZOE_URL, ZOE_MEMBER_URL]);
    const zoeId = Number((await made())!.id);
    expect(zoeId).not.toBe(7);

    const { page, frame } = await open(THREAD_URL);
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.insertText('Zoë, your forecast accuracy post: worth 15 minutes Thursday?');
    // The sidebar already knows who the thread is with: the new contact, by member id.
    await frame.waitForSelector('[data-wiifm="recipient"][data-known="true"]');
    expect(
      await frame.getAttribute(
        '[data-wiifm="recipient"] [data-wiifm="contact-card"]',
        'data-contact-id',
      ),
    ).toBe(String(zoeId));
    await page.click('.msg-form__send-button');

    expect(await waitFor(() => touchesOf(h, zoeId), ['linkedin:out'])).toEqual(['linkedin:out']);
    await page.waitForTimeout(1_500);
    const log = await readLog(h);
    expect(log.touches.filter((t) => t.channel === 'linkedin')).toHaveLength(1);
    expect(await touchesOf(h, zoeId)).toEqual(['linkedin:out']);
    expect(await touchesOf(h, 7)).toEqual([]);
    // No one new: Tomasz, the namesake and the Zoë made from the profile.
    expect(log.contacts).toHaveLength(3);
  });

  it('logs a message when it shows in the conversation as sent, and nothing for one that fails or that a page script sends', async () => {
    await seed(h, backupFile([ZOE], ZOE_TOUCHES));
    const linkedinOut = async () =>
      (await readLog(h)).touches.filter((t) => t.channel === 'linkedin' && t.direction === 'out');
    const type = async (page: Page, text: string) => {
      await page.locator('.msg-form__contenteditable').click();
      await page.keyboard.insertText(text);
    };

    // LinkedIn empties the box and shows the message, but it never gets its sent mark.
    const failing = `${THREAD_URL}?fail=1`;
    h.serve(failing, fixture('linkedin-messaging-2025-04.html'));
    const failed = await open(failing);
    await type(failed.page, 'Zoë, worth 15 minutes Thursday?');
    await failed.page.click('.msg-form__send-button');
    await failed.page.waitForSelector('text=Message failed to send');

    // A page script's click() on Send: LinkedIn's stand-in sends it, the rep did not.
    const scripted = await open(THREAD_URL);
    await type(scripted.page, 'Zoë, a scripted message.');
    await scripted.page.evaluate(() =>
      (document.querySelector('.msg-form__send-button') as HTMLButtonElement).click(),
    );
    await scripted.page.waitForSelector(
      '.msg-s-event-with-indicator__sending-indicator--sent >> nth=1',
      { state: 'attached' },
    );
    await scripted.page.waitForTimeout(2_000);
    expect(await linkedinOut()).toEqual([]);

    // The rep's own send: logged once the message shows as sent, under its own id.
    const { page } = await open(THREAD_URL);
    await type(page, 'Zoë, your forecast accuracy post: worth 15 minutes Thursday?');
    await page.click('.msg-form__send-button');
    const logged = await waitFor(async () => (await linkedinOut()).length, 1);
    expect(logged).toBe(1);
    const urn = await page.locator('[data-event-urn]').last().getAttribute('data-event-urn');
    expect(await linkedinOut()).toEqual([
      expect.objectContaining({ contactId: 1, externalId: urn, source: 'auto' }),
    ]);
  });

  it('fails an invitation note over 300 characters on length', async () => {
    const { page, frame } = await open(INGRID_URL);
    await frame.waitForSelector('[data-wiifm="sidebar"][data-view="draft"]');
    const setNote = (text: string) =>
      page.evaluate((value) => {
        // LinkedIn's box stops typing at 300 (maxlength); a note pasted in by
        // a tool, or the 2026 invite page without the cap, can be longer.
        const note = document.querySelector<HTMLTextAreaElement>('textarea[name="message"]')!;
        note.value = value;
        note.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
    const sentence =
      'Ingrid, your post on supplier scorecards at Brightwater Foods matched what our buyers ask for. ';
    const note290 = sentence.repeat(4).slice(0, 290);
    const note310 = sentence.repeat(4).slice(0, 310);

    await setNote(note290);
    await frame.waitForSelector('[data-check="length"]');
    expect(await waitFor(() => lengthStatus(frame), 'pass')).toBe('pass');
    expect(await frame.textContent('[data-wiifm="score"]')).toContain('290/300 characters');

    await setNote(note310);
    expect(await waitFor(() => lengthStatus(frame), 'fail')).toBe('fail');
    expect((await checksShown(frame)).length).toContain('connection notes at 300');
  });

  it('says which profile fields it could not read and lets the rep type them in', async () => {
    const { page, frame } = await open(HIDDEN_URL);
    // After the top card had time to render (3 s), the sidebar asks.
    await frame.waitForSelector('[data-wiifm="profile-unknown"]', { timeout: 10_000 });
    expect(await viewOf(frame)).toBe('profile');
    const fields = await frame.$$eval(
      '[data-wiifm="profile-unknown"] input[data-field]',
      (inputs) => inputs.map((i) => i.getAttribute('data-field')),
    );
    expect(fields).toEqual(['name', 'company', 'headline']);
    const labels = await frame.textContent('[data-wiifm="profile-unknown"] form');
    expect(labels).toContain("Couldn't read the name");
    expect(labels).toContain("Couldn't read the company");
    expect(await frame.isDisabled('[data-action="create-from-profile"]')).toBe(true);

    await frame.fill('input[data-field="name"]', 'Aiyana Fairbairn');
    await frame.fill('input[data-field="company"]', 'Kestrel Cold Chain');
    await frame.click('[data-action="create-from-profile"]');
    const made = await waitFor(
      async () => (await contactNamed(h, 'Aiyana Fairbairn'))?.company,
      'Kestrel Cold Chain',
    );
    expect(made).toBe('Kestrel Cold Chain');
    expect(await contactNamed(h, 'Aiyana Fairbairn')).toMatchObject({ linkedinUrls: [HIDDEN_URL] });
    expect(await page.title()).toBe('LinkedIn');
  });

  describe.skipIf(!realPresent)('on real saved LinkedIn pages', () => {
    const PROFILES = [
      { file: 'linkedin-profile-brocc.html', slug: 'robertkcheung', name: 'Rob Cheung' },
      { file: 'linkedin-profile-austinoboyle.html', slug: 'austinoboyle', name: "Austin O'Boyle" },
      {
        file: 'linkedin-topcard-2026-costavasili.html',
        slug: 'costavasili',
        name: 'Costa Vasili',
      },
    ];

    for (const { file, slug, name } of PROFILES) {
      it(`shows who the profile is about (${file})`, async () => {
        const url = `https://www.linkedin.com/in/${slug}/`;
        h.serve(url, offline(real(file)));
        const { frame } = await open(url);
        await frame.waitForSelector('[data-wiifm="profile-unknown"]', { timeout: 10_000 });
        expect(await frame.textContent('[data-wiifm="profile-unknown"] strong')).toBe(name);
        expect(await viewOf(frame)).toBe('profile');
      });
    }

    it('checks a draft typed into the real messaging composer', async () => {
      const url = 'https://www.linkedin.com/messaging/thread/2-real-saved-thread/';
      h.serve(url, offline(real('linkedin-messaging-brocc.html')));
      const { page, frame } = await open(url);
      await page.locator('div.msg-form__contenteditable[contenteditable="true"]').first().click();
      await page.keyboard.insertText('Talha, saw your launch post: worth a call to compare notes?');
      await frame.waitForSelector('[data-check="length"]');
      expect(await viewOf(frame)).toBe('draft');
      expect((await checksShown(frame)).length).toContain('characters');
    });
  });
});
