import { sessionRecord, type SessionArea } from './store';

/**
 * Each tab's latest logged send, so the sidebar's Undo removes exactly what
 * the extension logged for that send and nothing else. The sidebar's
 * "Logged … · Undo" names no ids the background trusts: Undo asks for "this
 * tab's latest send", and the background answers from here, only within
 * the undo window and only once.
 */

const KEY = 'lastSends';
/** The sidebar offers Undo for 10 s (UndoBar's UNDO_MS); a little slack for a slow click. */
export const UNDO_WINDOW_MS = 15_000;
const MAX_TABS = 200;

interface LastSend {
  tabId: number;
  touchIds: number[];
  at: number;
}

function parse(raw: unknown): LastSend[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (s): s is LastSend =>
      typeof s === 'object' &&
      s !== null &&
      Number.isSafeInteger((s as LastSend).tabId) &&
      Array.isArray((s as LastSend).touchIds) &&
      (s as LastSend).touchIds.every((id) => Number.isSafeInteger(id)) &&
      Number.isFinite((s as LastSend).at),
  );
}

export function lastSends(area: SessionArea, now: () => number = Date.now) {
  const record = sessionRecord(area, KEY, parse);
  return {
    /** Remembers the touches just logged for a send from `tabId` (replacing its last one). */
    record(tabId: number, touchIds: readonly number[]): Promise<void> {
      return record.update((list) => ({
        value: [
          ...list.filter((s) => s.tabId !== tabId),
          { tabId, touchIds: [...touchIds], at: now() },
        ].slice(-MAX_TABS),
        result: undefined,
      }));
    },
    /**
     * The touch ids of `tabId`'s latest send when it was logged within the
     * undo window; forgets them either way, so a second Undo finds nothing.
     */
    take(tabId: number): Promise<number[] | null> {
      return record.update((list) => {
        const found = list.find((s) => s.tabId === tabId);
        const rest = list.filter((s) => s.tabId !== tabId);
        const fresh = found && now() - found.at >= 0 && now() - found.at <= UNDO_WINDOW_MS;
        return { value: rest, result: fresh ? found.touchIds : null };
      });
    },
    forgetTab(tabId: number): Promise<void> {
      return record.update((list) => ({
        value: list.filter((s) => s.tabId !== tabId),
        result: undefined,
      }));
    },
  };
}

/** Messages whose touches are a send the rep may undo from the sidebar. */
const SEND_TYPES = new Set(['touch.emailSent', 'touch.linkedinSent']);

/** After the background logged `raw`, remembers it as `tabId`'s latest send when it was one. */
export async function rememberSend(
  sends: ReturnType<typeof lastSends>,
  raw: unknown,
  reply: { ok: boolean; touchIds?: number[] },
  tabId: number | undefined,
): Promise<void> {
  const type = (raw as { type?: unknown } | null)?.type;
  if (tabId === undefined || !reply.ok || typeof type !== 'string' || !SEND_TYPES.has(type)) return;
  if (reply.touchIds && reply.touchIds.length > 0) await sends.record(tabId, reply.touchIds);
}
