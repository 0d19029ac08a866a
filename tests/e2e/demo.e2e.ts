import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '@/scripts/demo';
import { DEMO_DRAFT, DEMO_PROFILE_CONTACT } from '@/scripts/demo-seed';

// `npm run demo` set up exactly as a person running it gets it (headless, on
// the build global-setup made), so the demo cannot rot without a failing test.
describe('npm run demo', () => {
  let demo: Demo;
  beforeAll(async () => {
    demo = await startDemo({ headless: true, build: false });
  });
  afterAll(async () => {
    await demo?.close();
  });
  const status = (id: string) =>
    demo.gmailSidebar.getAttribute(`[data-wiifm="sidebar"] [data-check="${id}"]`, 'data-status');

  it('opens Gmail with the weak draft already flagged on purpose and benefit', async () => {
    expect(await status('purpose')).toBe('fail');
    expect(await status('benefit')).toBe('fail');
  });

  it("shows the draft's recipient as a seeded contact whose follow-up is overdue", async () => {
    const recipient = demo.gmailSidebar.locator(
      `[data-wiifm="recipient"][data-email="${DEMO_DRAFT.toEmail}"]`,
    );
    expect(await recipient.getAttribute('data-known')).toBe('true');
    expect(demo.plan.overdue).toContain(DEMO_DRAFT.toName);
    expect(await recipient.innerText()).toMatch(/overdue by \d+ days?/);
  });

  it('counts the seeded follow-ups on the toolbar badge and lists them in the popup', async () => {
    // Overdue ones and a reply today are due whatever the weekday.
    expect(demo.plan.overdue.length).toBeGreaterThanOrEqual(2);
    expect(demo.plan.due.length).toBeGreaterThan(demo.plan.overdue.length);
    expect(demo.badge).toBe(String(demo.plan.due.length));
    const listed = await demo.popup.locator('[data-wiifm="due-item"]').allInnerTexts();
    expect(listed).toHaveLength(demo.plan.due.length);
    for (const name of demo.plan.due) {
      expect(listed.some((row) => row.includes(name))).toBe(true);
    }
  });

  it("shows the LinkedIn profile's contact with their history across channels", async () => {
    const card = demo.linkedinSidebar.locator('[data-wiifm="contact-card"]');
    expect(await card.innerText()).toContain(DEMO_PROFILE_CONTACT.name);
    const channels = await demo.linkedinSidebar
      .locator('[data-wiifm="history-item"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-channel')));
    expect(channels).toHaveLength(DEMO_PROFILE_CONTACT.touches.length);
    expect(new Set(channels)).toEqual(
      new Set(['email', 'voicemail', 'linkedin', 'call', 'meeting']),
    );
  });

  it('makes no request beyond the pages it serves and the extension itself', () => {
    expect(demo.h.offsiteRequests()).toEqual([]);
    expect(demo.h.pageErrors).toEqual([]);
  });
});
