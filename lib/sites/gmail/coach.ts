import { inboundKind } from '@/lib/inboundKind';
import type { Message, MessageReply, SendHold } from '@/lib/messages';
import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import { coalesceToFrame } from '@/lib/sites/shared/coalesceToFrame';
import { clearHighlights, selectSpan, setHighlights } from '@/lib/sites/shared/highlights';
import type { SidebarFrame } from '@/lib/sites/shared/mountSidebar';
import { safe } from '@/lib/sites/shared/safe';
import { rangeForSpan, type TextMap } from '@/lib/sites/shared/textMap';
import { accountEmail } from './accountEmail';
import { createSendConfirmer, type SendAttempt } from './confirmSends';
import { createSuggestionEditor } from '@/lib/sites/shared/applySuggestion';
import { draftId } from './draftId';
import { gmailEditTarget } from './editTarget';
import { composeThreadId, hexThreadId, openThreadId, threadField } from './threadId';
import { findComposes, type ComposeHandle } from './findComposes';
import { readDraft } from './readDraft';
import { readInbox } from './readInbox';
import { readThread } from './readThread';
import { watchScheduleChoice } from './watchScheduleChoice';
import { watchSend } from './watchSend';

/**
 * The Gmail coach: keeps the sidebar in step with the focused compose and
 * logs what really happened: sends once Gmail's undo window closed
 * (`confirmSends.ts`; the background holds them meanwhile), the rep's own
 * messages and the replies in an opened thread, and replies, auto-replies
 * and bounces in the inbox list. Everything is driven by events (a
 * MutationObserver, focus and input), coalesced into one update per animation
 * frame, except typing, which is read at once; nothing polls.
 */

export interface GmailCoachDeps {
  /** Mounts the sidebar, docked beside `anchor()` (the focused compose). */
  mount: (anchor: () => DOMRect | null) => SidebarFrame;
  /** `browser.runtime.sendMessage`, to the background. */
  send: (msg: Message | SendHold) => Promise<unknown>;
}

const SITE = 'gmail';
const LIMITS = { text: 100_000, subject: 2000, recipients: 100 };
/** From "Schedule send" in the send options to a time picked in its dialog. */
const SCHEDULE_PICK_MS = 10 * 60_000;

interface Tracked {
  handle: ComposeHandle;
  stopWatching: () => void;
  sends: number;
  /** Stands in for Gmail's draft id in a send's externalId before Gmail has saved the draft. */
  localId: string;
}

function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isOk(reply: unknown): reply is Extract<MessageReply, { ok: true }> {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    (reply as { ok?: unknown }).ok === true &&
    Array.isArray((reply as { touchIds?: unknown }).touchIds)
  );
}

/** Starts coaching on a Gmail page. Returns `stop`, which undoes everything. */
export function startGmailCoach(doc: Document, deps: GmailCoachDeps): () => void {
  const win = doc.defaultView as Window;
  const tracked = new Map<Element, Tracked>();
  const receivedIds = new Set<string>();
  const inboxIds = new Set<string>();
  /** The compose whose "Schedule send" the rep picked, waiting for a time. */
  let scheduling: { compose: Element; since: number } | null = null;
  let focused: Element | null = null;
  let current: { composeId: string; map: TextMap } | null = null;
  let lastPostedKey = '';
  let needScan = true;
  let needDraft = true;
  let warnedNoAccount = false;

  const frame = deps.mount(() => {
    const rect = focused?.isConnected ? focused.getBoundingClientRect() : null;
    return rect && rect.width > 0 && rect.height > 0 ? rect : null;
  });
  const report = (what: string) => {
    lastPostedKey = ''; // the sidebar now shows the failure: the next good state must go out
    frame.post({ type: 'wiifm:unreadable', site: SITE, what: `this draft (${what})` });
  };

  /** Posts a state message unless the sidebar already has exactly this one. */
  const postState = (msg: ToSidebar) => {
    const key = JSON.stringify(msg);
    if (key === lastPostedKey) return;
    lastPostedKey = key;
    frame.post(msg);
  };

  const sendToBackground = (msg: Message | SendHold, onReply?: (reply: unknown) => void) => {
    // Through a promise, so a send that throws at once (extension reloaded) is caught too.
    Promise.resolve()
      .then(() => deps.send(msg))
      .then(
        (reply) => {
          if (reply && typeof reply === 'object' && (reply as { ok?: unknown }).ok === false) {
            console.warn(`[wiifm] background refused ${msg.type}`);
          }
          onReply?.(reply);
        },
        (err: unknown) =>
          console.warn(`[wiifm] ${msg.type} not delivered (${(err as Error)?.name})`),
      );
  };

  /** What a send carries to the background, within the messages' limits. */
  const sendFields = (a: SendAttempt) => ({
    recipients: a.recipients.slice(0, LIMITS.recipients),
    subject: a.subject.slice(0, LIMITS.subject),
    text: a.text.slice(0, LIMITS.text),
    externalId: a.externalId,
    at: a.at,
    ...(a.scheduled && { scheduled: true }),
    ...threadField(composeThreadId(a.compose)),
  });

  const confirmer = createSendConfirmer(doc, {
    onPending: (a) => sendToBackground({ type: 'touch.emailPending', ...sendFields(a) }),
    onConfirm: (a) => {
      // The thread shows it under the same id: logged here, not again from there.
      if (a.messageId) receivedIds.add(a.messageId);
      markScan(); // own messages in the thread waited for this send to settle
      sendToBackground(
        { type: 'touch.emailSent', ...sendFields(a), seenIn: 'compose' },
        (reply) => {
          if (isOk(reply) && reply.touchIds.length > 0)
            frame.post({ type: 'wiifm:logged', touchIds: reply.touchIds.slice(0, 100) });
        },
      );
    },
    onWithdraw: (a) => {
      sendToBackground({ type: 'touch.emailWithdrawn', externalId: a.externalId });
      markScan();
    },
  });

  /** The rep started a send (or a Schedule send) of this compose: a send only once Gmail confirms it. */
  const attempt = (compose: Element, when: { at: number; scheduled: boolean }) => {
    const entry = tracked.get(compose);
    const draft = readDraft(compose);
    if (!entry || 'error' in draft) {
      console.warn('[wiifm] a send could not be read; not logged');
      return;
    }
    if (draft.recipients.length === 0) return; // Gmail refuses to send without one
    const messageId = draftId(compose);
    entry.sends += 1;
    confirmer.attempt({
      compose,
      messageId,
      externalId: messageId ?? `gmail:${entry.localId}:${entry.sends}`,
      recipients: draft.recipients,
      subject: draft.subject,
      text: draft.text,
      ...when,
    });
  };

  const onSend = (compose: Element) => attempt(compose, { at: Date.now(), scheduled: false });

  const onScheduleChoice = (at: number | null) => {
    const from = scheduling;
    scheduling = null;
    if (!from || Date.now() - from.since > SCHEDULE_PICK_MS || !tracked.has(from.compose)) return;
    if (at === null) {
      // Left to the thread: the scheduled message, once opened, logs with Gmail's date.
      console.warn('[wiifm] the scheduled time could not be read; not logged from the compose');
      return;
    }
    attempt(from.compose, { at, scheduled: true });
  };
  const stopSchedule = watchScheduleChoice(doc, safe('reading a scheduled send', onScheduleChoice));

  const setFocused = (compose: Element | null) => {
    if (compose === focused) return;
    focused = compose;
    current = null;
    clearHighlights(doc);
    needDraft = true;
    frame.reposition();
  };

  /** The tracked compose holding `node`, if any. */
  const composeOf = (node: Node | null): Element | null => {
    if (!node) return null;
    for (const el of tracked.keys()) if (el.contains(node)) return el;
    return null;
  };

  const scan = () => {
    const handles = findComposes(doc);
    const present = new Set(handles.map((h) => h.element));
    for (const [el, entry] of tracked) {
      if (!present.has(el)) {
        entry.stopWatching();
        tracked.delete(el);
      }
    }
    for (const handle of handles) {
      if (tracked.has(handle.element)) continue;
      const el = handle.element;
      tracked.set(el, {
        handle,
        stopWatching: watchSend(el, {
          onSend: safe('logging a send', () => onSend(el)),
          onSchedule: () => (scheduling = { compose: el, since: Date.now() }),
        }),
        sends: 0,
        localId: randomId(),
      });
      // Gmail's Undo puts the draft back: that send never went.
      confirmer.composeOpened(el);
    }
    if (!focused || !tracked.has(focused)) {
      const newest = [...tracked.keys()].pop() ?? null;
      setFocused(composeOf(doc.activeElement) ?? newest);
    }
    confirmer.check();
    const me = accountEmail(doc);
    if (!me) {
      // Without the account we cannot tell received from sent; try again on the next change.
      if (!warnedNoAccount) console.warn('[wiifm] account address not found; mail not logged');
      warnedNoAccount = true;
      return;
    }
    checkThread(me);
    checkInbox(me);
  };

  /**
   * The open thread: each message once. The rep's own messages log for their
   * known recipients (sent from a phone or another computer, or this send
   * again, by the same id); while a send here can still be undone, Gmail
   * may show it in the thread already, so they wait until it settles.
   */
  const checkThread = (me: string) => {
    const thread = readThread(doc);
    const subject = thread.subject.slice(0, LIMITS.subject);
    const threadId = threadField(openThreadId(doc)); // "Reply in thread" opens it (issue 14)
    for (const message of thread.messages) {
      if (receivedIds.has(message.id)) continue;
      if (message.from === me) {
        if (confirmer.unsettled()) continue;
        receivedIds.add(message.id);
        const recipients = message.to.filter((a) => a !== me).slice(0, LIMITS.recipients);
        if (recipients.length === 0) continue;
        sendToBackground({
          type: 'touch.emailSent',
          recipients,
          subject,
          text: '',
          externalId: message.id,
          seenIn: 'thread',
          ...(message.at !== undefined ? { at: message.at } : {}),
          ...threadId,
        });
        continue;
      }
      receivedIds.add(message.id);
      const from = {
        from: message.from,
        subject,
        ...(message.fromName && { fromName: message.fromName }),
      };
      if (inboundKind(from) === 'bounce') {
        reportBounce(message.mentioned ?? [], me, message.id);
        continue;
      }
      sendToBackground({
        type: 'touch.emailReceived',
        ...from,
        externalId: message.id,
        seenIn: 'thread',
        ...(message.at !== undefined ? { at: message.at } : {}),
        ...threadId,
      });
    }
  };

  /**
   * The inbox list: a row whose newest message is someone else's logs it as
   * received (the background keeps known contacts only, and only when newer
   * than their last outbound touch); a row the rep answered last says
   * nothing about when the contact wrote, so it waits for the thread.
   */
  const checkInbox = (me: string) => {
    for (const row of readInbox(doc, { skip: (id) => inboxIds.has(id) })) {
      inboxIds.add(row.messageId);
      const latest = row.senders[row.senders.length - 1]!;
      if (latest.email === me || row.at === undefined) continue;
      const subject = row.subject.slice(0, LIMITS.subject);
      const from = { from: latest.email, subject, ...(latest.name && { fromName: latest.name }) };
      if (inboundKind(from) === 'bounce') {
        reportBounce(row.mentioned ?? [], me, row.messageId);
        continue;
      }
      sendToBackground({
        type: 'touch.emailReceived',
        ...from,
        externalId: row.messageId,
        at: row.at,
        seenIn: 'inbox',
        ...threadField(hexThreadId(row.legacyThreadId) ?? hexThreadId(row.threadId)),
      });
    }
  };

  /** A delivery failure: the background marks the contacts' addresses it names undeliverable. */
  const reportBounce = (mentioned: string[], me: string, externalId: string) => {
    const addresses = mentioned.filter((a) => a !== me).slice(0, 20);
    if (addresses.length > 0)
      sendToBackground({ type: 'touch.emailBounced', addresses, externalId });
  };

  const updateDraft = () => {
    if (!focused) {
      current = null;
      postState({ type: 'wiifm:no-compose', site: SITE });
      return;
    }
    const entry = tracked.get(focused);
    const draft = readDraft(focused);
    if (!entry || 'error' in draft) {
      current = null;
      postState({
        type: 'wiifm:unreadable',
        site: SITE,
        what: 'error' in draft ? draft.error : 'this draft',
      });
      return;
    }
    current = { composeId: entry.handle.composeId, map: draft.map };
    postState({
      type: 'wiifm:draft',
      site: SITE,
      composeId: entry.handle.composeId,
      mode: 'email',
      subject: draft.subject.slice(0, LIMITS.subject),
      text: draft.text.slice(0, LIMITS.text),
      recipients: draft.recipients.slice(0, LIMITS.recipients),
    });
    frame.reposition();
  };

  const frameTick = coalesceToFrame(
    win,
    safe(
      'reading the page',
      () => {
        if (needScan) {
          needScan = false;
          scan();
        }
        if (needDraft) {
          needDraft = false;
          updateDraft();
        }
      },
      report,
    ),
  );
  const markScan = () => {
    needScan = true;
    needDraft = true;
    frameTick.schedule();
  };
  const markDraft = () => {
    needDraft = true;
    frameTick.schedule();
  };

  const edits = createSuggestionEditor();
  const onSidebar = safe(
    'following the sidebar',
    (msg: FromSidebar) => {
      if (msg.type === 'wiifm:ready') {
        lastPostedKey = ''; // a (re)loaded sidebar needs the current state again
        markDraft();
      } else if (msg.type === 'wiifm:highlights') {
        if (!current || msg.composeId !== current.composeId) return;
        const map = current.map;
        const marks = msg.spans.flatMap((span) => {
          const range = rangeForSpan(map, span);
          return range ? [{ range, status: span.status }] : [];
        });
        setHighlights(doc, marks);
      } else if (msg.type === 'wiifm:select') {
        if (!current || msg.composeId !== current.composeId) return;
        const range = rangeForSpan(current.map, msg.span);
        if (range) selectSpan(range);
      } else if (msg.type === 'wiifm:apply' || msg.type === 'wiifm:revert') {
        // A suggestion the rep clicked (lib/sites/shared/applySuggestion.ts).
        const target =
          current?.composeId === msg.composeId && focused ? gmailEditTarget(focused) : null;
        frame.post(
          msg.type === 'wiifm:apply'
            ? edits.apply(msg, target)
            : edits.revert(msg.composeId, target),
        );
      }
    },
    report,
  );
  const stopSidebar = frame.onMessage(onSidebar);

  const onFocusIn = safe('following focus', (event: Event) => {
    const compose = composeOf(event.target as Node);
    if (!compose) return; // focus left for the page: keep coaching the last compose
    setFocused(compose);
    markDraft();
  });
  const onInput = safe('following typing', (event: Event) => {
    const compose = composeOf(event.target as Node);
    if (!compose) return;
    setFocused(compose);
    // `input` fires after the edit is in the DOM: read it now rather than at
    // the next frame, which cost a keystroke up to 16 ms more before the
    // sidebar showed it (bench/gmail.ts, 2026-11). One read per keystroke.
    markDraft();
    frameTick.flush();
  });
  // Inline replies scroll with the thread; the sidebar follows, once per frame.
  const repositionTick = coalesceToFrame(win, () => frame.reposition());
  const onScroll = () => repositionTick.schedule();

  const observer = new MutationObserver(
    safe('watching the page', (records: MutationRecord[]) => {
      // Typing mutates only the focused compose; anything else may open or close one.
      const inFocused = focused
        ? records.every((r) => focused?.contains(r.target) && r.target !== focused)
        : false;
      if (inFocused) markDraft();
      else markScan();
    }),
  );
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('hashchange', markScan);
  markScan();

  return () => {
    observer.disconnect();
    frameTick.cancel();
    repositionTick.cancel();
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('scroll', onScroll, true);
    win.removeEventListener('hashchange', markScan);
    stopSidebar();
    stopSchedule();
    // Sends still in their undo window stay held by the background, which logs them at the deadline.
    confirmer.stop();
    for (const entry of tracked.values()) entry.stopWatching();
    tracked.clear();
    clearHighlights(doc);
    frame.destroy();
  };
}
