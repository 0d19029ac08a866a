import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "the recipients", "the checks". */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Shows a failure inline, where the part would have been, instead of a blank
 * sidebar. Logs the error's name and message only (never the draft or contact
 * it was working on), and offers a retry.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo) {
    console.warn(`[wiifm] ${this.props.what} failed: ${error.name}`);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const why = explainError(this.state.error);
    return (
      <div className="wiifm-error" role="alert" data-wiifm="error">
        <p>Couldn't show {this.props.what}.</p>
        {why && <p>{why}</p>}
        <button type="button" className="wiifm-link" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}

/**
 * A reason a rep can act on, for failures with a known cause. Seen 2026-03:
 * Chromium with third-party storage partitioning switched off and third-party
 * cookies blocked refuses IndexedDB to the sidebar iframe ("The user denied
 * permission to access the database"), which Dexie reports as OpenFailedError.
 */
export function explainError(error: Error): string | null {
  const inner = (error as Error & { inner?: Error }).inner;
  const text = [error.name, error.message, inner?.name, inner?.message].join(' ');
  if (/OpenFailedError|denied permission|SecurityError|MissingAPIError/.test(text)) {
    return "The browser won't let this panel open WII-FM's log here (it blocks storage in embedded frames). The checks still work; your follow-ups are in the toolbar popup.";
  }
  return null;
}
