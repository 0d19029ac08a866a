/**
 * A fingerprint of an email that holds none of its text: a b-bit MinHash of
 * its word shingles (Broder 1997; Li & König 2010 for keeping b bits).
 *
 * Why: "I followed up every week or two for six months, re-wording the same
 * email" (rulebook.md). Re-wording is the job, copying is not, so the
 * sidebar compares a draft with the last email the rep sent that contact.
 * The log never keeps text, so what it keeps of a sent email is this: 64
 * minimums of the draft's 3-word shingles under 64 fixed hash functions,
 * the low 16 bits of each, 128 bytes written as 172 characters of base64.
 * Two fingerprints agree in a share of their 64 values that estimates the
 * Jaccard similarity of the two shingle sets (standard error at most
 * 1/(2·√64) = 0.0625). Nothing of the words can be read back: each value
 * is 16 bits of a hash, shared by 1 in 65,536 of all possible shingles.
 *
 * Written here rather than taken from npm: `minhash` (0.0.9) multiplies
 * 32-bit numbers in doubles past 2^53 and so loses bits, and `bloom-filters`
 * brings eight dependencies into the sidebar for forty lines of work.
 *
 * Both sides compute it the same way from the draft as the rules read it
 * (`stripEmail`: no signature, no quoted reply trail, which would otherwise
 * make every reply in a thread look like the last one).
 */
import { stripEmail } from '@/lib/rules/strip';

/** Hash functions, i.e. values in a fingerprint. */
export const FINGERPRINT_HASHES = 64;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/**
 * Fewer words than this and there is nothing to compare: a two-line "any
 * news?" is not a copy of anything worth warning about.
 */
export const MIN_WORDS = 12;

const BITS = 16;
const MASK = (1 << BITS) - 1;
/** Base64 of 64 × 16 bits. */
export const FINGERPRINT_CHARS = 172;
const FINGERPRINT_RE = /^[A-Za-z0-9+/]{171}=$/;

/** Murmur3's 32-bit finaliser: a bijection that spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised: the shingle's one 32-bit hash. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** One fixed seed per hash function; function i is fmix32(shingle hash XOR seed i). */
const SEEDS = Array.from({ length: FINGERPRINT_HASHES }, (_, i) =>
  fmix32(Math.imul(i + 1, 0x9e3779b9)),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of an email body as compared: lower-cased, apostrophes kept inside words. */
export function wordsOf(text: string): string[] {
  return (stripEmail(text).body.toLowerCase().match(WORD) ?? []).map((w) => w.replace('’', "'"));
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * The fingerprint of an email body, or null when it has fewer than
 * `MIN_WORDS` words of its own (after the signature and quoted trail).
 */
export function fingerprintOf(text: string): string | null {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return null;
  const mins = new Uint32Array(FINGERPRINT_HASHES).fill(0xffffffff);
  const seen = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE_WORDS).join(' ');
    if (seen.has(shingle)) continue;
    seen.add(shingle);
    const h = hashString(shingle);
    for (let k = 0; k < FINGERPRINT_HASHES; k++) {
      const v = fmix32(h ^ SEEDS[k]!);
      if (v < mins[k]!) mins[k] = v;
    }
  }
  const bytes = new Uint8Array(FINGERPRINT_HASHES * 2);
  for (let k = 0; k < FINGERPRINT_HASHES; k++) {
    const low = mins[k]! & MASK;
    bytes[2 * k] = low >>> 8;
    bytes[2 * k + 1] = low & 0xff;
  }
  return toBase64(bytes);
}

/** Whether `value` is a fingerprint as `fingerprintOf` writes it (backups are checked with it). */
export function isFingerprint(value: string): boolean {
  return FINGERPRINT_RE.test(value);
}

/**
 * Estimated Jaccard similarity (0…1) of the shingle sets behind two
 * fingerprints: the share of equal values, less the 1 in 2^16 chance that
 * two different minimums agree in their low 16 bits.
 */
export function similarity(a: string, b: string): number {
  if (!isFingerprint(a) || !isFingerprint(b)) throw new Error('not a fingerprint');
  const x = fromBase64(a);
  const y = fromBase64(b);
  let same = 0;
  for (let k = 0; k < FINGERPRINT_HASHES; k++) {
    if (x[2 * k] === y[2 * k] && x[2 * k + 1] === y[2 * k + 1]) same++;
  }
  const chance = 1 / 2 ** BITS;
  return Math.max(0, (same / FINGERPRINT_HASHES - chance) / (1 - chance));
}
