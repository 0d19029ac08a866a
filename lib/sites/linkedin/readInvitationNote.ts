import { normaliseProfileUrl } from './normaliseProfileUrl';

export interface InvitationNote {
  text: string;
  /** Who the invitation goes to, when the page says: its profile, or `?vanityName=` of the invite page. */
  partnerProfileUrl?: string;
}

/**
 * Reads the invitation note. A textarea's value is its text one-to-one, so
 * no map is needed: spans are offsets into `value` and are selected with
 * `setSelectionRange` (the Highlight API cannot paint inside a textarea).
 * Never throws.
 */
export function readInvitationNote(
  note: HTMLTextAreaElement,
  pageUrl: string,
): InvitationNote | { error: string } {
  try {
    const value = note.value ?? note.textContent ?? '';
    if (typeof value !== 'string') return { error: 'the invitation note' };
    const partnerProfileUrl = inviteeUrl(pageUrl);
    return { text: value, ...(partnerProfileUrl ? { partnerProfileUrl } : {}) };
  } catch {
    return { error: 'the invitation note' };
  }
}

function inviteeUrl(pageUrl: string): string | undefined {
  const direct = normaliseProfileUrl(pageUrl);
  if (direct) return direct;
  try {
    const vanity = new URL(pageUrl).searchParams.get('vanityName');
    return (
      (vanity &&
        normaliseProfileUrl(`https://www.linkedin.com/in/${encodeURIComponent(vanity)}/`)) ||
      undefined
    );
  } catch {
    return undefined;
  }
}
