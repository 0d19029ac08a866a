import { draftId } from './draftId';
import { readDraft } from './readDraft';
import { readSentNotice } from './sentNotice';

/** A send the rep started: what the compose held at the click, and when it goes. */
export interface SendAttempt {
  compose: Element;
  /**
   * Gmail's id of the message: its draft's `#msg-a:r…`, which the sent
   * message keeps (InboxSDK's send interceptor, 2019–2026: draft `r-314…` is
   * sent as `msg-a:r-314…`), so the open thread later shows the same id.
   * Null when Gmail had not saved the draft yet.
   */
  messageId: string | null;
  /** What the log knows the send by: `messageId`, else an id of this page's own. */
  externalId: string;
  recipients: string[];
  subject: string;
  text: string;
  /** When it goes: the click, or the time the rep scheduled it for. */
  at: number;
  scheduled: boolean;
}

export interface SendConfirmerDeps {
  /** Gmail took the send ("Message sent · Undo"): hold it, it may still be undone. */
  onPending(attempt: SendAttempt): void;
  /** The undo window closed without Undo: the send happened. */
  onConfirm(attempt: SendAttempt): void;
  /** The rep clicked Gmail's Undo (or the draft came back): it never went. */
  onWithdraw(attempt: SendAttempt): void;
  now?: () => number;
}

export interface SendConfirmer {
  /** The rep really pressed Send (or chose a time in Schedule send) in `attempt.compose`. */
  attempt(attempt: SendAttempt): void;
  /** Looks at the page again; call on every change outside the focused draft. */
  check(): void;
  /** A compose appeared: Undo brings the draft back, which withdraws its send. */
  composeOpened(compose: Element): void;
  /** A send is on its way or can still be undone: Gmail may show it in its thread already. */
  unsettled(): boolean;
  stop(): void;
}

/** From Send to Gmail's "Message sent": the compose closes at once, the notice follows ("Sending…" first on a slow line). */
export const NOTICE_WAIT_MS = 10_000;
/**
 * After the Undo link goes: a draft coming back in this time means it was
 * undone another way (Gmail's `z` shortcut), not that the window closed.
 * Undo within the window is Gmail's own client putting the draft back.
 */
export const UNDO_GRACE_MS = 1000;
/** The longest undo window Gmail offers (Settings › Undo send: 5, 10, 20 or 30 s). */
export const LONGEST_UNDO_MS = 30_000;
/** A send Gmail asked about ("Send without a subject?") stays armed this long for the rep to confirm. */
export const ATTEMPT_TTL_MS = 10 * 60_000;

type Phase = 'sending' | 'held' | 'lapsing' | 'done';

interface Tracked {
  attempt: SendAttempt;
  startedAt: number;
  /** The Undo link already showing when the rep sent: an earlier notice, not this send's. */
  undoBefore: Element | null;
  closedAt?: number;
  phase: Phase;
  undo?: Element;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Tells a send that happened from one that did not, from what Gmail shows:
 * a send is only an attempt until Gmail's notice offers Undo for it (a
 * refused send, an invalid address or a "Send without a subject?" the rep
 * cancels, never gets one); it is held while Undo shows; it is confirmed
 * when the Undo link or the notice goes (or after the longest window),
 * and withdrawn when the rep clicks Undo or the draft comes back.
 */
export function createSendConfirmer(doc: Document, deps: SendConfirmerDeps): SendConfirmer {
  const now = deps.now ?? Date.now;
  const tracked: Tracked[] = [];
  const claimed = new WeakSet<Element>();

  const settle = (t: Tracked, how: 'confirm' | 'withdraw' | 'drop') => {
    if (t.phase === 'done') return;
    const wasHeld = t.phase !== 'sending';
    t.phase = 'done';
    if (t.timer !== undefined) clearTimeout(t.timer);
    tracked.splice(tracked.indexOf(t), 1);
    try {
      if (how === 'confirm') deps.onConfirm(t.attempt);
      else if (how === 'withdraw' && wasHeld) deps.onWithdraw(t.attempt);
    } catch {
      // The caller reports its own failures.
    }
  };

  const later = (t: Tracked, ms: number, how: 'confirm') => {
    if (t.timer !== undefined) clearTimeout(t.timer);
    t.timer = setTimeout(() => settle(t, how), ms);
  };

  const hold = (t: Tracked, undo: Element) => {
    claimed.add(undo);
    t.phase = 'held';
    t.undo = undo;
    later(t, LONGEST_UNDO_MS, 'confirm');
    try {
      deps.onPending(t.attempt);
    } catch {
      // as above
    }
  };

  /** Which waiting attempt a new notice belongs to: the oldest whose compose closed, else the newest. */
  const ownerOf = (undo: Element, hasView: boolean): Tracked | undefined => {
    const waiting = tracked.filter(
      (t) => t.phase === 'sending' && t.undoBefore !== undo && (hasView || t.attempt.scheduled),
    );
    return (
      waiting
        .filter((t) => t.closedAt !== undefined)
        .sort((a, b) => a.startedAt - b.startedAt)[0] ??
      waiting.sort((a, b) => b.startedAt - a.startedAt)[0]
    );
  };

  const check = () => {
    if (tracked.length === 0) return;
    const t0 = now();
    for (const t of [...tracked]) {
      if (t.phase !== 'sending') continue;
      if (t.closedAt === undefined && !t.attempt.compose.isConnected) t.closedAt = t0;
      const gaveUp =
        t0 - t.startedAt > ATTEMPT_TTL_MS ||
        (t.closedAt !== undefined && t0 - t.closedAt > NOTICE_WAIT_MS);
      if (gaveUp) settle(t, 'drop');
    }
    const notice = readSentNotice(doc);
    if (notice?.undo && !claimed.has(notice.undo)) {
      const owner = ownerOf(notice.undo, notice.view !== null);
      if (owner) hold(owner, notice.undo);
    }
    for (const t of tracked) {
      if (t.phase === 'held' && notice?.undo !== t.undo) {
        t.phase = 'lapsing';
        later(t, UNDO_GRACE_MS, 'confirm');
      }
    }
  };

  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.target as Node | null;
    if (!target) return;
    for (const t of [...tracked]) {
      if (t.phase !== 'sending' && t.undo?.contains(target)) settle(t, 'withdraw');
    }
  };
  doc.addEventListener('click', onClick, true);

  const sameDraft = (compose: Element, a: SendAttempt): boolean => {
    const id = draftId(compose);
    if (id && a.messageId) return id === a.messageId;
    const draft = readDraft(compose);
    if ('error' in draft || a.text.trim() === '') return false;
    const same = (x: string[], y: string[]) =>
      x.length === y.length && x.every((v) => y.includes(v));
    return draft.text === a.text && same(draft.recipients, a.recipients);
  };

  return {
    attempt(attempt) {
      // The rep sends the same compose again (after fixing what Gmail refused): the new one counts.
      for (const t of [...tracked]) {
        if (t.phase === 'sending' && t.attempt.compose === attempt.compose) settle(t, 'drop');
      }
      tracked.push({
        attempt,
        startedAt: now(),
        undoBefore: readSentNotice(doc)?.undo ?? null,
        phase: 'sending',
      });
    },
    check,
    composeOpened(compose) {
      for (const t of [...tracked]) {
        if ((t.phase === 'held' || t.phase === 'lapsing') && sameDraft(compose, t.attempt)) {
          settle(t, 'withdraw');
        }
      }
    },
    // From the compose closing (Gmail may show the message in its thread at once) to the end of Undo.
    unsettled: () => tracked.some((t) => t.phase !== 'sending' || t.closedAt !== undefined),
    stop() {
      doc.removeEventListener('click', onClick, true);
      for (const t of tracked.splice(0)) {
        t.phase = 'done';
        if (t.timer !== undefined) clearTimeout(t.timer);
      }
    },
  };
}
