import { fingerprintOf } from '@/lib/fingerprint/fingerprint';
import type { Status } from '@/lib/rules/types';
import { ruleStatusesOf } from './ruleStatuses';

/**
 * What a send's touch keeps of its draft, worked out where the text is (the
 * background) and never the text itself: the score, the per-rule statuses
 * behind it, and for an email the body's fingerprint.
 */
export interface SendEvidence {
  score?: number;
  ruleStatuses?: string;
  fingerprint?: string;
}

/**
 * The draft's score and per-rule statuses. A draft without a score (too
 * short, not English) keeps no statuses either: "what works" compares
 * scored sends only. A failing engine costs both, never the log.
 */
export function scoredBy(
  check: () => { score: number | null; checks: readonly { id: string; status: Status }[] },
): SendEvidence {
  try {
    const report = check();
    if (typeof report.score !== 'number' || !Number.isFinite(report.score)) return {};
    const ruleStatuses = ruleStatusesOf(report);
    return { score: report.score, ...(ruleStatuses !== undefined && { ruleStatuses }) };
  } catch {
    return {};
  }
}

/** An email's fingerprint, when it has enough words of its own to compare. */
export function fingerprintField(text: string): Pick<SendEvidence, 'fingerprint'> {
  try {
    const fingerprint = fingerprintOf(text);
    return fingerprint === null ? {} : { fingerprint };
  } catch {
    return {};
  }
}
