import { buildTextMap, type TextMap } from '@/lib/sites/shared/textMap';
import { closestAny, queryFirst } from '@/lib/sites/shared/query';
import { readRecipients } from './readRecipients';
import {
  COMPOSE_BODY,
  COMPOSE_SUBJECT,
  INLINE_CONTAINER,
  QUOTED_TRAIL,
  SIGNATURE,
  THREAD_SUBJECT,
} from './selectors';

export interface Draft {
  subject: string;
  /** The body as the rep wrote it: signature and quoted trail left out. */
  text: string;
  /** Lower-cased addresses from To, Cc and Bcc, once each. */
  recipients: string[];
  /** From offsets in `text` back to the body's Text nodes (see `rangeForSpan`). */
  map: TextMap;
}

/** What could not be read, worded for the rep ("can't read the message body"). */
export interface Unreadable {
  error: string;
}

/** Gmail's own signature and quote elements; the engine strips plain-text ones itself. */
const LEFT_OUT = [...SIGNATURE, ...QUOTED_TRAIL];

/** The compose's editable body, or null. */
export function findBody(compose: Element): Element | null {
  return queryFirst(compose, COMPOSE_BODY);
}

/** Reads one compose. Never throws: a compose it cannot read gives `{ error }`. */
export function readDraft(compose: Element): Draft | Unreadable {
  try {
    const body = findBody(compose);
    if (!body) return { error: 'the message body' };
    const map = buildTextMap(body, { exclude: LEFT_OUT });
    return {
      subject: readSubject(compose),
      text: map.text,
      recipients: readRecipients(compose),
      map,
    };
  } catch {
    return { error: 'this draft' };
  }
}

function inputValue(el: Element | null): string {
  if (!el) return '';
  // `value` is what the rep typed; the attribute is only the initial value.
  const value = (el as HTMLInputElement).value ?? el.getAttribute('value') ?? '';
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The subject box, else the hidden subject field, else, for an inline reply,
 * the open thread's subject (an inline reply shows no subject box).
 */
function readSubject(compose: Element): string {
  for (const selector of COMPOSE_SUBJECT) {
    const value = inputValue(queryFirst(compose, [selector]));
    if (value) return value;
  }
  if (closestAny(compose, INLINE_CONTAINER)) {
    const heading = queryFirst(compose.ownerDocument, THREAD_SUBJECT);
    const subject = heading?.textContent?.trim();
    if (subject) return subject;
  }
  return '';
}
