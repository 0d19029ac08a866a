import { useMemo } from 'react';
import { checkDraft } from '@/lib/rules';
import type { RuleOptions } from '@/lib/rules/options';
import type { DraftContext, Mode, Report } from '@/lib/rules/types';

export interface ReportResult {
  report: Report | null;
  /** Set when the engine threw: the sidebar says so instead of going blank. */
  error: string | null;
}

/**
 * The rulebook's report for a text, with the rep's live settings and what is
 * known of the recipient (`context`, see useRecipientContext), recomputed
 * only when one of them changes (the page may resend the same draft on
 * focus). An empty text has no report.
 */
export function useReport(
  mode: Mode,
  text: string | undefined,
  rules: RuleOptions,
  subject?: string,
  connectionNote?: boolean,
  context?: DraftContext,
): ReportResult {
  return useMemo(() => {
    if (text === undefined || text.trim() === '') return { report: null, error: null };
    try {
      const input = { mode, text, subject, connectionNote, ...(context && { context }) };
      return { report: checkDraft(input, rules), error: null };
    } catch (error) {
      console.warn('[wiifm] checks failed:', (error as Error)?.name, mode);
      return { report: null, error: (error as Error)?.message ?? 'unknown error' };
    }
  }, [mode, text, rules, subject, connectionNote, context]);
}
