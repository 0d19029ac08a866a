/**
 * Marks the engine's findings in a draft with the CSS Custom Highlight API:
 * the browser paints the ranges, the draft's DOM is never touched (no wrapper
 * spans for the editor to trip over or for Gmail to send). Where the API is
 * missing, highlighting quietly does nothing and the sidebar still lists the
 * findings.
 */

export const HIGHLIGHT_STATUSES = ['fail', 'warn', 'info', 'pass'] as const;
export type HighlightStatus = (typeof HIGHLIGHT_STATUSES)[number];

/** `::highlight()` names, one per status. */
export const highlightName = (status: HighlightStatus) => `wiifm-${status}`;

const STYLE_ID = 'wiifm-highlight-style';
// Severity shows in the underline's style as well as its colour (issue 14): a
// failure wavy, a warning dashed, a tip or a pass dotted; only a failure gets a tint.
const STYLE = `
::highlight(wiifm-fail){text-decoration:underline wavy #d93025 2px;background-color:rgba(217,48,37,.10)}
::highlight(wiifm-warn){text-decoration:underline dashed #b06000 2px}
::highlight(wiifm-info){text-decoration:underline dotted #1a73e8 2px}
::highlight(wiifm-pass){text-decoration:underline dotted rgba(24,128,56,.8) 2px}
`;

interface HighlightApi {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
}

function api(doc: Document): HighlightApi | null {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const registry = win.CSS?.highlights;
  const ctor = win.Highlight;
  return registry && typeof ctor === 'function' ? { registry, Highlight: ctor } : null;
}

/** Whether this browser can paint highlights. */
export function highlightsSupported(doc: Document): boolean {
  try {
    return api(doc) !== null;
  } catch {
    return false;
  }
}

function ensureStyle(doc: Document) {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).append(style);
}

/**
 * Replaces all our highlights in `doc` with these ranges. Later statuses in
 * HIGHLIGHT_STATUSES paint under earlier ones (a failure shows over a pass).
 * Returns false when highlights are unsupported or the browser refused them.
 */
export function setHighlights(
  doc: Document,
  marks: readonly { range: Range; status: HighlightStatus }[],
): boolean {
  try {
    const found = api(doc);
    if (!found) return false;
    ensureStyle(doc);
    HIGHLIGHT_STATUSES.forEach((status, i) => {
      const ranges = marks.filter((m) => m.status === status).map((m) => m.range);
      if (ranges.length === 0) {
        found.registry.delete(highlightName(status));
        return;
      }
      const highlight = new found.Highlight(...ranges);
      highlight.priority = HIGHLIGHT_STATUSES.length - i;
      found.registry.set(highlightName(status), highlight);
    });
    return true;
  } catch {
    return false;
  }
}

/** Removes all our highlights from `doc`. */
export function clearHighlights(doc: Document): void {
  setHighlights(doc, []);
}

/**
 * Selects the range's words for the rep (a click on a finding in the
 * sidebar): focuses the editable that holds them, selects a copy of the range
 * (the selection then moves with the caret, not our highlight) and scrolls it
 * into view. Returns false when it could not.
 */
export function selectSpan(range: Range): boolean {
  try {
    const doc = range.startContainer.ownerDocument;
    const win = doc?.defaultView;
    const selection = win?.getSelection();
    if (!selection) return false;
    const start =
      range.startContainer.nodeType === 1
        ? (range.startContainer as Element)
        : range.startContainer.parentElement;
    const editable = start?.closest('[contenteditable]:not([contenteditable="false"])');
    (editable as HTMLElement | null)?.focus({ preventScroll: true });
    selection.removeAllRanges();
    selection.addRange(range.cloneRange());
    start?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    return true;
  } catch {
    return false;
  }
}
