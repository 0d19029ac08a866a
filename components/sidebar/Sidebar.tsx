import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Check } from '@/lib/rules/types';
import type { ToSidebar } from '@/lib/sidebar-protocol';
import { ErrorBoundary } from '../ErrorBoundary';
import { ScoreBadge } from '../ScoreBadge';
import { localTimeZone, useNow } from '../useNow';
import { useSettings } from '../useSettings';
import type { PageChannel, Site } from './channel';
import { DraftView } from './DraftView';
import { advanceCursor, highlightSpans, spanForClick, type ClickCursor } from './format';
import { PasteView, type PasteDraft } from './PasteView';
import { ProfileView } from './ProfileView';
import { initialState, pasteMode, reducer, tabsFor, type View } from './state';
import { TodayView } from './TodayView';
import { UNDO_MS, UNDONE_MS, UndoBar } from './UndoBar';
import { useObscured } from './useObscured';
import { usePageChannel } from './usePageChannel';
import { useRecipientContext } from './useRecipientContext';
import { useReport } from './useReport';
import { VoicemailView } from './VoicemailView';

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
  const { post } = usePageChannel(channel, onMessage);

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

  // After every check run, the page highlights what the checks point at.
  const composeId = draft?.composeId;
  const textLength = draft?.text.length ?? 0;
  useEffect(() => {
    if (composeId === undefined) return;
    post({
      type: 'wiifm:highlights',
      composeId,
      spans: report ? highlightSpans(report, textLength) : [],
    });
  }, [report, composeId, textLength, post]);

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
      const span = spanForClick(check.spans, cursor.current.clicks);
      if (span) post({ type: 'wiifm:select', composeId: current.composeId, span });
    },
    [post],
  );

  const collapse = (collapsed: boolean) => {
    dispatch({ type: 'collapse', collapsed });
    post({ type: 'wiifm:collapse', collapsed });
  };
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

  if (state.collapsed) {
    return (
      <div
        className="wiifm-root wiifm-collapsed"
        data-wiifm="sidebar"
        data-view={state.view}
        data-collapsed="true"
      >
        <button
          type="button"
          className="wiifm-tab-handle"
          data-action="expand"
          aria-expanded="false"
          aria-label="Open WII-FM Coach"
          onClick={() => collapse(false)}
        >
          <span className="wiifm-handle-title" aria-hidden="true">
            WII-FM
          </span>
          {draft && report && <ScoreBadge score={report.score} size="small" />}
        </button>
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
          data-action="collapse"
          aria-expanded="true"
          aria-label="Collapse the sidebar"
          title="Collapse"
          onClick={() => collapse(true)}
        >
          ⟩
        </button>
      </header>
      <nav className="wiifm-tabs" aria-label="Views">
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            className="wiifm-tab"
            data-tab={tab}
            aria-current={state.view === tab ? 'page' : undefined}
            onClick={() => show(tab)}
          >
            {TAB_LABELS[tab]}
          </button>
        ))}
      </nav>
      {state.logged && (
        <UndoBar
          key={state.logged.seq}
          touchIds={state.logged.touchIds}
          seq={state.logged.seq}
          undone={state.logged.undone}
          site={site}
          onUndo={() => post({ type: 'wiifm:undo' })}
          onClosed={onUndoClosed}
        />
      )}
      {!site && (
        <p className="wiifm-muted wiifm-note">
          Opened outside Gmail or LinkedIn: drafts aren't read here, the rest works.
        </p>
      )}
      <main className="wiifm-main">
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
      </main>
    </div>
  );
}
