import { queryFallback, queryUnion } from '@/lib/sites/shared/query';
import { RECIPIENT_CHIP, RECIPIENT_INPUT, RECIPIENT_SUMMARY } from './selectors';

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;
const MAX_RECIPIENTS = 100;

/** Lower-cased, trimmed, or null when it is not an address. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  const address = raw?.trim().toLowerCase();
  return address && address.length <= 320 && ADDRESS.test(address) ? address : null;
}

/**
 * Addresses in To, Cc and Bcc, lower-cased, once each: the chips, the summary
 * Gmail shows when the compose is not focused, and an address typed in the
 * field but not yet turned into a chip (sending turns it into one).
 */
export function readRecipients(compose: Element): string[] {
  try {
    const found = new Set<string>();
    const add = (raw: string | null | undefined) => {
      const address = normaliseAddress(raw);
      if (address && found.size < MAX_RECIPIENTS) found.add(address);
    };
    for (const chip of queryFallback(compose, RECIPIENT_CHIP)) {
      add(chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email'));
    }
    for (const el of queryUnion(compose, RECIPIENT_SUMMARY)) add(el.getAttribute('email'));
    for (const input of queryUnion(compose, RECIPIENT_INPUT)) {
      const value = (input as HTMLInputElement).value ?? input.getAttribute('value');
      for (const part of String(value ?? '').split(/[,;\s]+/)) add(part);
    }
    return [...found];
  } catch {
    return [];
  }
}
