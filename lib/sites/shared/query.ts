/**
 * Selector lookups that take a list of fallbacks (newest DOM first) and never
 * throw: a selector the browser rejects is skipped, as if it matched nothing.
 */

function tryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matched by the first selector that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = tryAll(root, selector);
    if (found.length > 0) return found[0];
  }
  return null;
}

/** Every element matched by the first selector that matches anything. */
export function queryFallback(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = tryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** Every element matched by any of the selectors, once each, in document order. */
export function queryUnion(root: ParentNode, selectors: readonly string[]): Element[] {
  const seen = new Set<Element>();
  for (const selector of selectors) for (const el of tryAll(root, selector)) seen.add(el);
  return inDocumentOrder([...seen]);
}

/** True when `el` matches one of the selectors. */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}

/** The nearest ancestor-or-self matching one of the selectors. */
export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (matchesAny(node, selectors)) return node;
  }
  return null;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing the Node global

/** A copy of `elements` in document order. */
export function inDocumentOrder(elements: readonly Element[]): Element[] {
  return elements.toSorted((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1,
  );
}
