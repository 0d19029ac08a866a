import { queryFirst } from '@/lib/sites/shared/query';
import { DRAFT_ID } from './selectors';

/**
 * Gmail's id for the draft behind a compose (`#msg-a:r-…`), or null before
 * Gmail has saved it. The same draft keeps it until sent, so it makes a
 * stable id for logging that send once.
 */
export function draftId(compose: Element): string | null {
  try {
    const input = queryFirst(compose, DRAFT_ID) as HTMLInputElement | null;
    const value = (input?.value ?? input?.getAttribute('value') ?? '').trim();
    return value && value.length <= 150 ? value : null;
  } catch {
    return null;
  }
}
