import { createBadgeController } from '@/lib/badge/controller';
import { systemTimeZone } from '@/lib/badge/midnight';
import { getDb, undoTouches } from '@/lib/db';
import { handleMessage } from '@/lib/db/handleMessage';
import { createPendingSends } from '@/lib/db/pendingSends';
import { isBadgeWake, type ControlReply, type MessageReply } from '@/lib/messages';
import { handleControl } from '@/lib/session/controls';
import { lastSends, rememberSend } from '@/lib/session/lastSend';
import { sidebarSecrets } from '@/lib/session/sidebarSecrets';
import { sessionArea } from '@/lib/session/store';
import { loadSettings, watchSettings } from '@/lib/settings-store';

/**
 * The background owns two things: writing touches that content scripts report,
 * and the toolbar badge. Everything here runs again each time the service
 * worker wakes, so listeners are added synchronously at the top and the badge
 * is recounted on every wake (the worker may have slept through changes).
 */
export default defineBackground(() => {
  // MV3 (Chrome) has `action`; Firefox MV2 calls the same button `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const badge = createBadgeController({
    db: getDb(),
    now: () => new Date(),
    timeZone: systemTimeZone,
    settings: loadSettings,
    action,
    alarms: browser.alarms,
  });
  // Failures are logged inside the controller; the badge keeps its last value.
  const refresh = () => void badge.refresh().catch(() => {});
  // Gmail sends within their undo window (lib/db/pendingSends.ts says why here).
  const pendingSends = createPendingSends({
    db: getDb,
    settings: loadSettings,
    storage: browser.storage,
    alarms: browser.alarms,
  });
  const session = sessionArea(browser.storage);
  const secrets = sidebarSecrets(session);
  const sends = lastSends(session);

  browser.runtime.onMessage.addListener(
    async (raw: unknown, sender): Promise<MessageReply | ControlReply | { ok: true }> => {
      // Only our own content scripts and pages; `onMessage` does not receive
      // other extensions' messages, but a forged sender must never write.
      if (sender.id !== browser.runtime.id) return { ok: false, error: 'unknown sender' };
      // Any message means the worker is awake: a cheap moment to notice a new zone or day.
      void badge.check().catch(() => {});
      if (isBadgeWake(raw)) return { ok: true };
      try {
        const held = await pendingSends.handle(raw, sender.tab?.id);
        if (held) return held;
        const from = { tabId: sender.tab?.id, url: sender.url };
        const control = await handleControl(raw, from, {
          secrets,
          sends,
          undo: (ids) => undoTouches(getDb(), ids),
        });
        if (control) return control;
        const reply = await handleMessage(getDb(), raw, await loadSettings(), from);
        await rememberSend(sends, raw, reply, from.tabId);
        return reply;
      } catch (err) {
        console.error('[wiifm] background: message failed', err instanceof Error ? err.name : '');
        return { ok: false, error: 'could not log this touch' };
      }
    },
  );

  browser.alarms.onAlarm.addListener((alarm) => void badge.handleAlarm(alarm.name).catch(() => {}));
  browser.alarms.onAlarm.addListener(
    (alarm) => void pendingSends.handleAlarm(alarm.name).catch(() => {}),
  );
  browser.tabs?.onRemoved.addListener((tabId) => {
    void secrets.forgetTab(tabId).catch(() => {});
    void sends.forgetTab(tabId).catch(() => {});
  });
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  watchSettings(refresh);

  refresh();
  void pendingSends.flush().catch(() => {}); // deadlines that passed while the worker slept
});
