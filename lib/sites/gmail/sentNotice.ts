import { queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { NOTICE, NOTICE_AREA, NOTICE_UNDO, NOTICE_VIEW_MESSAGE } from './selectors';

export interface SentNotice {
  /** The notice element (`.vh`). */
  notice: Element;
  /** Its Undo link while the undo window is open, else null. */
  undo: Element | null;
  /** Its "View message" link: only a message that went (or is scheduled) has one. */
  view: Element | null;
}

/**
 * Gmail's notice at the foot of the page when it offers Undo or "View
 * message" ("Message sent · Undo · View message", "Send scheduled for … ·
 * Undo · View message", also "Draft discarded · Undo"), else null. Gmail
 * replaces the notice's children for each new notice, so a new Undo link
 * element means a new notice. Never throws.
 */
export function readSentNotice(doc: Document): SentNotice | null {
  try {
    for (const area of queryUnion(doc, NOTICE_AREA)) {
      if (!shown(area)) continue;
      for (const notice of queryUnion(area, NOTICE)) {
        const undo = queryFirst(notice, NOTICE_UNDO);
        const view = queryFirst(notice, NOTICE_VIEW_MESSAGE);
        if ((undo && shown(undo)) || (view && shown(view))) {
          return { notice, undo: undo && shown(undo) ? undo : null, view };
        }
      }
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Whether Gmail still shows `el`. A notice that timed out may stay in the
 * page: gmail.js (2014–2026) notes Gmail parks the notice area at
 * `top: -10000px` when no notice shows; a hidden or removed link counts as
 * gone too.
 */
function shown(el: Element): boolean {
  const style = (el as HTMLElement).style;
  const top = Number.parseFloat(style?.top ?? '');
  return (
    el.isConnected &&
    !el.hasAttribute('hidden') &&
    style?.visibility !== 'hidden' &&
    style?.display !== 'none' &&
    !(top <= -1000)
  );
}
