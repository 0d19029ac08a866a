import { buildTextMap, type TextMap } from '@/lib/sites/shared/textMap';
import { closestAny, queryFirst } from '@/lib/sites/shared/query';
import { normaliseProfileUrl } from './normaliseProfileUrl';
import { MESSAGE_THREAD, THREAD_PARTNER_LINK, THREAD_PARTNER_NAME } from './selectors';
import { textOf } from './text';

export interface MessageDraft {
  /** The message as the rep sees it: paragraphs become line breaks. */
  text: string;
  /** From offsets in `text` back to the composer's Text nodes (see `rangeForSpan`). */
  map: TextMap;
  /** The other person in the thread, from its header, when shown. */
  partnerName?: string;
  /** Their normalised profile URL (LinkedIn links threads by member id: `/in/ACoAA…/`). */
  partnerProfileUrl?: string;
}

/** What could not be read, worded for the rep. */
export interface Unreadable {
  error: string;
}

/**
 * Reads a message composer and who the conversation is with. The partner
 * comes from the nearest enclosing thread (full page or chat bubble) whose
 * header links to a profile. Never throws.
 */
export function readMessageDraft(composer: Element): MessageDraft | Unreadable {
  try {
    if (!composer) return { error: 'the message box' };
    const map = buildTextMap(composer);
    return { text: map.text, map, ...readPartner(composer) };
  } catch {
    return { error: 'this message' };
  }
}

function readPartner(composer: Element): { partnerName?: string; partnerProfileUrl?: string } {
  for (
    let thread = closestAny(composer, MESSAGE_THREAD);
    thread;
    thread = thread.parentElement ? closestAny(thread.parentElement, MESSAGE_THREAD) : null
  ) {
    const link = queryFirst(thread, THREAD_PARTNER_LINK);
    const name = textOf(queryFirst(thread, THREAD_PARTNER_NAME)) ?? textOf(link);
    const url = normaliseProfileUrl(link?.getAttribute('href') ?? '') ?? undefined;
    if (name || url) {
      return {
        ...(name ? { partnerName: name.slice(0, 200) } : {}),
        ...(url ? { partnerProfileUrl: url } : {}),
      };
    }
  }
  return {};
}
