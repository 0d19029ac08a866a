import { describe, expect, it } from 'vitest';
import type { ToSidebar } from '@/lib/sidebar-protocol';
import {
  initialState,
  pasteMode,
  reducer,
  tabsFor,
  type Action,
  type DraftMessage,
  type SidebarState,
} from './state';

const draft = (composeId = 'c1', text = 'Hi Jane'): ToSidebar => ({
  type: 'wiifm:draft',
  site: 'gmail',
  composeId,
  mode: 'email',
  subject: 'Hello',
  text,
  recipients: ['jane@acme.com'],
});
const noCompose: ToSidebar = { type: 'wiifm:no-compose', site: 'gmail' };
const profile = (url = 'https://www.linkedin.com/in/jane/'): ToSidebar => ({
  type: 'wiifm:profile',
  profile: { url, name: 'Jane', missing: [] },
});

/** Page messages (type `wiifm:…`) and UI actions, applied in order from the start. */
function run(...steps: (Action | ToSidebar)[]): SidebarState {
  return steps.reduce<SidebarState>(
    (s, step) =>
      reducer(
        s,
        step.type.startsWith('wiifm:')
          ? { type: 'message', message: step as ToSidebar }
          : (step as Action),
      ),
    initialState,
  );
}

describe('which view the sidebar shows', () => {
  it('starts on Today', () => {
    expect(initialState.view).toBe('today');
  });

  it('shows the draft when one arrives and Today when the compose closes', () => {
    expect(run(draft()).view).toBe('draft');
    const closed = run(draft(), noCompose);
    expect(closed.view).toBe('today');
    expect(closed.draft).toBeNull();
  });

  it('keeps the voicemail tab the rep picked while they keep typing the same draft', () => {
    const s = run(draft(), { type: 'show', view: 'voicemail' }, draft('c1', 'Hi Jane, more'));
    expect(s.view).toBe('voicemail');
    expect(s.draft?.type === 'wiifm:draft' && s.draft.text).toBe('Hi Jane, more');
  });

  it('switches to a new compose even from a picked tab', () => {
    expect(run(draft('c1'), { type: 'show', view: 'voicemail' }, draft('c2')).view).toBe('draft');
  });

  it('stays on a picked voicemail tab when the compose closes', () => {
    expect(run(draft(), { type: 'show', view: 'voicemail' }, noCompose).view).toBe('voicemail');
  });

  it('offers the paste-in box when the page cannot read the draft', () => {
    const s = run({ type: 'wiifm:unreadable', site: 'gmail', what: 'the body is an image' });
    expect(s.view).toBe('paste');
    expect(s.unreadable).toEqual({ site: 'gmail', what: 'the body is an image' });
    expect(pasteMode(s, 'gmail')).toBe('email');
  });

  it('offers the paste-in box even from a picked Today tab, but not over a voicemail script', () => {
    const unreadable: ToSidebar = { type: 'wiifm:unreadable', site: 'gmail', what: 'x' };
    expect(run({ type: 'show', view: 'today' }, unreadable).view).toBe('paste');
    expect(run({ type: 'show', view: 'voicemail' }, unreadable).view).toBe('voicemail');
  });

  it('keeps a profile with unread fields on show, with a Paste tab beside it', () => {
    const partial: ToSidebar = {
      type: 'wiifm:profile',
      profile: { url: 'https://www.linkedin.com/in/x/', missing: ['name'] },
    };
    const s = run(partial, { type: 'wiifm:unreadable', site: 'linkedin', what: 'the profile' });
    expect(s.view).toBe('profile');
    expect(tabsFor(s)).toContain('paste');
  });

  it('drops the paste-in box once the draft can be read again', () => {
    const s = run({ type: 'wiifm:unreadable', site: 'gmail', what: 'x' }, draft());
    expect(s.view).toBe('draft');
    expect(s.unreadable).toBeNull();
  });

  it('shows a LinkedIn profile, but never over a draft being written', () => {
    expect(run(profile()).view).toBe('profile');
    const writing = run(draft(), profile());
    expect(writing.view).toBe('draft');
    expect(tabsFor(writing)).toEqual(['draft', 'profile', 'voicemail', 'today']);
  });

  it('keeps showing the profile when the page says no compose is open', () => {
    expect(run(profile(), noCompose).view).toBe('profile');
  });

  it('goes back to Today when the rep leaves a LinkedIn profile for the feed or messaging', () => {
    const left = run(profile(), { type: 'wiifm:no-compose', site: 'linkedin' });
    expect(left.view).toBe('today');
    expect(left.profile).toBeNull();
    expect(tabsFor(left)).toEqual(['voicemail', 'today']);
    // Even from a tab the rep picked, the profile tab goes away.
    const picked = run(
      profile(),
      { type: 'show', view: 'voicemail' },
      {
        type: 'wiifm:no-compose',
        site: 'linkedin',
      },
    );
    expect(picked.view).toBe('voicemail');
    expect(tabsFor(picked)).not.toContain('profile');
  });

  it('returns to the profile when a chat closes over it and the page shows the profile again', () => {
    const liDraft: ToSidebar = { ...(draft() as DraftMessage), site: 'linkedin', mode: 'linkedin' };
    const s = run(profile(), liDraft, { type: 'wiifm:no-compose', site: 'linkedin' }, profile());
    expect(s.view).toBe('profile');
    expect(s.draft).toBeNull();
  });

  it('moves to a newly opened profile even from a picked tab', () => {
    const s = run(
      profile('https://www.linkedin.com/in/a/'),
      { type: 'show', view: 'today' },
      profile('https://www.linkedin.com/in/b/'),
    );
    expect(s.view).toBe('profile');
    expect(s.profile?.url).toBe('https://www.linkedin.com/in/b/');
  });

  it('ignores a tab that has nothing to show', () => {
    expect(run({ type: 'show', view: 'draft' }).view).toBe('today');
    expect(run({ type: 'show', view: 'profile' }).view).toBe('today');
    expect(tabsFor(initialState)).toEqual(['voicemail', 'today']);
  });

  it('checks pasted LinkedIn drafts with the LinkedIn rules', () => {
    const s = run({ type: 'wiifm:unreadable', site: 'linkedin', what: 'x' });
    expect(pasteMode(s, 'linkedin')).toBe('linkedin');
  });
});

describe('undo after a send', () => {
  it('offers undo for the logged touches and forgets it when closed', () => {
    const s = run({ type: 'wiifm:logged', touchIds: [4, 5] });
    expect(s.logged).toEqual({ touchIds: [4, 5], seq: 1, undone: null });
    expect(reducer(s, { type: 'undo-closed', seq: 1 }).logged).toBeNull();
  });

  it("says what the background's undo removed, and does not offer it again", () => {
    const s = run({ type: 'wiifm:logged', touchIds: [4, 5] }, { type: 'wiifm:undone', removed: 2 });
    expect(s.logged?.undone).toBe('Undone: removed 2 touches.');
    expect(
      run({ type: 'wiifm:logged', touchIds: [4] }, { type: 'wiifm:undone', removed: 1 }).logged
        ?.undone,
    ).toBe('Undone: removed 1 touch.');
    const again = reducer(s, { type: 'message', message: { type: 'wiifm:undone', removed: 0 } });
    expect(again.logged?.undone).toBe('Undone: removed 2 touches.');
  });

  it('says why when the background refused the undo', () => {
    const s = run(
      { type: 'wiifm:logged', touchIds: [4] },
      { type: 'wiifm:undone', removed: 0, error: 'nothing to undo: the undo window has passed' },
    );
    expect(s.logged?.undone).toBe("Couldn't undo: nothing to undo: the undo window has passed.");
  });

  it('ignores an undo answer when no send was offered', () => {
    expect(run({ type: 'wiifm:undone', removed: 3 }).logged).toBeNull();
  });

  it('keeps a newer offer when an older one times out', () => {
    const s = run({ type: 'wiifm:logged', touchIds: [1] }, { type: 'wiifm:logged', touchIds: [2] });
    expect(s.logged?.seq).toBe(2);
    expect(reducer(s, { type: 'undo-closed', seq: 1 }).logged?.touchIds).toEqual([2]);
  });

  it('offers nothing when nothing was logged', () => {
    expect(run({ type: 'wiifm:logged', touchIds: [] }).logged).toBeNull();
  });
});

describe('what the page made room for', () => {
  it('draws the handle until the page says the panel fits, and follows what it says', () => {
    expect(initialState.placement.shape).toBe('handle');
    const s = run({ type: 'wiifm:placement', shape: 'panel', fits: true });
    expect(s.placement).toEqual({ shape: 'panel', fits: true });
    const cramped = reducer(s, {
      type: 'message',
      message: { type: 'wiifm:placement', shape: 'handle', fits: false },
    });
    expect(cramped.placement).toEqual({ shape: 'handle', fits: false });
  });

  it('counts each request to take the focus', () => {
    const s = run({ type: 'wiifm:focus' }, { type: 'wiifm:focus' });
    expect(s.focusSeq).toBe(2);
  });
});
