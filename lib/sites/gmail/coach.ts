import type { Message, MessageReply } from '@/lib/messages';
import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import { coalesceToFrame } from '@/lib/sites/shared/coalesceToFrame';
import { clearHighlights, selectSpan, setHighlights } from '@/lib/sites/shared/highlights';
import type { SidebarFrame } from '@/lib/sites/shared/mountSidebar';
import { safe } from '@/lib/sites/shared/safe';
import { rangeForSpan, type TextMap } from '@/lib/sites/shared/textMap';
import { accountEmail } from './accountEmail';
import { draftId } from './draftId';
import { findComposes, type ComposeHandle } from './findComposes';
import { readDraft } from './readDraft';
import { readThread } from './readThread';
import { watchSend } from './watchSend';

/**
 * The Gmail coach: keeps the sidebar in step with the focused compose and
 * logs sends and opened messages. Everything is driven by events (a
 * MutationObserver, focus and input), coalesced into one update per animation
 * frame, except typing, which is read at once; nothing polls.
 */

export interface GmailCoachDeps {
  /** Mounts the sidebar, docked beside `anchor()` (the focused compose). */
  mount: (anchor: () => DOMRect | null) => SidebarFrame;
  /** `browser.runtime.sendMessage`, to the background. */
  send: (msg: Message) => Promise<unknown>;
}

const SITE = 'gmail';
const LIMITS = { text: 100_000, subject: 2000, recipients: 100 };

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

  const sendToBackground = (msg: Message, onReply?: (reply: unknown) => void) => {
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

  const onSend = (compose: Element) => {
    const entry = tracked.get(compose);
    const draft = readDraft(compose);
    if (!entry || 'error' in draft) {
      console.warn('[wiifm] a send could not be read; not logged');
      return;
    }
    if (draft.recipients.length === 0) return; // Gmail refuses to send without one
    entry.sends += 1;
    const externalId = `gmail:${draftId(compose) ?? entry.localId}:${entry.sends}`;
    sendToBackground(
      {
        type: 'touch.emailSent',
        recipients: draft.recipients.slice(0, LIMITS.recipients),
        subject: draft.subject.slice(0, LIMITS.subject),
        text: draft.text.slice(0, LIMITS.text),
        externalId,
        at: Date.now(),
      },
      (reply) => {
        if (isOk(reply))
          frame.post({ type: 'wiifm:logged', touchIds: reply.touchIds.slice(0, 100) });
      },
    );
  };

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
        stopWatching: watchSend(
          el,
          safe('logging a send', () => onSend(el)),
        ),
        sends: 0,
        localId: randomId(),
      });
    }
    if (!focused || !tracked.has(focused)) {
      const newest = [...tracked.keys()].pop() ?? null;
      setFocused(composeOf(doc.activeElement) ?? newest);
    }
    checkThread();
  };

  const checkThread = () => {
    const thread = readThread(doc);
    const fresh = thread.messages.filter((m) => !receivedIds.has(m.id));
    if (fresh.length === 0) return;
    const me = accountEmail(doc);
    if (!me) {
      // Without the account we cannot tell received from sent; try again on the next change.
      if (!warnedNoAccount)
        console.warn('[wiifm] account address not found; opened messages not logged');
      warnedNoAccount = true;
      return;
    }
    for (const message of fresh) {
      receivedIds.add(message.id);
      if (message.from === me) continue;
      sendToBackground({
        type: 'touch.emailReceived',
        from: message.from,
        subject: thread.subject.slice(0, LIMITS.subject),
        externalId: message.id,
        ...(message.at !== undefined ? { at: message.at } : {}),
      });
    }
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
    for (const entry of tracked.values()) entry.stopWatching();
    tracked.clear();
    clearHighlights(doc);
    frame.destroy();
  };
}
