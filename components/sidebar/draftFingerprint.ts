import { fingerprintOf } from '@/lib/fingerprint/fingerprint';

/** The draft's fingerprint for the follow-up memory; a draft it cannot read has none (no warning, no error). */
export function draftFingerprint(text: string): string | null {
  try {
    return fingerprintOf(text);
  } catch {
    return null;
  }
}
