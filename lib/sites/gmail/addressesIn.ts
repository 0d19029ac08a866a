import { normaliseAddress } from './readRecipients';

const ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
const MAX_TEXT = 5000;
const MAX_FOUND = 20;

/** The distinct addresses written in `text` (its first 5,000 characters), lower-cased, at most 20. */
export function addressesIn(text: string): string[] {
  const found = new Set<string>();
  for (const raw of text.slice(0, MAX_TEXT).match(ADDRESS) ?? []) {
    const address = normaliseAddress(raw.replace(/\.+$/, ''));
    if (address) found.add(address);
    if (found.size >= MAX_FOUND) break;
  }
  return [...found];
}
