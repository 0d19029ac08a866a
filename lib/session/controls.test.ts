import { describe, expect, it } from 'vitest';
import { handleControl, type ControlDeps } from './controls';
import { lastSends, rememberSend, UNDO_WINDOW_MS } from './lastSend';
import { sidebarSecrets } from './sidebarSecrets';
import { sessionArea } from './store';

const GMAIL_TAB = { tabId: 7, url: 'https://mail.google.com/mail/u/0/#inbox' };
const SIDEBAR_IN_TAB = { tabId: 7, url: 'chrome-extension://abc/sidebar.html?site=gmail#x' };

function setup() {
  let clock = 1_000_000;
  const area = sessionArea(undefined);
  const undone: number[][] = [];
  const deps: ControlDeps = {
    secrets: sidebarSecrets(area, () => clock),
    sends: lastSends(area, () => clock),
    undo: async (ids) => {
      undone.push(ids);
      return ids.length;
    },
  };
  return {
    deps,
    undone,
    area,
    advance: (ms: number) => {
      clock += ms;
    },
    ask: (raw: unknown, sender: { tabId?: number; url?: string }) =>
      handleControl(raw, sender, deps),
  };
}

async function mint(t: ReturnType<typeof setup>, sender = GMAIL_TAB): Promise<string> {
  const reply = await t.ask({ type: 'sidebar.mint' }, sender);
  if (!reply?.ok || !('secret' in reply)) throw new Error(`no secret: ${JSON.stringify(reply)}`);
  return reply.secret;
}

describe("the sidebar's secret", () => {
  it("is minted for a page tab's content script and confirmed to the sidebar in that tab", async () => {
    const t = setup();
    const secret = await mint(t);
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(await mint(t)).not.toBe(secret);
    expect(await t.ask({ type: 'sidebar.claim', secret }, SIDEBAR_IN_TAB)).toEqual({
      ok: true,
      claimed: true,
    });
    // A reloaded sidebar frame claims again.
    expect(await t.ask({ type: 'sidebar.claim', secret }, SIDEBAR_IN_TAB)).toMatchObject({
      claimed: true,
    });
  });

  it('is refused for a secret the background never minted (a sidebar the page framed itself)', async () => {
    const t = setup();
    await mint(t);
    const made_up = 'ab'.repeat(16);
    expect(await t.ask({ type: 'sidebar.claim', secret: made_up }, SIDEBAR_IN_TAB)).toEqual({
      ok: true,
      claimed: false,
    });
    expect(await t.ask({ type: 'sidebar.claim', secret: 'short' }, SIDEBAR_IN_TAB)).toMatchObject({
      claimed: false,
    });
  });

  it("is refused in another tab's sidebar", async () => {
    const t = setup();
    const secret = await mint(t);
    expect(
      await t.ask({ type: 'sidebar.claim', secret }, { ...SIDEBAR_IN_TAB, tabId: 8 }),
    ).toMatchObject({ claimed: false });
  });

  it('is claimed only by the sidebar page, and minted only for a page tab', async () => {
    const t = setup();
    const secret = await mint(t);
    expect(await t.ask({ type: 'sidebar.claim', secret }, GMAIL_TAB)).toEqual({
      ok: false,
      error: 'not from the sidebar',
    });
    expect(
      await t.ask(
        { type: 'sidebar.claim', secret },
        { tabId: 7, url: 'chrome-extension://abc/popup.html' },
      ),
    ).toMatchObject({ ok: false });
    expect(
      await t.ask({ type: 'sidebar.mint' }, { url: 'chrome-extension://abc/popup.html' }),
    ).toMatchObject({ ok: false });
  });

  it('is forgotten with its tab', async () => {
    const t = setup();
    const secret = await mint(t);
    await t.deps.secrets.forgetTab(7);
    expect(await t.ask({ type: 'sidebar.claim', secret }, SIDEBAR_IN_TAB)).toMatchObject({
      claimed: false,
    });
  });

  it('survives two tabs asking at once', async () => {
    const t = setup();
    const [a, b] = await Promise.all([mint(t), mint(t, { ...GMAIL_TAB, tabId: 9 })]);
    expect(await t.deps.secrets.claim(a, 7)).toBe(true);
    expect(await t.deps.secrets.claim(b, 9)).toBe(true);
  });
});

describe("the sidebar's Undo", () => {
  const sent = { type: 'touch.emailSent' };

  it("removes exactly the touches of this tab's latest send, once", async () => {
    const t = setup();
    await rememberSend(t.deps.sends, sent, { ok: true, touchIds: [1, 2] }, 7);
    await rememberSend(t.deps.sends, sent, { ok: true, touchIds: [3] }, 7);
    await rememberSend(t.deps.sends, sent, { ok: true, touchIds: [9] }, 8);
    expect(await t.ask({ type: 'touch.undoLatestSend' }, GMAIL_TAB)).toEqual({
      ok: true,
      removed: 1,
    });
    expect(t.undone).toEqual([[3]]);
    expect(await t.ask({ type: 'touch.undoLatestSend' }, GMAIL_TAB)).toMatchObject({ ok: false });
    expect(t.undone).toEqual([[3]]);
  });

  it('does nothing after the undo window', async () => {
    const t = setup();
    await rememberSend(t.deps.sends, sent, { ok: true, touchIds: [1] }, 7);
    t.advance(UNDO_WINDOW_MS + 1);
    expect(await t.ask({ type: 'touch.undoLatestSend' }, GMAIL_TAB)).toEqual({
      ok: false,
      error: 'nothing to undo: the undo window has passed',
    });
    expect(t.undone).toEqual([]);
  });

  it('remembers sends only, and only what was logged', async () => {
    const t = setup();
    await rememberSend(
      t.deps.sends,
      { type: 'touch.emailReceived' },
      { ok: true, touchIds: [5] },
      7,
    );
    await rememberSend(t.deps.sends, sent, { ok: false }, 7);
    await rememberSend(t.deps.sends, sent, { ok: true, touchIds: [] }, 7);
    await rememberSend(t.deps.sends, sent, { ok: true, touchIds: [6] }, undefined);
    expect(await t.deps.sends.take(7)).toBeNull();
  });

  it("is honoured only from a page tab's content script", async () => {
    const t = setup();
    await rememberSend(t.deps.sends, sent, { ok: true, touchIds: [1] }, 7);
    expect(await t.ask({ type: 'touch.undoLatestSend' }, SIDEBAR_IN_TAB)).toMatchObject({
      ok: false,
    });
    expect(t.undone).toEqual([]);
  });

  it('passes other messages on untouched', async () => {
    const t = setup();
    expect(await t.ask({ type: 'touch.emailSent', recipients: [] }, GMAIL_TAB)).toBeUndefined();
    expect(await t.ask({ type: 'sidebar.mint', extra: 1 }, GMAIL_TAB)).toMatchObject({ ok: true });
    expect(await t.ask('sidebar.mint', GMAIL_TAB)).toBeUndefined();
  });

  it('keeps its records in storage.session, so a restarted worker still knows them', async () => {
    const stored = new Map<string, unknown>();
    const session = {
      get: async (k: string) => (stored.has(k) ? { [k]: stored.get(k) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) stored.set(k, structuredClone(v));
      },
    };
    await lastSends(sessionArea({ session })).record(7, [4]);
    const secret = await sidebarSecrets(sessionArea({ session })).mint(7);
    // A new worker: new objects over the same storage.
    expect(await lastSends(sessionArea({ session })).take(7)).toEqual([4]);
    expect(await sidebarSecrets(sessionArea({ session })).claim(secret, 7)).toBe(true);
  });
});
