import type { Message } from '@/lib/messages';
import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import { coalesceToFrame } from '@/lib/sites/shared/coalesceToFrame';
import { createSuggestionEditor, type EditTarget } from '@/lib/sites/shared/applySuggestion';
import { clearHighlights, selectSpan, setHighlights } from '@/lib/sites/shared/highlights';
import type { SidebarFrame } from '@/lib/sites/shared/mountSidebar';
import { closestAny, queryFirst } from '@/lib/sites/shared/query';
import { safe } from '@/lib/sites/shared/safe';
import { buildTextMap, rangeForSpan } from '@/lib/sites/shared/textMap';
import { eventPath } from './eventPath';
import { findInvitationNote } from './findInvitationNote';
import { findMessageComposers } from './findMessageComposers';
import { isMessagingPage } from './isMessagingPage';
import { isProfilePage } from './isProfilePage';
import { readInvitationNote } from './readInvitationNote';
import { readMessageDraft, type MessageDraft } from './readMessageDraft';
import { readProfile, type LinkedInProfile } from './readProfile';
import { searchRoots } from './searchRoots';
import { MESSAGE_FORM, MESSAGE_THREAD } from './selectors';
import { watchInvitationSend } from './watchInvitationSend';
import { watchMessageSend, type SentMessage } from './watchMessageSend';

/**
 * The LinkedIn coach: follows LinkedIn's single-page navigation, shows the
 * sidebar on profiles and wherever a message or invitation note is being
 * written, posts what it reads (one update per animation frame), paints the
 * sidebar's highlights and logs each send with the background. Driven by
 * events only (MutationObserver, input, focus, location changes); nothing
 * polls. Logs carry no names or text.
 */

export interface LinkedInCoachDeps {
  /** Mounts the sidebar, docked beside `anchor()` (the conversation being written in). */
  mount: (anchor: () => DOMRect | null) => SidebarFrame;
  /** `browser.runtime.sendMessage`, to the background. */
  send: (msg: Message) => Promise<unknown>;
  /** The page's URL; defaults to `doc.location.href`. */
  url?: () => string;
  /** How long a profile may take to render before missing fields are reported (ms). */
  profileGraceMs?: number;
}

export interface LinkedInCoach {
  /** Call on LinkedIn's in-page navigation (WXT's `wxt:locationchange`). */
  locationChanged(): void;
  /** Removes the sidebar, listeners and observers. */
  stop(): void;
}

const SITE = 'linkedin';
const MAX_TEXT = 100_000;

interface Tracked {
  composeId: string;
  kind: 'message' | 'invite';
  el: HTMLElement;
  stopWatching: () => void;
}

export function startLinkedInCoach(doc: Document, deps: LinkedInCoachDeps): LinkedInCoach {
  const win = doc.defaultView as Window;
  const url = deps.url ?? (() => doc.location?.href ?? '');
  const graceMs = deps.profileGraceMs ?? 3000;
  const tracked = new Map<HTMLElement, Tracked>();
  const observed = new WeakSet<Node>();
  let nextId = 1;
  let active: Tracked | null = null;
  let sidebar: SidebarFrame | null = null;
  let lastDraftKey = '';
  let lastProfileKey = '';
  let lastUnreadable = '';
  let profile: LinkedInProfile | null = null;
  let graceOver = false;
  let profileUrlSeen = '';
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  // ── Sidebar ────────────────────────────────────────────────────────────────
  const anchor = (): DOMRect | null => {
    if (!active?.el.isConnected) return null;
    // The form the rep writes in (box and Send): the sidebar may go over the conversation's
    // older messages above it when nothing else fits (they are `soft` in pageContent.ts).
    const box =
      closestAny(active.el, MESSAGE_FORM) ?? closestAny(active.el, MESSAGE_THREAD) ?? active.el;
    const rect = box.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 ? rect : null;
  };

  const ensureSidebar = (): SidebarFrame => {
    if (!sidebar) {
      sidebar = deps.mount(anchor);
      sidebar.onMessage(safe('handling a sidebar message', onSidebarMessage));
      lastDraftKey = lastProfileKey = lastUnreadable = '';
    }
    return sidebar;
  };

  const dropSidebar = () => {
    sidebar?.destroy();
    sidebar = null;
  };

  const post = (msg: ToSidebar) => ensureSidebar().post(msg);

  const unreadable = (what: string) => {
    if (what === lastUnreadable) return;
    ensureSidebar();
    lastUnreadable = what;
    post({ type: 'wiifm:unreadable', site: SITE, what });
  };

  const edits = createSuggestionEditor();
  const onSidebarMessage = (msg: FromSidebar) => {
    if (msg.type === 'wiifm:highlights') showHighlights(msg.composeId, msg.spans);
    else if (msg.type === 'wiifm:select') select(msg.composeId, msg.span);
    else if (msg.type === 'wiifm:apply') post(edits.apply(msg, editTarget(msg.composeId)));
    else if (msg.type === 'wiifm:revert')
      post(edits.revert(msg.composeId, editTarget(msg.composeId)));
  };

  /** Where a suggestion goes: the message composer (read afresh) or the invitation note. */
  const editTarget = (composeId: string): EditTarget | null => {
    const entry = byId(composeId);
    if (!entry) return null;
    if (entry.kind === 'invite') return { field: entry.el as HTMLTextAreaElement };
    return { editable: { root: entry.el, map: buildTextMap(entry.el) } };
  };

  const byId = (composeId: string): Tracked | undefined =>
    [...tracked.values()].find((t) => t.composeId === composeId && t.el.isConnected);

  const showHighlights = (
    composeId: string,
    spans: Extract<FromSidebar, { type: 'wiifm:highlights' }>['spans'],
  ) => {
    const entry = byId(composeId);
    // A textarea's text cannot be painted; the sidebar still lists the findings.
    if (!entry || entry.kind !== 'message') return;
    const map = buildTextMap(entry.el);
    if (!lastDraftKey.startsWith(`${composeId}\u0000${map.text}\u0000`)) return; // stale: a newer draft is on its way
    const marks = spans.flatMap((span) => {
      const range = rangeForSpan(map, span);
      return range ? [{ range, status: span.status }] : [];
    });
    setHighlights(entry.el.ownerDocument, marks);
  };

  const select = (composeId: string, span: { start: number; end: number }) => {
    const entry = byId(composeId);
    if (!entry) return;
    if (entry.kind === 'invite') {
      const note = entry.el as HTMLTextAreaElement;
      note.focus();
      note.setSelectionRange(span.start, span.end);
      return;
    }
    const range = rangeForSpan(buildTextMap(entry.el), span);
    if (range) selectSpan(range);
  };

  // ── Sends ──────────────────────────────────────────────────────────────────
  const logSend = (entry: Tracked, sent: SentMessage) => {
    let profileUrl: string | undefined;
    let name: string | undefined;
    if (entry.kind === 'message') {
      const draft = readMessageDraft(entry.el);
      if (!('error' in draft)) ({ name, profileUrl } = partnerOf(draft));
    } else {
      ({ profileUrl, name } = invitee(entry.el as HTMLTextAreaElement));
    }
    const msg: Message = {
      type: 'touch.linkedinSent',
      text: sent.text.slice(0, MAX_TEXT),
      externalId: sent.externalId,
      at: sent.at,
      ...(profileUrl ? { profileUrl } : {}),
      ...(name ? { name: name.slice(0, 200) } : {}),
    };
    deps.send(msg).then(
      (reply) => {
        const r = reply as { ok?: unknown; touchIds?: unknown } | null;
        if (r?.ok === true && Array.isArray(r.touchIds) && r.touchIds.length > 0) {
          const touchIds = r.touchIds
            .filter((id): id is number => Number.isInteger(id))
            .slice(0, 100);
          post({ type: 'wiifm:logged', touchIds });
        } else if (r?.ok === false) {
          console.warn('[wiifm] background refused a LinkedIn send');
        }
      },
      (err: unknown) =>
        console.warn(`[wiifm] LinkedIn send not delivered (${(err as Error)?.name})`),
    );
  };

  /** Who an invitation goes to: the invite page's address, and the profile's name when on it. */
  const invitee = (note: HTMLTextAreaElement): { profileUrl?: string; name?: string } => {
    const read = readInvitationNote(note, url());
    const profileUrl = 'error' in read ? undefined : read.partnerProfileUrl;
    const name = profile && profileUrl && profile.url === profileUrl ? profile.name : undefined;
    return { profileUrl, name };
  };

  // ── Composers ──────────────────────────────────────────────────────────────
  const track = (el: HTMLElement, kind: Tracked['kind']) => {
    const entry: Tracked = { composeId: `li${nextId++}`, kind, el, stopWatching: () => {} };
    const onSent = safe('logging a LinkedIn send', (sent: SentMessage) => logSend(entry, sent));
    entry.stopWatching =
      kind === 'message'
        ? watchMessageSend(el, onSent)
        : watchInvitationSend(el as HTMLTextAreaElement, onSent);
    tracked.set(el, entry);
    // A new note or a newly opened bubble is where the rep is about to type.
    active = entry;
  };

  const scanComposers = () => {
    const found = new Map<HTMLElement, Tracked['kind']>();
    for (const el of findMessageComposers(doc)) found.set(el, 'message');
    const note = findInvitationNote(doc);
    if (note) found.set(note, 'invite');
    for (const [el, entry] of tracked) {
      if (found.has(el) && el.isConnected) continue;
      entry.stopWatching();
      tracked.delete(el);
      if (active === entry) {
        active = null;
        clearHighlights(doc);
      }
    }
    for (const [el, kind] of found) if (!tracked.has(el)) track(el, kind);
    if (!active && tracked.size > 0) active = [...tracked.values()].pop() ?? null;
  };

  /** A thread with a form but no composer we can find: LinkedIn changed its editor. */
  const composerMissing = () => {
    if (tracked.size > 0) return false;
    const thread = queryFirst(doc, MESSAGE_THREAD);
    return !!thread && !!queryFirst(thread, MESSAGE_FORM);
  };

  const postDraft = () => {
    if (!active) {
      if (lastDraftKey !== '') {
        lastDraftKey = '';
        if (sidebar) {
          post({ type: 'wiifm:no-compose', site: SITE });
          // On LinkedIn that message also clears the profile (see leaveProfile):
          // a chat closed over a profile hands the sidebar back to that profile.
          if (profile && lastProfileKey !== '') post({ type: 'wiifm:profile', profile });
        }
      }
      if (composerMissing()) unreadable('the message box');
      return;
    }
    const entry = active;
    let text: string;
    let partnerName: string | undefined;
    let partnerProfileUrl: string | undefined;
    if (entry.kind === 'message') {
      const draft = readMessageDraft(entry.el);
      if ('error' in draft) return unreadable(draft.error);
      text = draft.text;
      ({ name: partnerName, profileUrl: partnerProfileUrl } = partnerOf(draft));
    } else {
      const read = readInvitationNote(entry.el as HTMLTextAreaElement, url());
      if ('error' in read) return unreadable(read.error);
      text = read.text;
      const who = invitee(entry.el as HTMLTextAreaElement);
      partnerProfileUrl = who.profileUrl;
      partnerName = who.name;
    }
    const key = [entry.composeId, text, partnerName ?? '', partnerProfileUrl ?? ''].join('\u0000');
    if (key === lastDraftKey) return;
    ensureSidebar(); // mounting forgets what was posted: mount before remembering
    lastDraftKey = key;
    lastUnreadable = '';
    post({
      type: 'wiifm:draft',
      site: SITE,
      composeId: entry.composeId,
      mode: 'linkedin',
      text: text.slice(0, MAX_TEXT),
      recipients: [],
      ...(entry.kind === 'invite' ? { connectionNote: true } : {}),
      ...(partnerName ? { partnerName: partnerName.slice(0, 200) } : {}),
      ...(partnerProfileUrl ? { partnerProfileUrl } : {}),
    });
  };

  // ── Profile ────────────────────────────────────────────────────────────────
  /**
   * The rep navigated off a profile (LinkedIn does not reload): tell the
   * sidebar, which otherwise keeps showing the profile left behind. On
   * LinkedIn `wiifm:no-compose` means "nothing to show but Today", so a draft
   * still open (a chat bubble follows the rep around) is posted again after it.
   */
  const leaveProfile = () => {
    const shown = lastProfileKey !== '';
    profile = null;
    profileUrlSeen = '';
    lastProfileKey = '';
    if (graceTimer !== undefined) clearTimeout(graceTimer);
    if (shown && sidebar) {
      post({ type: 'wiifm:no-compose', site: SITE });
      lastDraftKey = lastUnreadable = '';
    }
  };

  const postProfile = (href: string) => {
    if (!isProfilePage(href)) {
      if (profileUrlSeen !== '' || profile) leaveProfile();
      return;
    }
    if (href !== profileUrlSeen) {
      profileUrlSeen = href;
      graceOver = false;
      lastProfileKey = '';
      if (graceTimer !== undefined) clearTimeout(graceTimer);
      // Report missing fields only if the top card has not rendered by then.
      graceTimer = setTimeout(() => {
        graceOver = true;
        refreshSoon();
      }, graceMs);
    }
    const read = readProfile(doc, href);
    const settled = !read.missing.includes('name') || graceOver;
    if (!settled) return;
    profile = read;
    const key = JSON.stringify(read);
    if (key === lastProfileKey) return;
    ensureSidebar();
    lastProfileKey = key;
    post({ type: 'wiifm:profile', profile: read });
    if (read.missing.includes('name')) unreadable('the profile');
  };

  // ── Driving it ─────────────────────────────────────────────────────────────
  const Observer =
    (win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver ??
    MutationObserver;
  const observer = new Observer(() => refreshSoon());
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
  };

  const refresh = safe(
    'reading the LinkedIn page',
    () => {
      if (stopped) return;
      for (const root of searchRoots(doc)) observe(root as Node);
      const href = url();
      scanComposers();
      const wanted = isProfilePage(href) || isMessagingPage(href) || tracked.size > 0;
      if (!wanted) {
        if (sidebar) dropSidebar();
        profile = null;
        profileUrlSeen = '';
        return;
      }
      postProfile(href);
      postDraft();
      sidebar?.reposition();
    },
    () => unreadable('this page'),
  );
  const frame = coalesceToFrame(win, refresh);
  const refreshSoon = () => {
    if (!stopped) frame.schedule();
  };

  const onFocus = safe('following focus', (event: Event) => {
    const path = eventPath(event);
    for (const entry of tracked.values()) {
      if (path.includes(entry.el) && active !== entry) {
        active = entry;
        clearHighlights(doc);
        refreshSoon();
      }
    }
  });
  const onInput = safe('following typing', (event: Event) => {
    const path = eventPath(event);
    if ([...tracked.keys()].some((el) => path.includes(el))) onFocus(event);
    refreshSoon();
  });

  observe(doc.documentElement);
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  refreshSoon();

  return {
    locationChanged: () => refreshSoon(),
    stop() {
      stopped = true;
      frame.cancel();
      observer.disconnect();
      if (graceTimer !== undefined) clearTimeout(graceTimer);
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      for (const entry of tracked.values()) entry.stopWatching();
      tracked.clear();
      clearHighlights(doc);
      dropSidebar();
    },
  };
}

/**
 * Who a message goes to, as the touch log can find them: the thread's link
 * (by member id, `/in/ACoAA…`, seen 2025-04), which matches a contact made
 * from the profile once the profile gave its member id too, and the name,
 * which finds a contact that has no member-id link yet.
 */
function partnerOf(draft: MessageDraft): { name?: string; profileUrl?: string } {
  const name = draft.partnerName;
  const url = draft.partnerProfileUrl;
  return { ...(name ? { name } : {}), ...(url ? { profileUrl: url } : {}) };
}
