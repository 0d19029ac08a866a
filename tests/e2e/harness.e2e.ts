import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';

// The privacy tests are only as good as the harness that watches the network:
// these prove it serves the real URLs and catches what it must refuse.
describe('the e2e harness', () => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await launchExtension({
      handler: (url) =>
        url.pathname.startsWith('/in/')
          ? `<!doctype html><title>${url.pathname.split('/')[2]} | LinkedIn</title>`
          : undefined,
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('serves a Gmail page at its real address', async () => {
    const page = await h.openPage(
      'https://mail.google.com/mail/u/0/#inbox',
      '<!doctype html><title>Inbox - Gmail</title><div role="main">3 unread</div>',
    );
    expect(page.url()).toBe('https://mail.google.com/mail/u/0/#inbox');
    expect(await page.title()).toBe('Inbox - Gmail');
    expect(await page.locator('[role="main"]').textContent()).toBe('3 unread');
    await page.close();
  });

  it('serves LinkedIn pages from a handler and answers unknown paths with 404', async () => {
    const profile = await h.openPage('https://www.linkedin.com/in/sam-lee/');
    expect(await profile.title()).toBe('sam-lee | LinkedIn');
    const missing = await h.ctx.newPage();
    const response = await missing.goto('https://www.linkedin.com/feed/');
    expect(response?.status()).toBe(404);
    expect(h.offsiteRequests().map((r) => [r.url, r.outcome])).toEqual([
      ['https://www.linkedin.com/feed/', 'not-found'],
    ]);
    await Promise.all([profile.close(), missing.close()]);
  });

  it('refuses and reports a request a page makes to any other host', async () => {
    const page = await h.openPage(
      'https://mail.google.com/mail/u/0/#sent',
      '<!doctype html><title>Sent</title><img src="https://tracker.example/pixel.gif">',
    );
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (document.images[0] as HTMLImageElement).naturalWidth)).toBe(
      0,
    );
    expect(h.offsiteRequests()).toContainEqual(
      expect.objectContaining({ url: 'https://tracker.example/pixel.gif', outcome: 'blocked' }),
    );
    await page.close();
  });

  it('refuses and reports a request from the extension service worker', async () => {
    const result = await h.swEval(() =>
      fetch('https://api.example/collect', { method: 'POST', body: '{}' }).then(
        () => 'reached',
        () => 'refused',
      ),
    );
    expect(result).toBe('refused');
    expect(h.offsiteRequests()).toContainEqual(
      expect.objectContaining({
        url: 'https://api.example/collect',
        method: 'POST',
        outcome: 'blocked',
      }),
    );
  });
});
