import { describe, expect, it } from 'vitest';
import type { ToSidebar } from '@/lib/sidebar-protocol';
import {
  acceptConnect,
  openPageChannel,
  outgoing,
  secretFromHash,
  siteFromSearch,
  type Connection,
} from './channel';

const SECRET = '0123456789abcdef0123456789abcdef';
const draft = {
  type: 'wiifm:draft',
  site: 'gmail',
  composeId: 'c1',
  mode: 'email',
  text: 'Hi',
  recipients: [],
};

/** A stand-in for the sidebar's window: framed (a parent of its own) with `hash` in its URL. */
function frameWindow(hash: string, framed = true) {
  const target = new EventTarget();
  const win = Object.assign(target, {
    location: { hash },
    parent: undefined as unknown,
  });
  win.parent = framed ? {} : win;
  return win as unknown as Window & EventTarget;
}

/** What the content script does: a port and the secret, posted to the frame's window. */
function handOver(win: EventTarget, secret: string) {
  const channel = new MessageChannel();
  win.dispatchEvent(
    new MessageEvent('message', {
      data: { type: 'wiifm:connect', secret },
      ports: [channel.port2],
    }),
  );
  return channel.port1;
}

const tick = () => new Promise((r) => setTimeout(r, 10));

function listen(channel: ReturnType<typeof openPageChannel>) {
  const heard: ToSidebar[] = [];
  const statuses: Connection[] = [];
  channel.subscribe(
    (m) => heard.push(m),
    (s) => statuses.push(s),
  );
  return { heard, statuses };
}

describe('the private channel to the content script', () => {
  it('reads the site from the iframe URL and the secret from its fragment', () => {
    expect(siteFromSearch('?site=gmail')).toBe('gmail');
    expect(siteFromSearch('?site=linkedin&x=1')).toBe('linkedin');
    expect(siteFromSearch('?site=evil.com')).toBeNull();
    expect(secretFromHash(`#${SECRET}`)).toBe(SECRET);
    expect(secretFromHash('#abc')).toBeNull();
    expect(secretFromHash('')).toBeNull();
  });

  it('takes a port only with the secret in its own URL', () => {
    const { port2 } = new MessageChannel();
    expect(acceptConnect({ type: 'wiifm:connect', secret: SECRET }, [port2], SECRET)).toBe(port2);
    expect(
      acceptConnect({ type: 'wiifm:connect', secret: 'f'.repeat(32) }, [port2], SECRET),
    ).toBeNull();
    expect(acceptConnect({ type: 'wiifm:connect', secret: SECRET }, [], SECRET)).toBeNull();
    expect(acceptConnect(draft, [port2], SECRET)).toBeNull();
  });

  it('hears the content script once the background confirms the secret', async () => {
    const win = frameWindow(`#${SECRET}`);
    const channel = openPageChannel(win, async (s) => s === SECRET);
    const { heard } = listen(channel);
    const port = handOver(win, SECRET);
    await tick();
    expect(channel.status()).toBe('connected');
    const got: unknown[] = [];
    port.onmessage = (e) => got.push(e.data);
    channel.post({ type: 'wiifm:ready' });
    port.postMessage(draft);
    await tick();
    expect(heard).toMatchObject([{ type: 'wiifm:draft', composeId: 'c1' }]);
    expect(got).toEqual([{ type: 'wiifm:ready' }]);
    port.close();
  });

  it('takes no command from window messages, even well-formed ones from the parent', async () => {
    const win = frameWindow(`#${SECRET}`);
    const channel = openPageChannel(win, async () => true);
    const { heard } = listen(channel);
    win.dispatchEvent(new MessageEvent('message', { data: draft }));
    win.dispatchEvent(
      new MessageEvent('message', { data: { type: 'wiifm:logged', touchIds: [1] } }),
    );
    await tick();
    expect(heard).toEqual([]);
    expect(channel.status()).toBe('checking');
  });

  it('refuses a port with a secret the page made up', async () => {
    const win = frameWindow(`#${SECRET}`);
    const channel = openPageChannel(win, async () => true);
    const { heard } = listen(channel);
    const forged = handOver(win, 'a'.repeat(32));
    forged.postMessage(draft);
    await tick();
    expect(heard).toEqual([]);
    expect(channel.status()).toBe('checking');
    forged.close();
  });

  it('shows nothing in a frame whose secret the background did not mint', async () => {
    // The page framed sidebar.html itself, with a secret of its own, and hands over its own port.
    const win = frameWindow(`#${SECRET}`);
    const channel = openPageChannel(win, async () => false);
    const { heard, statuses } = listen(channel);
    const port = handOver(win, SECRET);
    port.postMessage(draft);
    await tick();
    expect(channel.status()).toBe('refused');
    expect(statuses).toEqual(['checking', 'refused']);
    expect(heard).toEqual([]);
    const got: unknown[] = [];
    port.onmessage = (e) => got.push(e.data);
    channel.post({ type: 'wiifm:ready' });
    await tick();
    expect(got).toEqual([]);
    port.close();
  });

  it('is refused at once in a frame with no secret, and works as a tab of its own', () => {
    expect(openPageChannel(frameWindow(''), async () => true).status()).toBe('refused');
    expect(openPageChannel(frameWindow('', false), async () => true).status()).toBe('top-level');
  });

  it('drops malformed messages on the port', async () => {
    const win = frameWindow(`#${SECRET}`);
    const channel = openPageChannel(win, async () => true);
    const { heard } = listen(channel);
    const port = handOver(win, SECRET);
    await tick();
    port.postMessage({ type: 'wiifm:draft', text: 'no compose id' });
    port.postMessage({ type: 'wiifm:steal-contacts' });
    port.postMessage('wiifm:draft');
    await tick();
    expect(heard).toEqual([]);
    port.close();
  });

  it('refuses to send what the protocol does not allow', () => {
    expect(outgoing({ type: 'wiifm:ready' })).toEqual({ type: 'wiifm:ready' });
    const tooMany = Array.from({ length: 501 }, () => ({
      start: 0,
      end: 1,
      status: 'warn' as const,
    }));
    expect(outgoing({ type: 'wiifm:highlights', composeId: 'c1', spans: tooMany })).toBeNull();
    // Contact data has no place in any message: extra fields are stripped.
    const leaky = { type: 'wiifm:ready', contacts: [{ name: 'Jane' }] } as unknown as Parameters<
      typeof outgoing
    >[0];
    expect(outgoing(leaky)).toEqual({ type: 'wiifm:ready' });
  });
});
