import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import {
  backupFile,
  readLog,
  seed,
  openPanel,
  sidebarFrame,
  type SeedContact,
  type SeedTouch,
  type StoredLog,
} from './helpers';

/**
 * The page as an attacker: a script in Gmail's or LinkedIn's own page (the
 * site, an ad, another extension's main-world script, an XSS) tries every
 * way it has to read, write or delete the rep's log through the extension.
 * It runs in the page's main world, before and after the extension's
 * content script, and reaches for the sidebar any way a page could:
 * messages it hears or posts, `window.frames`, iframes it finds, and a
 * sidebar iframe it makes itself. Every attack must leave the log exactly as
 * it was, and the page must hear nothing from the extension. The production
 * build, in Chromium.
 */

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

const COMPOSE_HTML = fixture('gmail-compose-2026-03.html');
const THREAD_HTML = fixture('gmail-thread-2025-04.html');
const PROFILE_HTML = fixture('linkedin-profile-2025-04.html');

const KIM: SeedContact = {
  id: 1,
  name: 'Kim Okafor',
  emails: ['kim.okafor@globex.example'],
  linkedinUrls: ['https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/'],
  company: 'Globex',
};
const LEE: SeedContact = {
  id: 2,
  name: 'Lee Marsh',
  emails: ['dana.buyer@acme.example'],
  company: 'Acme',
};
const TOUCHES: SeedTouch[] = [
  { contactId: 1, channel: 'email', direction: 'out', daysAgo: 3, summary: 'Two-day close' },
  { contactId: 1, channel: 'call', direction: 'out', daysAgo: 2, outcome: 'voicemail' },
  { contactId: 2, channel: 'email', direction: 'out', daysAgo: 4, summary: 'Renewal' },
];

/**
 * Installed in the page's main world before any page script: records every
 * window message the page hears, with its origin, so a test can show that
 * nothing from the extension reaches it.
 */
function recordWindowMessages() {
  const w = window as unknown as { heard: Array<{ origin: string; data: string }> };
  w.heard = [];
  window.addEventListener(
    'message',
    (event) => {
      let data: string;
      try {
        data = JSON.stringify(event.data) ?? String(event.data);
      } catch {
        data = String(event.data);
      }
      w.heard.push({ origin: event.origin, data });
    },
    true,
  );
}

/** Everything the page could read of what it heard, plus its own view of the frames. */
async function pageView(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { heard: Array<{ origin: string; data: string }> };
    return {
      heard: w.heard,
      framesReachable: window.length,
      iframesFound: document.querySelectorAll('iframe').length,
      resourceNames: performance.getEntries().map((e) => e.name),
    };
  });
}

/** The log with volatile fields left out, to compare before and after an attack. */
function snapshot(log: StoredLog) {
  return JSON.stringify({
    contacts: log.contacts.map((c) => ({ ...c })).sort((a, b) => a.id - b.id),
    touches: log.touches.map((t) => ({ ...t })).sort((a, b) => a.id - b.id),
  });
}

/** Every message shape the old postMessage protocol and the new port take, aimed at the log. */
const FORGED = (touchIds: number[]) => [
  {
    type: 'wiifm:profile',
    profile: {
      url: 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/',
      memberUrl: 'https://www.linkedin.com/in/ACoAAAttackerControlledId0000000000000/',
      name: 'Kim Okafor',
      missing: [],
    },
  },
  { type: 'wiifm:logged', touchIds },
  { type: 'wiifm:undone', removed: 0 },
  { type: 'wiifm:undo' },
  {
    type: 'wiifm:draft',
    site: 'gmail',
    composeId: 'evil',
    mode: 'email',
    text: 'Hi',
    recipients: ['kim.okafor@globex.example'],
  },
  { type: 'wiifm:connect', secret: '0'.repeat(32) },
  { type: 'touch.undoLatestSend' },
  { type: 'sidebar.mint' },
];

describe('a hostile page cannot read, write or delete the rep’s log', () => {
  let h: ExtensionHarness;
  let pageNo = 0;
  let seededIds: number[] = [];

  async function openGmail(html: string): Promise<{ page: Page; sidebar: Frame }> {
    const url = `https://mail.google.com/mail/u/0/?hostile=${++pageNo}#inbox`;
    h.serve(url, html);
    const page = await h.ctx.newPage();
    await page.addInitScript(recordWindowMessages);
    await page.goto(url);
    return { page, sidebar: await sidebarFrame(page, 15_000) };
  }

  beforeAll(async () => {
    h = await launchExtension();
    await seed(h, backupFile([KIM, LEE], TOUCHES));
    seededIds = (await readLog(h)).touches.map((t) => t.id);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('hears nothing from the extension and cannot even see the sidebar frame', async () => {
    const { page, sidebar } = await openGmail(COMPOSE_HTML);
    await sidebar.waitForSelector('[data-view="draft"] [data-check]');
    // The rep types: the draft goes to the sidebar and highlights come back.
    await page.click('[g_editable="true"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' Worth a call Thursday?');
    await page.waitForTimeout(500);

    const view = await pageView(page);
    expect(view.heard).toEqual([]);
    expect(view.framesReachable).toBe(0);
    expect(view.iframesFound).toBe(0);
    const leaks = view.resourceNames.filter(
      (name) => name.includes(h.extensionId) || /[0-9a-f]{32}/.test(name),
    );
    expect(leaks).toEqual([]);
    await page.close();
  });

  it('forged messages, to the page, its top window and any frame it finds, write and delete nothing', async () => {
    const before = snapshot(await readLog(h));
    const { page, sidebar } = await openGmail(COMPOSE_HTML);
    await sidebar.waitForSelector('[data-view="draft"] [data-check]');
    await page.evaluate((messages) => {
      for (const msg of messages) {
        window.postMessage(msg, '*');
        window.top?.postMessage(msg, '*');
        for (let i = 0; i < window.frames.length; i++) window.frames[i].postMessage(msg, '*');
        for (const frame of document.querySelectorAll('iframe')) {
          frame.contentWindow?.postMessage(msg, '*');
        }
        // A port of its own, offered as the content script offers one.
        const channel = new MessageChannel();
        window.postMessage(msg, '*', [channel.port2]);
        channel.port1.postMessage(msg);
      }
      window.dispatchEvent(new MessageEvent('message', { data: messages[1] }));
    }, FORGED(seededIds));
    await page.waitForTimeout(1_000);

    expect(await sidebar.locator('[data-wiifm="undo-bar"]').count()).toBe(0);
    expect(await sidebar.locator('[data-wiifm="save-link"]').count()).toBe(0);
    expect(await sidebar.getAttribute('[data-wiifm="sidebar"]', 'data-view')).toBe('draft');
    expect(snapshot(await readLog(h))).toBe(before);
    await page.close();
  });

  it('a sidebar the page frames itself shows no data, answers nothing and changes nothing', async () => {
    const before = snapshot(await readLog(h));
    const { page } = await openGmail(COMPOSE_HTML);
    // The worst case: the page somehow learned the extension's address.
    const base = `chrome-extension://${h.extensionId}/sidebar.html?site=gmail`;
    const heardOnPort = await page.evaluate(
      async ({ base, messages }) => {
        const made = [`${base}#${'ab'.repeat(16)}`, base];
        const heard: unknown[] = [];
        for (const src of made) {
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.style.cssText = 'position:fixed;opacity:0;width:400px;height:600px;top:0;left:0';
          document.body.append(frame);
          await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => heard.push(event.data);
          frame.contentWindow!.postMessage(
            { type: 'wiifm:connect', secret: 'ab'.repeat(16) },
            '*',
            [channel.port2],
          );
          for (const msg of messages) {
            channel.port1.postMessage(msg);
            frame.contentWindow!.postMessage(msg, '*');
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        return heard;
      },
      { base, messages: FORGED(seededIds) },
    );
    expect(heardOnPort).toEqual([]);

    const madeFrames = page
      .frames()
      .filter((f) => f.url() === base || f.url() === `${base}#${'ab'.repeat(16)}`);
    expect(madeFrames).toHaveLength(2);
    for (const frame of madeFrames) {
      await frame.waitForSelector('[data-wiifm="sidebar"][data-connection="refused"]');
      const text = await frame.evaluate(() => document.body.innerText);
      expect(text).not.toContain(KIM.name);
      expect(text).not.toContain(LEE.name);
      expect(await frame.locator('button, input, textarea, a').count()).toBe(0);
    }
    expect(snapshot(await readLog(h))).toBe(before);
    await page.close();
  });

  it('a fake compose "sent" by a script logs nothing, nor does a fake message outside Gmail’s thread', async () => {
    const before = snapshot(await readLog(h));
    const { page, sidebar } = await openGmail(THREAD_HTML);
    await sidebar.waitForSelector('[data-wiifm="sidebar"]');
    await page.waitForTimeout(1_000); // the real thread's own messages are read and logged
    const settled = snapshot(await readLog(h));

    await page.evaluate(() => {
      // A whole compose dialog of its own, addressed to a known contact, sent by script.
      const dialog = document.createElement('div');
      dialog.className = 'nH Hd';
      dialog.setAttribute('role', 'dialog');
      dialog.innerHTML =
        '<div class="aoI" data-compose-id="99"><form><input name="subjectbox" value="Fake">' +
        '<div name="to"><div class="afV" role="option" data-hovercard-id="kim.okafor@globex.example">' +
        '<span class="akl">kim.okafor@globex.example</span></div></div>' +
        '<div g_editable="true" role="textbox" contenteditable="true" aria-label="Message Body">Hi Kim</div>' +
        '<div role="button" data-tooltip="Send ‪(Ctrl-Enter)‬" class="T-I J-J5-Ji aoO">Send</div></form></div>';
      document.body.append(dialog);
      const send = dialog.querySelector<HTMLElement>('[data-tooltip^="Send"]')!;
      send.click();
      send.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      dialog
        .querySelector('[g_editable]')!
        .dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
        );
      // Gmail's "Message sent" notice, faked too.
      const notice = document.createElement('div');
      notice.className = 'vh';
      notice.innerHTML = '<span class="aT"><span class="bAq">Message sent</span></span>';
      document.body.append(notice);
      setTimeout(() => notice.remove(), 300);

      // A "reply" from a known contact, dated 2020, outside Gmail's thread view.
      const fake = document.createElement('div');
      fake.className = 'adn ads';
      fake.setAttribute('data-message-id', '#msg-f:9999999999999999999');
      fake.innerHTML =
        '<span email="kim.okafor@globex.example" name="Kim Okafor" class="gD">Kim Okafor</span>' +
        '<span class="g3" title="Jan 2, 2020, 9:00 AM">Jan 2, 2020</span>';
      document.body.append(fake);
    });
    await page.waitForTimeout(2_500);
    const after = snapshot(await readLog(h));
    expect(after).toBe(settled);
    // The real thread's own messages may have been logged; the attack added nothing to Kim.
    const kimBefore = JSON.parse(before).touches.filter(
      (t: { contactId: number }) => t.contactId === 1,
    );
    const kimAfter = JSON.parse(after).touches.filter(
      (t: { contactId: number }) => t.contactId === 1,
    );
    expect(kimAfter).toEqual(kimBefore);
    await page.close();
  });

  it('a sidebar the page hides but leaves clickable takes no click', async () => {
    const { page, sidebar } = await openGmail(COMPOSE_HTML);
    await sidebar.waitForSelector('[data-view="draft"] [data-check]');
    const obscured = () => sidebar.evaluate(() => document.body.dataset.obscured);
    await sidebar.waitForFunction(() => document.body.dataset.obscured === 'false');
    expect(await sidebar.evaluate(() => document.body.inert)).toBe(false);
    // The page makes the host see-through, as a clickjacker would.
    await page.evaluate(() => {
      document
        .getElementById('wiifm-coach-sidebar')!
        .style.setProperty('opacity', '0', 'important');
    });
    await sidebar.waitForFunction(() => document.body.dataset.obscured === 'true');
    expect(await sidebar.evaluate(() => document.body.inert)).toBe(true);
    // Covered by the page's own element: still obscured.
    await page.evaluate(() => {
      document.getElementById('wiifm-coach-sidebar')!.style.removeProperty('opacity');
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.style.cssText =
        'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,0.01);pointer-events:none';
      document.body.append(cover);
    });
    await page.waitForTimeout(300);
    expect(await obscured()).toBe('true');
    // Uncovered: usable again.
    await page.evaluate(() => document.getElementById('cover')!.remove());
    await sidebar.waitForFunction(() => document.body.dataset.obscured === 'false');
    expect(await sidebar.evaluate(() => document.body.inert)).toBe(false);
    await page.close();
  });

  it("the rep's own Send still logs one touch per recipient, and only the sidebar's Undo withdraws it", async () => {
    const { page, sidebar } = await openGmail(COMPOSE_HTML);
    await sidebar.waitForSelector('[data-view="draft"] [data-check]');
    const leeTouches = async () =>
      (await readLog(h)).touches.filter((t) => t.contactId === LEE.id && t.channel === 'email');
    const before = (await leeTouches()).length;

    await page.click('div[role="button"][data-tooltip^="Send"]');
    await sidebar.waitForSelector('[data-wiifm="undo-bar"][data-phase="offer"]', {
      timeout: 20_000,
    });
    expect((await leeTouches()).length).toBe(before + 1);

    // The page tries every way it has to undo it, or to undo something else.
    await page.evaluate((messages) => {
      for (const msg of messages) window.postMessage(msg, '*');
    }, FORGED(seededIds));
    await page.waitForTimeout(1_000);
    expect((await leeTouches()).length).toBe(before + 1);
    expect(await sidebar.getAttribute('[data-wiifm="undo-bar"]', 'data-phase')).toBe('offer');

    // The rep's Undo withdraws exactly that send.
    await sidebar.click('[data-wiifm="undo"]');
    await sidebar.waitForSelector('[data-wiifm="undo-bar"][data-phase="done"]');
    expect(await sidebar.locator('[data-wiifm="undo-bar"]').innerText()).toContain(
      'removed 1 touch',
    );
    expect((await leeTouches()).length).toBe(before);
    const seeded = (await readLog(h)).touches.filter((t) => seededIds.includes(t.id));
    expect(seeded).toHaveLength(seededIds.length);
    await page.close();
  });

  it('a profile link read from a page the page faked is saved only when the rep clicks', async () => {
    const url = 'https://www.linkedin.com/in/zoe-lukasiewicz-4b7a21/';
    h.serve(url, PROFILE_HTML);
    const page = await h.ctx.newPage();
    await page.addInitScript(recordWindowMessages);
    await page.goto(url);
    const sidebar = await sidebarFrame(page, 15_000);
    await openPanel(sidebar); // on a profile it rests as its handle: the rep opens it
    await sidebar.waitForSelector('[data-wiifm="profile-contact"]');
    const urlsOf = async () =>
      (await readLog(h)).contacts.find((c) => c.id === KIM.id)?.linkedinUrls as string[];
    // The page's own member-id link is offered, never written on its own.
    await sidebar.waitForSelector('[data-wiifm="save-link"]');
    await page.waitForTimeout(500);
    expect(await urlsOf()).toEqual(KIM.linkedinUrls);
    expect((await pageView(page)).heard).toEqual([]);
    await sidebar.click('[data-action="save-link"]');
    await sidebar.waitForSelector('[data-wiifm="save-link"]', { state: 'detached' });
    expect((await urlsOf()).length).toBe(2);
    await page.close();
  });
});
