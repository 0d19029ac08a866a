import type { ToSidebar } from '@/lib/sidebar-protocol';

/**
 * Which view the sidebar shows, driven by what the page reports and what the
 * rep clicks. A tab the rep picks is "pinned": page events (another keystroke
 * in the draft, the compose closing) do not switch away from it, until a
 * different compose or profile opens.
 */

export type View = 'draft' | 'today' | 'profile' | 'voicemail' | 'paste';
export type DraftMessage = Extract<ToSidebar, { type: 'wiifm:draft' }>;
export type ProfileInfo = Extract<ToSidebar, { type: 'wiifm:profile' }>['profile'];

export interface SidebarState {
  view: View;
  pinned: boolean;
  /** The focused draft, as the page last sent it. */
  draft: DraftMessage | null;
  /** The LinkedIn profile open in the page. */
  profile: ProfileInfo | null;
  /** What could not be read, when the page gave up on a compose. */
  unreadable: { site: 'gmail' | 'linkedin'; what: string } | null;
  /**
   * Touches just logged for a send, while undo is offered; `undone` once the
   * rep took it (the bar then says so briefly). `seq` tells offers apart.
   */
  logged: { touchIds: number[]; seq: number; undone: string | null } | null;
  /** What the page made room for (`wiifm:placement`); the handle until it says. */
  placement: { shape: 'panel' | 'handle'; fits: boolean };
  /** Counts the page's `wiifm:focus` requests, so each one moves the focus once. */
  focusSeq: number;
  /** The page's answer to the last suggestion applied or reverted; `seq` tells answers apart. */
  applied: (Extract<ToSidebar, { type: 'wiifm:applied' }> & { seq: number }) | null;
}

export type Action =
  | { type: 'message'; message: ToSidebar }
  | { type: 'show'; view: View }
  | { type: 'undo-closed'; seq: number }
  | { type: 'applied-closed' };

export const initialState: SidebarState = {
  view: 'today',
  pinned: false,
  draft: null,
  profile: null,
  unreadable: null,
  logged: null,
  placement: { shape: 'handle', fits: false },
  focusSeq: 0,
  applied: null,
};

export function reducer(state: SidebarState, action: Action): SidebarState {
  switch (action.type) {
    case 'message':
      return onMessage(state, action.message);
    case 'show':
      if (action.view === 'draft' && !state.draft) return state;
      if (action.view === 'profile' && !state.profile) return state;
      return { ...state, view: action.view, pinned: action.view !== 'draft' };
    case 'undo-closed':
      return state.logged?.seq === action.seq ? { ...state, logged: null } : state;
    case 'applied-closed':
      return state.applied ? { ...state, applied: null } : state;
  }
}

function onMessage(state: SidebarState, message: ToSidebar): SidebarState {
  switch (message.type) {
    case 'wiifm:draft': {
      const newCompose = state.draft?.composeId !== message.composeId;
      const follow = newCompose || !state.pinned;
      return {
        ...state,
        draft: message,
        unreadable: null,
        view: follow ? 'draft' : state.view,
        pinned: follow ? false : state.pinned,
      };
    }
    case 'wiifm:no-compose': {
      // On LinkedIn it also means the rep left the profile (the page follows
      // up with the profile again when only a chat closed over it); Gmail
      // never shows one, so there a profile stays on show.
      const profile = message.site === 'linkedin' ? null : state.profile;
      const leave =
        state.view === 'draft' ||
        (state.view === 'profile' && !profile) ||
        (!state.pinned && state.view !== 'profile');
      return {
        ...state,
        draft: null,
        profile,
        unreadable: null,
        view: leave ? 'today' : state.view,
        pinned: leave ? false : state.pinned,
      };
    }
    case 'wiifm:unreadable': {
      // A compose the page can't read is new context, like a new compose. A
      // voicemail script the rep is writing holds its ground, and so does a
      // profile with unread fields (its view has inputs for them; LinkedIn
      // reports an unreadable profile this way too). The Paste tab stays there.
      const keepVoicemail = state.pinned && state.view === 'voicemail';
      const keepProfile =
        state.view === 'profile' && !state.draft && (state.profile?.missing.length ?? 0) > 0;
      const follow = !keepVoicemail && !keepProfile;
      return {
        ...state,
        unreadable: { site: message.site, what: message.what },
        view: follow ? 'paste' : state.view,
        pinned: follow ? false : state.pinned,
      };
    }
    case 'wiifm:profile': {
      const newProfile = state.profile?.url !== message.profile.url;
      // Never pull the rep away from a draft they are writing.
      const follow = !state.draft && (newProfile || !state.pinned);
      return {
        ...state,
        profile: message.profile,
        view: follow ? 'profile' : state.view,
        pinned: follow ? false : state.pinned,
      };
    }
    case 'wiifm:undone': {
      if (!state.logged || state.logged.undone !== null) return state;
      const note = message.error
        ? `Couldn't undo: ${message.error}.`
        : `Undone: removed ${message.removed === 1 ? '1 touch' : `${message.removed} touches`}.`;
      return { ...state, logged: { ...state.logged, undone: note } };
    }
    case 'wiifm:logged':
      if (message.touchIds.length === 0) return state;
      return {
        ...state,
        logged: { touchIds: message.touchIds, seq: (state.logged?.seq ?? 0) + 1, undone: null },
      };
    case 'wiifm:placement': {
      const { shape, fits } = message;
      const same = state.placement.shape === shape && state.placement.fits === fits;
      return same ? state : { ...state, placement: { shape, fits } };
    }
    case 'wiifm:focus':
      return { ...state, focusSeq: state.focusSeq + 1 };
    case 'wiifm:applied':
      return { ...state, applied: { ...message, seq: (state.applied?.seq ?? 0) + 1 } };
  }
}

/** The tabs the rep can pick between right now, in display order. */
export function tabsFor(state: SidebarState): View[] {
  const tabs: View[] = [];
  if (state.draft) tabs.push('draft');
  if (state.profile) tabs.push('profile');
  tabs.push('voicemail', 'today');
  if (state.unreadable || state.view === 'paste') tabs.push('paste');
  return tabs;
}

/** Which checks the paste-in box runs: the draft's mode, else the site's. */
export function pasteMode(
  state: SidebarState,
  site: 'gmail' | 'linkedin' | null,
): 'email' | 'linkedin' {
  if (state.draft) return state.draft.mode;
  const from = state.unreadable?.site ?? site;
  return from === 'linkedin' ? 'linkedin' : 'email';
}
