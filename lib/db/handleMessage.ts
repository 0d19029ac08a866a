import { checkDraft } from '@/lib/rules';
import { MessageSchema, type MessageReply } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { WiifmDB } from './db';
import { logEmailReceived, logEmailSent, logLinkedInSent, markUndeliverable } from './logging';
import { fingerprintField, scoredBy, type SendEvidence } from './sendEvidence';

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
        // The rep's own message found in a thread has no draft to score, and logs for known contacts only.
        const fromThread = msg.seenIn === 'thread';
        const r = await logEmailSent(
          db,
          {
            ...emailSendInput(msg, fromThread ? undefined : emailScore(msg, settings)),
            ...(fromThread && { knownOnly: true }),
          },
          settings,
        );
        return { ok: true, ...r };
      }
      case 'touch.emailReceived': {
        const r = await logEmailReceived(db, msg, settings);
        return { ok: true, ...r };
      }
      case 'touch.emailBounced': {
        const { touchIds, skipped } = await markUndeliverable(db, msg, settings);
        return { ok: true, touchIds, skipped };
      }
      case 'touch.linkedinSent': {
        const scored = scoredBy(() =>
          checkDraft({ mode: 'linkedin', text: msg.text }, settings.rules),
        );
        const r = await logLinkedInSent(db, {
          externalId: msg.externalId,
          ...(msg.profileUrl !== undefined && { profileUrl: msg.profileUrl }),
          ...(msg.name !== undefined && { name: msg.name }),
          ...(msg.at !== undefined && { at: msg.at }),
          ...scored,
        });
        return { ok: true, ...r };
      }
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'the touch could not be logged' };
  }
}

/** What `logEmailSent` takes from a send message, with the draft's score, statuses and fingerprint when there are. */
export function emailSendInput(
  msg: {
    recipients: string[];
    subject: string;
    externalId: string;
    at?: number;
    scheduled?: boolean;
    threadId?: string;
  },
  score: SendEvidence | undefined,
) {
  return {
    recipients: msg.recipients,
    subject: msg.subject,
    externalId: msg.externalId,
    ...score,
    ...(msg.at !== undefined && { at: msg.at }),
    ...(msg.scheduled && { scheduled: true }),
    ...(msg.threadId !== undefined && { threadId: msg.threadId }),
  };
}

/** The score of an email draft under the rep's rules, with its per-rule statuses and its fingerprint. */
export function emailScore(
  msg: { text: string; subject: string },
  settings: Pick<Settings, 'rules'>,
): SendEvidence {
  return {
    ...scoredBy(() =>
      checkDraft({ mode: 'email', text: msg.text, subject: msg.subject }, settings.rules),
    ),
    ...fingerprintField(msg.text),
  };
}
