import { z } from '@/lib/zod';

/**
 * Messages from content scripts to the background, over `browser.runtime`.
 * The page cannot send these (no `externally_connectable`), so these are the
 * only way a Gmail or LinkedIn tab writes to the touch log. The background
 * parses each with `MessageSchema` and answers `{ ok: false, error }` to
 * anything that does not fit. Answers carry ids and counts, never contact data.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  /** The rep sent an email: one outbound touch per recipient contact. */
  z.object({
    type: z.literal('touch.emailSent'),
    recipients: z.array(z.string().max(320)).min(1).max(100),
    subject: z.string().max(2000),
    /** Body as checked (for the score); never stored. */
    text: z.string().max(100_000),
    /** Stable per send, so a retried message logs nothing twice. */
    externalId: z.string().min(1).max(200),
    at: z.number().int().optional(),
  }),
  /** A message from someone was opened in a thread: one inbound touch, once. */
  z.object({
    type: z.literal('touch.emailReceived'),
    from: z.string().max(320),
    subject: z.string().max(2000),
    /** Gmail's message id (`data-message-id` / legacy id). */
    externalId: z.string().min(1).max(200),
    at: z.number().int().optional(),
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
