/**
 * Bytes of a draft file → text, or a clear refusal. The engine reads UTF-16
 * offsets of real text; a Latin-1 or binary file decoded as UTF-8 would be
 * checked as mojibake ("CafÃ©") or garbage without a word of warning, so the
 * CLI refuses what it cannot decode for certain instead of guessing.
 */

export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && (c < 9 || c > 13)) || c === 127) return true;
  }
  return false;
}

/**
 * Decodes `bytes` as UTF-8 (with or without a byte-order mark), or as
 * UTF-16 when a UTF-16 byte-order mark says so. Throws a DecodeError naming
 * what the bytes look like otherwise.
 */
export function decodeDraft(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked(new TextDecoder('utf-16le', { fatal: true }), bytes.subarray(2), name, 'UTF-16');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked(new TextDecoder('utf-16be', { fatal: true }), bytes.subarray(2), name, 'UTF-16');
  }
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? bytes.subarray(3)
      : bytes;
  if (body.includes(0)) {
    throw new DecodeError(
      `${name} looks like a binary file (or UTF-16 without a byte-order mark), not a draft: save it as UTF-8 text`,
    );
  }
  return checked(new TextDecoder('utf-8', { fatal: true }), body, name, 'UTF-8');
}

function checked(decoder: TextDecoder, bytes: Uint8Array, name: string, encoding: string): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new DecodeError(
      encoding === 'UTF-8'
        ? `${name} is not UTF-8 text (it looks like Latin-1 or another legacy encoding): save it as UTF-8 and try again`
        : `${name} has a ${encoding} byte-order mark but is not valid ${encoding}`,
    );
  }
  if (hasControl(text)) {
    throw new DecodeError(
      `${name} holds control characters: it looks like a binary file, not a draft`,
    );
  }
  return text;
}
