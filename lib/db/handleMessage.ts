import { checkDraft } from '@/lib/rules';
import { MessageSchema, type MessageReply } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { WiifmDB } from './db';
import { logEmailReceived, logEmailSent, logLinkedInSent } from './logging';

/**
 * The background's answer to one runtime message from a content script.
 * Everything is parsed with `MessageSchema` first: a malformed or unknown
 * message gets `{ ok: false, error }` and writes nothing. Sends are scored
 * by the rule engine here (the text is never stored). Errors name fields
 * and codes, never the draft, names or addresses.
 */
export async function handleMessage(
  db: WiifmDB,
  raw: unknown,
  settings: Settings,
  _sender?: { tabId?: number },
): Promise<MessageReply> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'message'}: ${i.code}`)
      .join('; ');
    return { ok: false, error: `malformed message (${where})` };
  }
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'touch.emailSent': {
        const score = scoreOf(() =>
          checkDraft({ mode: 'email', text: msg.text, subject: msg.subject }, settings.rules),
        );
        const r = await logEmailSent(
          db,
          {
            recipients: msg.recipients,
            subject: msg.subject,
            externalId: msg.externalId,
            ...(score !== undefined && { score }),
            ...(msg.at !== undefined && { at: msg.at }),
          },
          settings,
        );
        return { ok: true, ...r };
      }
      case 'touch.emailReceived': {
        const r = await logEmailReceived(db, msg, settings);
        return { ok: true, ...r };
      }
      case 'touch.linkedinSent': {
        const score = scoreOf(() =>
          checkDraft({ mode: 'linkedin', text: msg.text }, settings.rules),
        );
        const r = await logLinkedInSent(db, {
          externalId: msg.externalId,
          ...(msg.profileUrl !== undefined && { profileUrl: msg.profileUrl }),
          ...(msg.name !== undefined && { name: msg.name }),
          ...(msg.at !== undefined && { at: msg.at }),
          ...(score !== undefined && { score }),
        });
        return { ok: true, ...r };
      }
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'the touch could not be logged' };
  }
}

/** The draft's score; a failing engine costs the score, never the log. */
function scoreOf(check: () => { score: number }): number | undefined {
  try {
    const score = check().score;
    return Number.isFinite(score) ? score : undefined;
  } catch {
    return undefined;
  }
}
