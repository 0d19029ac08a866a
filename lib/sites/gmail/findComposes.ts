import { closestAny, inDocumentOrder, queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { COMPOSE_DIALOG, COMPOSE_MARKER, COMPOSE_ROOT, INLINE_CONTAINER } from './selectors';

export interface ComposeHandle {
  /** Stable for the life of this compose element on this page ("g1", "g2", …). */
  composeId: string;
  /** The compose's outermost element: the dialog for a new message, `div.M9` for an inline reply. */
  element: Element;
  /** A reply or forward inside an open thread (its subject is the thread's). */
  inline: boolean;
}

const ids = new WeakMap<Element, string>();
let nextId = 1;

/** The id `findComposes` gives this element, assigning one on first sight. */
export function composeIdOf(element: Element): string {
  let id = ids.get(element);
  if (!id) {
    id = `g${nextId++}`;
    ids.set(element, id);
  }
  return id;
}

/**
 * Every compose under `root`: new messages, pop-outs and inline replies or
 * forwards, several at once. Gmail nests its compose markers (dialog > M9 >
 * region), so each compose is reported once, by its outermost element; an
 * element holding two composes is a container, not a compose. Never throws.
 */
export function findComposes(root: ParentNode): ComposeHandle[] {
  try {
    const dialogs = queryUnion(root, COMPOSE_DIALOG).filter((d) => queryFirst(d, COMPOSE_MARKER));
    const candidates = inDocumentOrder([
      ...new Set([...queryUnion(root, COMPOSE_ROOT), ...dialogs]),
    ]);
    const isContainer = (el: Element) =>
      outermost(candidates.filter((other) => other !== el && el.contains(other))).length > 1;
    const composes = candidates.filter(
      (el) =>
        !isContainer(el) &&
        !candidates.some((outer) => outer !== el && outer.contains(el) && !isContainer(outer)),
    );
    return composes.map((element) => ({
      composeId: composeIdOf(element),
      element,
      inline: !closestAny(element, COMPOSE_DIALOG) && !!closestAny(element, INLINE_CONTAINER),
    }));
  } catch {
    return [];
  }
}

/** Those of `elements` that are not inside another of them. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
