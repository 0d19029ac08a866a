import type { EditTarget } from '@/lib/sites/shared/applySuggestion';
import { queryFirst } from '@/lib/sites/shared/query';
import { findBody, readDraft } from './readDraft';
import { COMPOSE_SUBJECT } from './selectors';

/**
 * Where a suggestion goes in a Gmail compose: its body, read afresh (the same
 * text the sidebar was given, signature and quoted trail left out), and its
 * subject box when it shows one (an inline reply has none). Null when the
 * compose cannot be read.
 */
export function gmailEditTarget(compose: Element): EditTarget | null {
  const body = findBody(compose);
  const draft = readDraft(compose);
  if (!body || 'error' in draft) return null;
  const subject = queryFirst(compose, COMPOSE_SUBJECT);
  return {
    editable: { root: body, map: draft.map },
    subject:
      subject?.tagName === 'INPUT' && (subject as HTMLInputElement).type !== 'hidden'
        ? (subject as HTMLInputElement)
        : null,
  };
}
