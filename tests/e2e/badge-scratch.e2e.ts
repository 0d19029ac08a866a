import { it } from 'vitest';
import { launchExtension } from './harness';

it('scratch', async () => {
  const h = await launchExtension({ handler: () => '<!doctype html><p>opened</p>' });
  const page = await h.extensionPage('popup.html');
  for (const url of ['https://www.linkedin.com/in/first/', 'https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/?view=cm&to=a', 'https://www.linkedin.com/in/second/']) {
    const [o] = await Promise.all([h.ctx.waitForEvent('page'), page.evaluate((u) => (globalThis as any).chrome.tabs.create({ url: u }), url)]);
    o.on('framenavigated', (f) => f === o.mainFrame() && console.log('  nav', f.url()));
    o.on('requestfailed', (r) => console.log('  failed', r.url(), r.failure()?.errorText));
    await page.waitForTimeout(1000);
    console.log(url, '->', o.url());
  }
  const g = await h.openPage('https://mail.google.com/mail/?view=cm&to=b');
  await page.waitForTimeout(500);
  console.log('goto ->', g.url());
  console.log(JSON.stringify(h.requests.filter((r) => !r.url.startsWith('chrome-extension')).map((r) => [r.url, r.outcome])));
  await h.close();
}, 30000);
