import { z } from '@/lib/zod';

/** Gmail's legacy hex id of a conversation (`lib/sites/gmail/threadId.ts`). */
const threadIdSchema = z.string().regex(/^[0-9a-f]{1,16}$/);

/** What a send from a compose carries, held (`touch.emailPending`) or logged (`touch.emailSent`). */
const emailSend = {
  recipients: z.array(z.string().max(320)).min(1).max(100),
  subject: z.string().max(2000),
  /** Body as checked (for the score); never stored. */
  text: z.string().max(100_000),
  /** Gmail's message id (the draft's `#msg-a:r…`), so a retried or re-seen send logs nothing twice. */
  externalId: z.string().min(1).max(200),
  at: z.number().int().optional(),
  /** The rep scheduled it: `at` is when it goes. */
  scheduled: z.boolean().optional(),
  /** Gmail's conversation (its legacy hex id, `#all/<id>` opens it): where "Reply in thread" goes. */
  threadId: threadIdSchema.optional(),
};

/**
 * Messages from content scripts to the background, over `browser.runtime`.
 * The page cannot send these (no `externally_connectable`), so these are the
 * only way a Gmail or LinkedIn tab writes to the touch log. The background
 * parses each with `MessageSchema` and answers `{ ok: false, error }` to
 * anything that does not fit. Answers carry ids and counts, never contact data.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  /**
   * The rep sent an email: one outbound touch per recipient contact. From a
   * compose, only once Gmail's undo window closed; or the rep's own message
   * found in an opened thread (sent from a phone or another computer), which
   * logs for known contacts only.
   */
  z.object({
    type: z.literal('touch.emailSent'),
    ...emailSend,
    seenIn: z.enum(['compose', 'thread']).optional(),
  }),
  /**
   * A message from someone, in an opened thread or a row of the inbox list:
   * one inbound touch, once per message id, for known contacts only. From
   * the inbox only when it is newer than the contact's last outbound touch.
   * Automatic replies and bounces log no touch.
   */
  z.object({
    type: z.literal('touch.emailReceived'),
    from: z.string().max(320),
    fromName: z.string().max(200).optional(),
    subject: z.string().max(2000),
    /** Gmail's conversation (its legacy hex id, `#all/<id>` opens it): where "Reply in thread" goes. */
    threadId: threadIdSchema.optional(),
    /** Gmail's message id (`#msg-f:…`, the same in the thread and the inbox row). */
    externalId: z.string().min(1).max(200),
    at: z.number().int().optional(),
    seenIn: z.enum(['thread', 'inbox']).optional(),
  }),
  /** A delivery failure: the contacts' addresses it names are marked undeliverable. */
  z.object({
    type: z.literal('touch.emailBounced'),
    addresses: z.array(z.string().max(320)).max(20),
    externalId: z.string().min(1).max(200),
  }),
  /** The rep sent a LinkedIn message or invitation. */
  z.object({
    type: z.literal('touch.linkedinSent'),
    profileUrl: z.string().max(500).optional(),
    name: z.string().max(200).optional(),
    text: z.string().max(100_000),
    externalId: z.string().min(1).max(200),
    at: z.number().int().optional(),
  }),
]);
export type Message = z.infer<typeof MessageSchema>;

export type MessageReply =
  { ok: true; touchIds: number[]; skipped: number } | { ok: false; error: string };

/**
 * A send Gmail took but may still undo (its notice offers Undo for 5–30 s).
 * The background holds it until the Gmail tab confirms it (`touch.emailSent`
 * with the same id) or withdraws it, and logs it itself when neither comes
 * by the longest undo window: the tab may close in between, and a send
 * that went out must still be logged (`lib/db/pendingSends.ts`).
 */
export const SendHoldSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('touch.emailPending'), ...emailSend }),
  /** The rep clicked Gmail's Undo: the held send never went. */
  z.object({ type: z.literal('touch.emailWithdrawn'), externalId: z.string().min(1).max(200) }),
]);
export type SendHold = z.infer<typeof SendHoldSchema>;

/**
 * An extension page telling a possibly sleeping background that the touch log
 * changed, so it recounts the badge (see `lib/badge/wake.ts`). It writes
 * nothing and carries nothing.
 */
export const BadgeWakeSchema = z.object({ type: z.literal('badge.wake') });
export type BadgeWake = z.infer<typeof BadgeWakeSchema>;

export function isBadgeWake(raw: unknown): raw is BadgeWake {
  return BadgeWakeSchema.safeParse(raw).success;
}

/**
 * Requests about the sidebar and its Undo, answered by the background from
 * what it alone knows (`lib/session/`). None of them carries contact data.
 */
export const ControlSchema = z.discriminatedUnion('type', [
  /** A content script about to frame the sidebar asks for its secret. */
  z.object({ type: z.literal('sidebar.mint') }),
  /** The sidebar asks whether the secret in its URL was minted for its tab. */
  z.object({ type: z.literal('sidebar.claim'), secret: z.string().max(64) }),
  /** The sidebar's Undo, relayed by its content script: withdraw this tab's latest send. */
  z.object({ type: z.literal('touch.undoLatestSend') }),
]);
export type Control = z.infer<typeof ControlSchema>;

export type ControlReply =
  | { ok: true; secret: string }
  | { ok: true; claimed: boolean }
  | { ok: true; removed: number }
  | { ok: false; error: string };
