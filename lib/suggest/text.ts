/**
 * Text surgery for suggestions: sentences with their offsets, cutting a
 * sentence or a clause without leaving a stray space or an empty line, and
 * turning a rewritten text back into the one contiguous edit the compose
 * applies. Pure and deterministic.
 */

export interface Sentence {
  start: number;
  /** End of the sentence's text, its closing punctuation included (exclusive). */
  end: number;
  text: string;
}

/** A contiguous replacement of `text[start..end)`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Sentences of `text`: split after . ! ? (and …) before a space, and at line breaks. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n.!?…]+(?:[.!?…]+["'”’)]*|(?=\n)|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '' || !/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

/** The sentence holding offset `at`, or undefined. */
export function sentenceAt(list: readonly Sentence[], at: number): Sentence | undefined {
  return list.find((s) => s.start <= at && at < s.end);
}

/**
 * Removes `text[start..end)` and the space that joined it to the next
 * sentence; when that leaves its line empty, the line goes too.
 */
export function cut(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  const before = text.slice(lineStart, s).trim();
  const nextBreak = text.indexOf('\n', e);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const after = text.slice(e, lineEnd).trim();
  if (before === '' && after === '') {
    // The whole line: take it with one of its line breaks.
    s = lineStart;
    e = nextBreak < 0 ? text.length : nextBreak + 1;
    if (nextBreak < 0 && s > 0) s--; // last line: take the break before it
  } else if (after === '') {
    while (s > lineStart && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  }
  return text.slice(0, s) + text.slice(e);
}

/** Several cuts at once, latest first so earlier offsets stay right. */
export function cutAll(text: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = mergeSpans(spans).toSorted((a, b) => b.start - a.start);
  return sorted.reduce((t, s) => cut(t, s.start, s.end), text);
}

/** Overlapping or touching spans merged, in order. */
export function mergeSpans(spans: readonly { start: number; end: number }[]) {
  const out: { start: number; end: number }[] = [];
  for (const s of spans.toSorted((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** `text` with `text[start..end)` replaced by `insert`. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The one contiguous edit that turns `before` into `after` (common start and end kept). */
export function diff(before: string, after: string): Edit | null {
  if (before === after) return null;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before[p] === after[p]) p++;
  let q = 0;
  while (q < max - p && before[before.length - 1 - q] === after[after.length - 1 - q]) {
    q++;
  }
  // Never split a surrogate pair.
  if (p > 0 && /[\ud800-\udbff]/.test(before[p - 1])) p--;
  return { start: p, end: before.length - q, text: after.slice(p, after.length - q) };
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Ends `s` with a full stop unless it already ends a sentence. */
export function closeSentence(s: string): string {
  const t = s.trimEnd().replace(/[,;:\s—–-]+$/, '');
  return /[.!?…]["'”’)]*$/.test(t) ? t : `${t}.`;
}

/** Words of a short quote for a button label: "“We are the industry…”". */
export function shortQuote(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`;
}
