import { queryFirst } from '@/lib/sites/shared/query';
import { normaliseAddress } from './readRecipients';
import { ACCOUNT_BUTTON } from './selectors';

const ADDRESSES = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/g;

/** The last address-looking part of `text` (subjects come first in titles, the account last). */
function lastAddress(text: string | null | undefined): string | null {
  const found = text?.match(ADDRESSES);
  return found ? normaliseAddress(found[found.length - 1]) : null;
}

/**
 * The signed-in account's address: from the account button's label
 * ("Google Account: Name (me@x.com)"), else from the page title
 * ("Inbox (3) - me@x.com - Gmail"). Null when neither has one.
 */
export function accountEmail(doc: Document): string | null {
  try {
    return (
      lastAddress(queryFirst(doc, ACCOUNT_BUTTON)?.getAttribute('aria-label')) ??
      lastAddress(doc.title)
    );
  } catch {
    return null;
  }
}
