import { matchesAny } from './query';

/**
 * Plain text of an editable element, as the rep sees it, with a way back from
 * text offsets to DOM positions. The rule engine works on the text and answers
 * with spans; `rangeForSpan` turns a span into a DOM Range for highlighting and
 * selecting, without ever changing the draft's DOM.
 *
 * Text follows what the browser shows: `<br>` and block elements become line
 * breaks, runs of source whitespace collapse to one space, non-breaking spaces
 * (which editors use to keep typed spaces) read as plain spaces. Line breaks
 * that come from markup map to no DOM position; every other character maps to
 * exactly one character of one Text node.
 */

/** A run of text characters that map one-to-one onto consecutive characters of a Text node. */
export interface TextSegment {
  /** Offset of the run's first character in `TextMap.text`. */
  start: number;
  length: number;
  node: Text;
  /** Offset of the run's first character in `node.data`. */
  offset: number;
}

export interface TextMap {
  text: string;
  /** In text order, non-overlapping. */
  segments: TextSegment[];
}

export interface TextPoint {
  node: Text;
  offset: number;
}

/** UTF-16 offsets into `TextMap.text`, end exclusive (the engine's Span). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface TextMapOptions {
  /** Elements left out with everything inside them (signatures, quoted replies). */
  exclude?: readonly string[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'SELECT']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COLLAPSIBLE = /[ \t\n\r\f]/;

/** Hidden without asking for computed style (which parsers used in tests lack). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Reads `root` into text plus a map back to its Text nodes. Never throws. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const exclude = options.exclude ?? [];
  const chars: string[] = [];
  const points: (TextPoint | null)[] = [];
  // Whether the last character came from collapsible source whitespace, so a
  // line break can swallow it the way a browser does ("Hi <br>" shows "Hi").
  let lastIsSoftSpace = false;

  const push = (ch: string, point: TextPoint | null, soft = false) => {
    chars.push(ch);
    points.push(point);
    lastIsSoftSpace = soft;
  };
  const dropSoftSpace = () => {
    if (lastIsSoftSpace) {
      chars.pop();
      points.pop();
      lastIsSoftSpace = false;
    }
  };
  const lineBreak = () => {
    dropSoftSpace();
    if (chars.length > 0) push('\n', null);
  };
  const blockBoundary = () => {
    dropSoftSpace();
    if (chars.length > 0 && chars[chars.length - 1] !== '\n') push('\n', null);
  };

  const readText = (node: Text) => {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (COLLAPSIBLE.test(ch)) {
        const last = chars[chars.length - 1];
        if (chars.length === 0 || last === ' ' || last === '\n') continue;
        push(' ', { node, offset: i }, true);
      } else {
        push(ch === '\u00a0' ? ' ' : ch, { node, offset: i });
      }
    }
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        readText(child as Text);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      const block = BLOCK_TAGS.has(tag);
      if (SKIPPED_TAGS.has(tag) || isHidden(el) || matchesAny(el, exclude)) {
        if (block) blockBoundary();
        continue;
      }
      if (tag === 'BR') {
        lineBreak();
        continue;
      }
      if (block) blockBoundary();
      walk(el);
      if (block) blockBoundary();
    }
  };

  try {
    walk(root);
  } catch {
    // A node vanished mid-read (the page edits the draft too): keep what was read.
  }
  while (chars.length > 0 && /\s/.test(chars[chars.length - 1])) {
    chars.pop();
    points.pop();
  }
  return { text: chars.join(''), segments: toSegments(points) };
}

function toSegments(points: (TextPoint | null)[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let current: TextSegment | null = null;
  for (let i = 0; i < points.length; i++) {
    const point = points[i];
    if (!point) {
      current = null;
      continue;
    }
    if (
      current &&
      current.node === point.node &&
      current.offset + current.length === point.offset
    ) {
      current.length++;
    } else {
      current = { start: i, length: 1, node: point.node, offset: point.offset };
      segments.push(current);
    }
  }
  return segments;
}

/** Index of the first segment ending after `index`, or segments.length. */
function firstEndingAfter(segments: TextSegment[], index: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start + segments[mid].length > index) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * DOM positions of a span's first and past-the-end characters. A span that
 * starts or ends on a line break from markup is trimmed to the text around
 * it; a span with no mapped text at all gives null.
 */
export function locateSpan(
  map: TextMap,
  span: TextSpan,
): { start: TextPoint; end: TextPoint } | null {
  const { segments } = map;
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return null;
  const from = Math.max(0, span.start);
  const to = Math.min(map.text.length, span.end);
  if (from >= to) return null;

  const first = firstEndingAfter(segments, from);
  if (first >= segments.length) return null;
  const startSeg = segments[first];
  const startIndex = Math.max(from, startSeg.start);

  const last = firstEndingAfter(segments, to - 1);
  // The segment holding the span's last character, or the one before it when
  // that character is a line break from markup.
  let endSeg = last < segments.length ? segments[last] : undefined;
  if (!endSeg || endSeg.start > to - 1) endSeg = last > 0 ? segments[last - 1] : undefined;
  if (!endSeg) return null;
  const endIndex = Math.min(to, endSeg.start + endSeg.length);
  if (startIndex >= endIndex) return null;

  return {
    start: { node: startSeg.node, offset: startSeg.offset + (startIndex - startSeg.start) },
    end: { node: endSeg.node, offset: endSeg.offset + (endIndex - endSeg.start) },
  };
}

/**
 * A live DOM Range over the span's words, or null when the span maps to
 * nothing or the draft changed so much that its nodes are gone.
 */
export function rangeForSpan(map: TextMap, span: TextSpan): Range | null {
  const located = locateSpan(map, span);
  if (!located) return null;
  const { start, end } = located;
  for (const point of [start, end]) {
    if (!point.node.isConnected || point.offset > point.node.data.length) return null;
  }
  try {
    const range = start.node.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}
