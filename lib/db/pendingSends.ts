import { MessageSchema, SendHoldSchema, type MessageReply } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { WiifmDB } from './db';
import { emailScore, emailSendInput } from './handleMessage';
import { logEmailSent } from './logging';
import { undoTouches } from './touches';

/**
 * Sends Gmail took but may still undo, held by the background.
 *
 * Why here and not in the Gmail tab: Gmail offers Undo for up to 30 s after
 * Send, and the rep may close the tab (or Gmail may navigate) within that
 * window. The message still goes out then, and "every touch that happened is
 * in the log". So the tab hands each send over as soon as Gmail shows its
 * notice (`touch.emailPending`) and later settles it: `touch.emailSent`
 * (the undo window closed) or `touch.emailWithdrawn` (the rep clicked
 * Undo). A send neither settles by its deadline is logged here, as sent.
 *
 * Why `storage.session` and an alarm: the service worker may be stopped in
 * those 30 s; session storage outlives the worker (not the browser, and a
 * pending send is stale after a restart anyway), and only extension pages
 * and this worker can read it, never a content script or the page. An
 * alarm wakes the worker at the deadline; Chrome runs alarms no sooner than
 * 30 s ahead, which the longest undo window meets. A timer covers a worker
 * that stays awake. Held sends carry the draft's score, never its text.
 */

/** The alarm that wakes the worker when a held send is due. */
export const PENDING_SENDS_ALARM = 'wiifm-pending-sends';
/** The storage.session key of the held sends. */
export const PENDING_SENDS_KEY = 'wiifm.pendingSends';
/** Gmail's longest undo window (Settings › Undo send: 5–30 s). */
export const HOLD_MS = 30_000;
/** A withdrawal arriving after the deadline logged the send still removes it, this long after. */
const LATE_WITHDRAW_MS = 5 * 60_000;
const MAX_HELD = 100;

type SendInput = ReturnType<typeof emailSendInput>;

interface Held {
  tabId: number;
  externalId: string;
  deadline: number;
  send: SendInput;
}

interface LoggedAtDeadline {
  tabId: number;
  externalId: string;
  touchIds: number[];
  at: number;
}

interface State {
  held: Held[];
  logged: LoggedAtDeadline[];
}

/** The part of `browser.storage.StorageArea` used here. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The part of `browser.alarms` used here. */
export interface AlarmsLike {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): unknown;
}

export interface PendingSendsDeps {
  db: () => WiifmDB;
  settings: () => Promise<Settings>;
  /** `browser.storage`; its `session` area when there is one, else the held sends live in memory (a persistent background page). */
  storage?: { session?: StorageAreaLike };
  alarms: AlarmsLike;
  now?: () => number;
}

export interface PendingSends {
  /**
   * Answers a held-send message (`touch.emailPending`, `touch.emailWithdrawn`)
   * from a tab; takes a `touch.emailSent` as that send settled, returning
   * null so it is logged as usual. Null for every other message.
   */
  handle(raw: unknown, tabId: number | undefined): Promise<MessageReply | null>;
  /** Logs the held sends whose deadline passed; call on the alarm and when the worker wakes. */
  flush(): Promise<void>;
  handleAlarm(name: string): Promise<void>;
}

function memoryArea(): StorageAreaLike {
  const items: Record<string, unknown> = {};
  return {
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (next) => void Object.assign(items, structuredClone(next)),
  };
}

function parseState(raw: unknown): State {
  const s = (raw ?? {}) as Partial<State>;
  return {
    held: Array.isArray(s.held) ? s.held : [],
    logged: Array.isArray(s.logged) ? s.logged : [],
  };
}

export function createPendingSends(deps: PendingSendsDeps): PendingSends {
  const now = deps.now ?? Date.now;
  const area = deps.storage?.session ?? memoryArea();
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** One change to the stored state at a time: messages and the alarm arrive together. */
  const change = <R>(fn: (state: State) => Promise<R> | R): Promise<R> => {
    const run = queue.then(async () => {
      const state = parseState((await area.get(PENDING_SENDS_KEY))[PENDING_SENDS_KEY]);
      const result = await fn(state);
      await area.set({ [PENDING_SENDS_KEY]: state });
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const wakeAt = (state: State) => {
    if (state.held.length === 0) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      void Promise.resolve(deps.alarms.clear(PENDING_SENDS_ALARM)).catch(() => {});
      return;
    }
    const next = Math.min(...state.held.map((h) => h.deadline));
    void Promise.resolve(deps.alarms.create(PENDING_SENDS_ALARM, { when: next })).catch(() => {});
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush().catch(() => {}), Math.max(0, next - now()) + 50);
  };

  const flush = () =>
    change(async (state) => {
      const t = now();
      const due = state.held.filter((h) => h.deadline <= t);
      if (due.length > 0) {
        const settings = await deps.settings();
        for (const h of due) {
          try {
            const { touchIds } = await logEmailSent(deps.db(), h.send, settings);
            state.logged.push({ tabId: h.tabId, externalId: h.externalId, touchIds, at: t });
          } catch (err) {
            console.error('[wiifm] a held send could not be logged', (err as Error)?.name);
          }
        }
        state.held = state.held.filter((h) => !due.includes(h));
      }
      state.logged = state.logged.filter((l) => t - l.at <= LATE_WITHDRAW_MS);
      wakeAt(state);
    });

  const same = (tabId: number, externalId: string) => (h: { tabId: number; externalId: string }) =>
    h.tabId === tabId && h.externalId === externalId;

  return {
    async handle(raw, tabId) {
      const hold = SendHoldSchema.safeParse(raw);
      if (!hold.success) {
        const sent = MessageSchema.safeParse(raw);
        if (sent.success && sent.data.type === 'touch.emailSent' && tabId !== undefined) {
          const { externalId } = sent.data;
          await change((state) => {
            state.held = state.held.filter((h) => !same(tabId, externalId)(h));
            wakeAt(state);
          });
        }
        return null;
      }
      if (tabId === undefined) return { ok: false, error: 'a held send must come from a tab' };
      const msg = hold.data;
      if (msg.type === 'touch.emailPending') {
        const score = emailScore(msg, await deps.settings());
        await change((state) => {
          state.held = state.held.filter((h) => !same(tabId, msg.externalId)(h));
          state.held.push({
            tabId,
            externalId: msg.externalId,
            deadline: now() + HOLD_MS,
            send: emailSendInput(msg, score),
          });
          state.held = state.held.slice(-MAX_HELD);
          wakeAt(state);
        });
        return { ok: true, touchIds: [], skipped: 0 };
      }
      const late = await change((state) => {
        state.held = state.held.filter((h) => !same(tabId, msg.externalId)(h));
        const logged = state.logged.filter(same(tabId, msg.externalId));
        state.logged = state.logged.filter((l) => !logged.includes(l));
        wakeAt(state);
        return logged.flatMap((l) => l.touchIds);
      });
      // The deadline beat the rep's Undo (a worker that woke late): take the send back out.
      if (late.length > 0) await undoTouches(deps.db(), late);
      return { ok: true, touchIds: [], skipped: 0 };
    },
    flush,
    async handleAlarm(name) {
      if (name === PENDING_SENDS_ALARM) await flush();
    },
  };
}
