import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import type { TextMap } from './textMap';

/**
 * Puts a suggestion the rep clicked in the sidebar into the draft (issue 14).
 * The words are replaced the way typing replaces them: the range is selected
 * and `insertText` runs on it, so the editor (Gmail's, LinkedIn's, a plain
 * field) sees an ordinary edit, fires its own `input`, and its Ctrl+Z takes
 * it back in one step. The sidebar's Undo puts the old words back the same
 * way. Nothing is replaced unless the draft still reads what the suggestion
 * was made for: the rep may have typed on since.
 */

type Apply = Extract<FromSidebar, { type: 'wiifm:apply' }>;
type Applied = Extract<ToSidebar, { type: 'wiifm:applied' }>;

/** Where a compose's words live: its editable body (with a fresh text map), a field, its subject box. */
export interface EditTarget {
  /** A contenteditable body and the map its text was read with. */
  editable?: { root: Element; map: TextMap } | null;
  /** A textarea body (LinkedIn's invitation note). */
  field?: HTMLTextAreaElement | HTMLInputElement | null;
  subject?: HTMLInputElement | null;
}

interface Point {
  node: Node;
  offset: number;
}

/** The DOM position just before text offset `index`, taking a line break from markup into the range. */
function pointBefore(map: TextMap, index: number): Point | null {
  let previous: Point | null = null;
  for (const seg of map.segments) {
    if (index >= seg.start && index < seg.start + seg.length) {
      return { node: seg.node, offset: seg.offset + (index - seg.start) };
    }
    if (seg.start + seg.length <= index) {
      previous = { node: seg.node, offset: seg.offset + seg.length };
    } else if (seg.start > index) {
      // `index` is a line break from markup: the range ends where the next text begins.
      return { node: seg.node, offset: seg.offset };
    }
  }
  return previous;
}

/** The DOM position where text offset `index` starts, or just after the text before it. */
function pointAfter(map: TextMap, index: number): Point | null {
  let previous: Point | null = null;
  for (const seg of map.segments) {
    if (index >= seg.start && index < seg.start + seg.length) {
      return { node: seg.node, offset: seg.offset + (index - seg.start) };
    }
    if (seg.start + seg.length <= index)
      previous = { node: seg.node, offset: seg.offset + seg.length };
    else break;
  }
  return previous;
}

/** Replaces text offsets `start`–`end` of a contenteditable with `text`, as typing would. */
export function replaceInEditable(
  root: Element,
  map: TextMap,
  start: number,
  end: number,
  text: string,
): boolean {
  const doc = root.ownerDocument;
  const from = pointAfter(map, start);
  const to = start === end ? from : pointBefore(map, end);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return false;
  const selection = doc.defaultView?.getSelection();
  if (!selection) return false;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  (root as HTMLElement).focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  return text === '' && !range.collapsed
    ? doc.execCommand('delete', false)
    : doc.execCommand('insertText', false, text);
}

/** Replaces `start`–`end` of a text field's value with `text`, as typing would. */
export function replaceInField(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
  text: string,
): boolean {
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  const doc = field.ownerDocument;
  return text === '' && start !== end
    ? doc.execCommand('delete', false)
    : doc.execCommand('insertText', false, text);
}

/** The words at `start`–`end` of a target's body or subject, and where they sit in the element. */
function locate(
  target: EditTarget,
  which: 'body' | 'subject',
): { text: string; replace: (start: number, end: number, text: string) => boolean } | null {
  if (which === 'subject') {
    const input = target.subject;
    if (!input) return null;
    // The sidebar was given the subject trimmed: its offsets start after the leading space.
    const lead = input.value.length - input.value.trimStart().length;
    return {
      text: input.value.trim(),
      replace: (s, e, t) => replaceInField(input, s + lead, e + lead, t),
    };
  }
  if (target.editable) {
    const { root, map } = target.editable;
    return { text: map.text, replace: (s, e, t) => replaceInEditable(root, map, s, e, t) };
  }
  if (target.field) {
    const field = target.field;
    return { text: field.value, replace: (s, e, t) => replaceInField(field, s, e, t) };
  }
  return null;
}

interface Done {
  composeId: string;
  target: 'body' | 'subject';
  start: number;
  /** What the suggestion put there, and what it replaced. */
  inserted: string;
  replaced: string;
}

/**
 * Applies suggestions and undoes the last one, per content script. `target`
 * is asked for the compose's current elements each time, so a stale map is
 * never used.
 */
export function createSuggestionEditor() {
  let last: Done | null = null;
  const answer = (composeId: string, action: 'apply' | 'revert', error?: string): Applied => ({
    type: 'wiifm:applied',
    composeId,
    action,
    ok: error === undefined,
    ...(error !== undefined && { error }),
  });

  return {
    apply(msg: Apply, target: EditTarget | null): Applied {
      const found = target && locate(target, msg.target);
      if (!found)
        return answer(msg.composeId, 'apply', `this draft has no ${msg.target} to change`);
      if (found.text.slice(msg.start, msg.end) !== msg.expect) {
        return answer(msg.composeId, 'apply', 'the draft changed since; pick the suggestion again');
      }
      if (!found.replace(msg.start, msg.end, msg.text)) {
        return answer(msg.composeId, 'apply', "the page didn't take the change");
      }
      last = {
        composeId: msg.composeId,
        target: msg.target,
        start: msg.start,
        inserted: msg.text,
        replaced: msg.expect,
      };
      return answer(msg.composeId, 'apply');
    },
    revert(composeId: string, target: EditTarget | null): Applied {
      const done = last;
      if (!done || done.composeId !== composeId) {
        return answer(composeId, 'revert', 'nothing to undo');
      }
      const found = target && locate(target, done.target);
      const end = done.start + done.inserted.length;
      if (!found || found.text.slice(done.start, end) !== done.inserted) {
        return answer(composeId, 'revert', 'the draft changed since; use Ctrl+Z in the draft');
      }
      if (!found.replace(done.start, end, done.replaced)) {
        return answer(composeId, 'revert', "the page didn't take the change");
      }
      last = null;
      return answer(composeId, 'revert');
    },
  };
}
