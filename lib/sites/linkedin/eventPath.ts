/**
 * The elements an event passes through, innermost first, across open shadow
 * roots (LinkedIn mounts its newer messaging UI in one). Falls back to the
 * target's ancestors where `composedPath` is missing. Never throws.
 */
export function eventPath(event: Event): Element[] {
  try {
    const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
    if (path.length > 0) return path.filter((node): node is Element => isElement(node));
    const chain: Element[] = [];
    for (let el = event.target as Element | null; el && isElement(el); el = el.parentElement)
      chain.push(el);
    return chain;
  } catch {
    return [];
  }
}

function isElement(node: unknown): node is Element {
  return !!node && typeof node === 'object' && (node as Node).nodeType === 1;
}
