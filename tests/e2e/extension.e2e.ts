import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';

const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/';
const LINKEDIN_PROFILE = 'https://www.linkedin.com/in/sample-prospect/';

describe('the production build in Chromium', () => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await launchExtension({
      pages: {
        [GMAIL_INBOX]: '<!doctype html><title>Inbox - Gmail</title><div role="main">Inbox</div>',
        [LINKEDIN_PROFILE]: '<!doctype html><title>LinkedIn</title><main><h1>Sample</h1></main>',
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('starts the background service worker named in its manifest', async () => {
    const manifest = await h.manifest();
    expect(manifest.manifest_version).toBe(3);
    const background = manifest.background as { service_worker?: string } | undefined;
    expect(h.sw.url()).toBe(`chrome-extension://${h.extensionId}/${background?.service_worker}`);
  });

  it('shows the popup when its page is opened', async () => {
    const popup = await h.extensionPage('popup.html');
    await popup.locator('[data-wiifm="popup"]').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await popup.locator('[data-wiifm="popup"]').isVisible()).toBe(true);
    expect(h.pageErrors).toEqual([]);
    await popup.close();
  });

  it('asks only for storage, alarms and a log that is never evicted; no host permission', async () => {
    const manifest = await h.manifest();
    expect((manifest.permissions ?? []).toSorted()).toEqual([
      'alarms',
      'storage',
      'unlimitedStorage',
    ]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Only the sidebar may be framed, and only by the two sites.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['sidebar.html'],
        matches: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
      },
    ]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    // Content scripts grant host access of their own: they must stay on the two sites.
    const scriptHosts = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    for (const match of scriptHosts) {
      expect(match).toMatch(/^https:\/\/(mail\.google\.com|www\.linkedin\.com)\//);
    }
  });

  it('requests nothing but its own files while Gmail, LinkedIn and the popup are open', async () => {
    const gmail = await h.openPage(GMAIL_INBOX);
    const linkedin = await h.openPage(LINKEDIN_PROFILE);
    const popup = await h.extensionPage('popup.html');
    await Promise.all([gmail, linkedin, popup].map((page) => page.waitForLoadState('load')));
    // Content scripts start at document_idle and the sidebar iframe loads after
    // them; give both a moment to make any request they would make.
    await gmail.waitForTimeout(1_500);

    expect(h.offsiteRequests()).toEqual([]);
    const served = h.requests.filter((r) => r.outcome === 'served').map((r) => r.url);
    expect(served).toEqual(expect.arrayContaining([GMAIL_INBOX, LINKEDIN_PROFILE]));
  });
});
