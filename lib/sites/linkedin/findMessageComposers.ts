import { queryUnion } from '@/lib/sites/shared/query';
import { searchRoots } from './searchRoots';
import { MESSAGE_COMPOSER } from './selectors';

/**
 * Every LinkedIn message composer under `root`: the full-page thread's and
 * each open chat-overlay bubble's, including those mounted in the messaging
 * shadow root. Nested matches (an editable inside an editable) count once, by
 * the outer one. Never throws; none found gives [].
 */
export function findMessageComposers(root: ParentNode): HTMLElement[] {
  try {
    const found = searchRoots(root).flatMap((r) => queryUnion(r, MESSAGE_COMPOSER));
    const unique = [...new Set(found)];
    return unique.filter(
      (el) => !unique.some((other) => other !== el && other.contains(el)),
    ) as HTMLElement[];
  } catch {
    return [];
  }
}
