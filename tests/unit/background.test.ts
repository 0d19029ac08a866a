import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { findContactByEmail, getDb } from '@/lib/db';
import { HOURLY_CHECK_ALARM, MIDNIGHT_ALARM } from '@/lib/badge/controller';
import type { Message } from '@/lib/messages';

const OURS = { id: fakeBrowser.runtime.id, tab: { id: 7 } };

async function send(msg: unknown, sender: object = OURS) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(msg, sender, () => {});
  return reply;
}

const tenDaysAgo = () => Date.now() - 10 * 24 * 3600 * 1000;

describe('background', () => {
  beforeEach(() => {
    background.main();
  });
  afterEach(async () => {
    await getDb().contacts.clear();
    await getDb().touches.clear();
  });

  it('logs an email a content script reports and the badge counts it once it is overdue', async () => {
    const msg: Message = {
      type: 'touch.emailSent',
      recipients: ['dana@prospect.example'],
      subject: 'Cutting your month-end close by two days',
      text: 'Hi Dana, …',
      externalId: 'gmail-send-1',
      at: tenDaysAgo(),
    };
    expect(await send(msg)).toMatchObject({ ok: true, skipped: 0 });
    expect(await findContactByEmail(getDb(), 'dana@prospect.example')).toBeDefined();
    await vi.waitFor(async () => {
      expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    });
  });

  it('refuses a message whose sender is not this extension and writes nothing', async () => {
    const msg = {
      type: 'touch.emailSent',
      recipients: ['x@prospect.example'],
      subject: 's',
      text: 't',
      externalId: 'e1',
    };
    expect(await send(msg, { id: 'some-other-extension' })).toEqual({
      ok: false,
      error: 'unknown sender',
    });
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('answers a malformed message with an error instead of trusting it', async () => {
    const reply = await send({ type: 'touch.emailSent', recipients: [] });
    expect(reply).toMatchObject({ ok: false });
  });

  it('answers a page’s wake-up poke and schedules the midnight and hourly alarms on start', async () => {
    expect(await send({ type: 'badge.wake' })).toEqual({ ok: true });
    await vi.waitFor(async () => {
      const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name);
      expect(names).toContain(MIDNIGHT_ALARM);
      expect(names).toContain(HOURLY_CHECK_ALARM);
    });
  });
});
