import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import type { Check } from '@/lib/rules/types';
import type { ToSidebar } from '@/lib/sidebar-protocol';
import { ErrorBoundary } from '../ErrorBoundary';
import { localTimeZone, useNow } from '../useNow';
import { useSettings } from '../useSettings';
import type { PageChannel, Site } from './channel';
import { Handle } from './Handle';
import { DraftView } from './DraftView';
import { localDate } from '@/lib/followups';
import { suggest, type Suggestion } from '@/lib/suggest';
import { advanceCursor, calmHighlights, spanForClick, type ClickCursor } from './format';
import { AppliedBar, Suggestions } from './Suggestions';
import { PasteView, type PasteDraft } from './PasteView';
import { ProfileView } from './ProfileView';
import { initialState, pasteMode, reducer, tabsFor, type View } from './state';
import { TodayView } from './TodayView';
import { UNDO_MS, UNDONE_MS, UndoBar } from './UndoBar';
import { useObscured } from './useObscured';
import { usePageChannel } from './usePageChannel';
import { useRecipientContext } from './useRecipientContext';
import { useReport } from './useReport';
import { useSidebarLayout } from './useSidebarLayout';
import { VoicemailView } from './VoicemailView';

/** Alt+Shift+W: the same shortcut that brought the focus here takes it back to the page. */
const isShortcut = (e: KeyboardEvent) =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyW';

const TAB_LABELS: Record<View, string> = {
  draft: 'Draft',
  profile: 'Profile',
  voicemail: 'Voicemail',
  today: 'Today',
  paste: 'Paste',
};

/**
 * The sidebar beside a Gmail compose or on LinkedIn. Runs the checks on the
 * draft the content script sends, answers only with highlights, selections,
 * its collapsed state and the rep's Undo, and reads the touch log itself
 * (never sending it to the page). A frame the extension did not open (see
 * channel.ts) shows none of it.
 */
export function Sidebar(props: { site: Site | null; channel: PageChannel }) {
  const [status, setStatus] = useState(() => props.channel.status());
  if (status === 'checking' || status === 'refused') {
    return <Unconnected status={status} channel={props.channel} onStatus={setStatus} />;
  }
  return (
    <ConnectedSidebar site={status === 'connected' ? props.site : null} channel={props.channel} />
  );
}

/**
 * While the background checks the frame's secret, and when it refuses it:
 * no data, no buttons.
 */
function Unconnected({
  status,
  channel,
  onStatus,
}: {
  status: 'checking' | 'refused';
  channel: PageChannel;
  onStatus: (c: ReturnType<PageChannel['status']>) => void;
}) {
  useEffect(() => channel.subscribe(() => {}, onStatus), [channel, onStatus]);
  return (
    <div className="wiifm-root" data-wiifm="sidebar" data-connection={status}>
      <p className="wiifm-muted wiifm-note">
        {status === 'checking'
          ? 'Connecting…'
          : 'WII-FM Coach shows your log only in the panel it opens itself.'}
      </p>
    </div>
  );
}

function ConnectedSidebar({ site, channel }: { site: Site | null; channel: PageChannel }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const settings = useSettings();
  const now = useNow();
  const [timeZone] = useState(localTimeZone);
  const [voicemail, setVoicemail] = useState('');
  const [paste, setPaste] = useState<PasteDraft>({ subject: '', text: '' });

  const onMessage = useCallback((message: ToSidebar) => dispatch({ type: 'message', message }), []);
  const { post, status } = usePageChannel(channel, onMessage);

  // A page that hides the frame but leaves it clickable gets a sidebar that takes no click.
  const obscured = useObscured(document.body, window.parent !== window);
  useEffect(() => {
    document.body.inert = obscured;
    document.body.dataset.obscured = String(obscured);
  }, [obscured]);

  const { draft } = state;
  // Who the draft goes to, as the touch log knows them: the checks read it (issue 13).
  const recipient = useRecipientContext({
    emails: draft?.mode === 'email' ? draft.recipients : [],
    profileUrl: draft?.partnerProfileUrl,
    name: draft?.partnerName,
  });
  const { report, error } = useReport(
    draft?.mode ?? 'email',
    draft?.text,
    settings.rules,
    draft?.subject,
    draft?.connectionNote,
    recipient,
  );

  // After every check run, the page highlights what the checks point at: calmly, all the
  // words of the check the rep hovers or picked, else the first words of each problem.
  const composeId = draft?.composeId;
  const textLength = draft?.text.length ?? 0;
  const [hovered, setHovered] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ composeId: string; check: string } | null>(null);
  const focusCheck = hovered ?? (picked && picked.composeId === composeId ? picked.check : null);
  useEffect(() => {
    if (composeId === undefined) return;
    post({
      type: 'wiifm:highlights',
      composeId,
      spans: report ? calmHighlights(report, textLength, focusCheck) : [],
    });
  }, [report, composeId, textLength, post, focusCheck]);
  const onHover = useCallback((check: Check | null) => setHovered(check?.id ?? null), []);

  // Rewrites for each failed or warned check, checked against the engine (lib/suggest).
  const today = localDate(now, timeZone);
  // Worked out a beat behind typing (each candidate is checked by the engine, up to ~30 ms
  // on a long draft): a suggestion made for older text is refused by the page, never misapplied.
  const behind = useDeferredValue(useMemo(() => ({ draft, report }), [draft, report]));
  const suggestions = useMemo(() => {
    const { draft, report } = behind;
    if (!draft || !report) return new Map<string, Suggestion[]>();
    try {
      const input = {
        mode: draft.mode,
        text: draft.text,
        subject: draft.subject,
        connectionNote: draft.connectionNote,
        ...(recipient && { context: recipient }),
      };
      return suggest({
        draft: input,
        options: settings.rules,
        report,
        today,
        workingDays: settings.workingDays,
      }) as Map<string, Suggestion[]>;
    } catch (e) {
      console.warn('[wiifm] suggestions failed:', (e as Error)?.name);
      return new Map<string, Suggestion[]>();
    }
  }, [behind, recipient, settings.rules, settings.workingDays, today]);
  const [lastApplied, setLastApplied] = useState<{ composeId: string; label: string } | null>(null);
  const onApply = useCallback(
    (s: Suggestion) => {
      const current = draftRef.current;
      if (!current) return;
      setLastApplied({ composeId: current.composeId, label: s.label });
      post({
        type: 'wiifm:apply',
        composeId: current.composeId,
        target: s.target,
        start: s.start,
        end: s.end,
        expect: s.expect,
        text: s.text,
      });
    },
    [post],
  );
  const extra = useCallback(
    (check: Check) => <Suggestions list={suggestions.get(check.id) ?? []} onApply={onApply} />,
    [suggestions, onApply],
  );

  const draftRef = useRef(draft);
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);
  const cursor = useRef<ClickCursor | null>(null);
  const onSelect = useCallback(
    (check: Check) => {
      const current = draftRef.current;
      if (!current) return;
      cursor.current = advanceCursor(cursor.current, current.composeId, check.id);
      setPicked({ composeId: current.composeId, check: check.id });
      const span = spanForClick(check.spans, cursor.current.clicks);
      if (span) post({ type: 'wiifm:select', composeId: current.composeId, span });
    },
    [post],
  );

  const layout = useSidebarLayout({
    site,
    // A compose it cannot read is still one the rep is writing in: the paste box opens.
    composeId: draft?.composeId ?? (state.unreadable ? 'unreadable' : null),
    fits: state.placement.fits,
    // "Logged for Priya · Undo" must be seen though the compose closed with the send.
    announcing: state.logged !== null,
    connected: status === 'connected',
    post,
  });
  const handleShown = state.placement.shape === 'handle';

  // The page's shortcut brought the focus here: to the handle, or to the open view's tab.
  const handleRef = useRef<HTMLButtonElement>(null);
  const tabsRef = useRef<HTMLDivElement>(null);
  const focusSeq = state.focusSeq;
  useEffect(() => {
    if (focusSeq === 0) return;
    if (handleShown) handleRef.current?.focus();
    else tabsRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, [focusSeq, handleShown]);
  // The same shortcut, typed here by the rep, hands the focus back to the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.isTrusted || !isShortcut(e)) return;
      e.preventDefault();
      post({ type: 'wiifm:focus-page' });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [post]);

  const show = (view: View) => dispatch({ type: 'show', view });
  const onUndoClosed = useCallback((seq: number) => dispatch({ type: 'undo-closed', seq }), []);

  // The undo offer expires here, not in the bar, so collapsing the sidebar does not reset it.
  const undoSeq = state.logged?.seq;
  const undone = state.logged?.undone != null;
  useEffect(() => {
    if (undoSeq === undefined) return;
    const timer = setTimeout(
      () => dispatch({ type: 'undo-closed', seq: undoSeq }),
      undone ? UNDONE_MS : UNDO_MS,
    );
    return () => clearTimeout(timer);
  }, [undoSeq, undone]);

  if (handleShown) {
    return (
      <div
        className="wiifm-root wiifm-collapsed"
        data-wiifm="sidebar"
        data-view={state.view}
        data-site={site ?? ''}
        data-collapsed="true"
      >
        <Handle
          ref={handleRef}
          report={report}
          hasDraft={draft !== null}
          settings={settings}
          now={now}
          timeZone={timeZone}
          onOpen={layout.open}
        />
      </div>
    );
  }

  const tabs = tabsFor(state);
  const hints = {
    emails: draft?.mode === 'email' ? draft.recipients : [],
    profileUrl: draft?.partnerProfileUrl ?? state.profile?.url,
  };

  return (
    <div
      className="wiifm-root"
      data-wiifm="sidebar"
      data-view={state.view}
      data-site={site ?? ''}
      data-collapsed="false"
    >
      <header className="wiifm-header">
        <h1 className="wiifm-title">WII-FM Coach</h1>
        <button
          type="button"
          className="wiifm-icon-button"
          data-wiifm="collapse"
          data-action="collapse"
          aria-expanded="true"
          aria-label="Collapse WII-FM Coach to its handle"
          title="Collapse (Alt+Shift+W goes back to the page)"
          onClick={layout.collapse}
        >
          ⟩
        </button>
      </header>
      <main className="wiifm-body">
        <div
          ref={tabsRef}
          className="wiifm-tabs"
          role="tablist"
          aria-label="Views"
          onKeyDown={(e) => {
            // Arrow keys move between the tabs (and show them), as ARIA tabs do.
            const i = tabs.indexOf(state.view);
            const next =
              e.key === 'ArrowRight'
                ? tabs[(i + 1) % tabs.length]
                : e.key === 'ArrowLeft'
                  ? tabs[(i - 1 + tabs.length) % tabs.length]
                  : e.key === 'Home'
                    ? tabs[0]
                    : e.key === 'End'
                      ? tabs[tabs.length - 1]
                      : undefined;
            if (!next) return;
            e.preventDefault();
            show(next);
            tabsRef.current?.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
          }}
        >
          {tabs.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              id={`wiifm-tab-${tab}`}
              className="wiifm-tab"
              data-tab={tab}
              aria-selected={state.view === tab}
              aria-controls="wiifm-view"
              tabIndex={state.view === tab ? 0 : -1}
              onClick={() => show(tab)}
            >
              {TAB_LABELS[tab]}
            </button>
          ))}
        </div>
        {state.logged && (
          <UndoBar
            key={state.logged.seq}
            touchIds={state.logged.touchIds}
            seq={state.logged.seq}
            undone={state.logged.undone}
            site={site}
            settings={settings}
            timeZone={timeZone}
            onUndo={() => post({ type: 'wiifm:undo' })}
            onClosed={onUndoClosed}
          />
        )}
        {state.applied && state.applied.composeId === draft?.composeId && (
          <AppliedBar
            key={state.applied.seq}
            applied={state.applied}
            label={lastApplied?.composeId === draft?.composeId ? lastApplied.label : null}
            onUndo={() => draft && post({ type: 'wiifm:revert', composeId: draft.composeId })}
            onClose={() => dispatch({ type: 'applied-closed' })}
          />
        )}
        {!site && (
          <p className="wiifm-muted wiifm-note">
            Opened outside Gmail or LinkedIn: drafts aren't read here, the rest works.
          </p>
        )}
        <div
          className="wiifm-main"
          id="wiifm-view"
          role="tabpanel"
          aria-labelledby={`wiifm-tab-${state.view}`}
        >
          <ErrorBoundary key={state.view} what={`the ${TAB_LABELS[state.view].toLowerCase()} view`}>
            {state.view === 'draft' && draft ? (
              <DraftView
                draft={draft}
                report={report}
                error={error}
                settings={settings}
                now={now}
                timeZone={timeZone}
                onSelect={onSelect}
                onHover={onHover}
                extra={extra}
                onPaste={() => {
                  setPaste({ subject: draft.subject ?? '', text: draft.text });
                  show('paste');
                }}
              />
            ) : state.view === 'paste' ? (
              <PasteView
                mode={pasteMode(state, site)}
                unreadable={state.unreadable?.what ?? null}
                value={paste}
                onChange={setPaste}
                settings={settings}
                onBack={draft ? () => show('draft') : undefined}
              />
            ) : state.view === 'profile' && state.profile ? (
              <ProfileView
                profile={state.profile}
                settings={settings}
                now={now}
                timeZone={timeZone}
              />
            ) : state.view === 'voicemail' ? (
              <VoicemailView
                text={voicemail}
                onText={setVoicemail}
                settings={settings}
                hints={hints}
              />
            ) : (
              <TodayView settings={settings} now={now} timeZone={timeZone} />
            )}
          </ErrorBoundary>
        </div>
      </main>
    </div>
  );
}
