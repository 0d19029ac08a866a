import { z } from '@/lib/zod';

/**
 * Messages between a content script and the sidebar iframe (an extension page,
 * so the touch log stays in the extension's origin). They travel over a
 * private `MessagePort` the content script hands the sidebar once (see
 * `lib/sites/shared/sidebarPort.ts`), which no page script can reach or hear.
 * Still, nothing here carries contact data from the log: draft text and
 * recipients are already the page's, and the sidebar answers with spans and
 * UI state only. Both sides parse every message and drop what does not fit.
 */
const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const ToSidebarSchema = z.discriminatedUnion('type', [
  /** The focused draft changed. Spans the sidebar returns index into `text`. */
  z.object({
    type: z.literal('wiifm:draft'),
    site: z.enum(['gmail', 'linkedin']),
    composeId: z.string().max(100),
    mode: z.enum(['email', 'linkedin']),
    subject: z.string().max(2000).optional(),
    text: z.string().max(100_000),
    recipients: z.array(z.string().max(320)).max(100),
    connectionNote: z.boolean().optional(),
    /** Display name of a LinkedIn conversation partner, when known. */
    partnerName: z.string().max(200).optional(),
    partnerProfileUrl: z.string().max(500).optional(),
  }),
  /** No compose is open: the sidebar shows "Today". */
  z.object({ type: z.literal('wiifm:no-compose'), site: z.enum(['gmail', 'linkedin']) }),
  /** A compose (or profile) is there but could not be read: offer the paste-in box. */
  z.object({
    type: z.literal('wiifm:unreadable'),
    site: z.enum(['gmail', 'linkedin']),
    what: z.string().max(200),
  }),
  /** A LinkedIn profile is open. `missing` names fields that could not be read. */
  z.object({
    type: z.literal('wiifm:profile'),
    profile: z.object({
      url: z.string().max(500),
      name: z.string().max(200).optional(),
      headline: z.string().max(500).optional(),
      company: z.string().max(200).optional(),
      /** The same member's id link (`/in/ACoAA…/`, how messaging links them), when the page has it. */
      memberUrl: z.string().max(500).optional(),
      missing: z.array(z.string().max(50)).max(10),
    }),
  }),
  /**
   * The background logged touches for a send: the sidebar offers undo. The ids
   * are shown as a count only; Undo asks the background, which removes just
   * what it logged for this tab's latest send (`wiifm:undo`).
   */
  z.object({
    type: z.literal('wiifm:logged'),
    touchIds: z.array(z.number().int()).max(100),
  }),
  /** The background's answer to `wiifm:undo`: how many touches it removed, or why none. */
  z.object({
    type: z.literal('wiifm:undone'),
    removed: z.number().int().min(0).max(100),
    error: z.string().max(200).optional(),
  }),
  /**
   * What the page made room for: the panel, or only the handle. `fits`:
   * whether the panel would fit beside the compose, clear of it and of the
   * page's content; where it does not (small window, zoom), opening the
   * handle asks for the panel over the page (`wiifm:layout` `overlay`).
   */
  z.object({
    type: z.literal('wiifm:placement'),
    shape: z.enum(['panel', 'handle']),
    fits: z.boolean(),
  }),
  /** The rep pressed the sidebar's keyboard shortcut in the page: take the focus. */
  z.object({ type: z.literal('wiifm:focus') }),
  /** What became of `wiifm:apply` or `wiifm:revert`: done, or why not. */
  z.object({
    type: z.literal('wiifm:applied'),
    composeId: z.string().max(100),
    action: z.enum(['apply', 'revert']),
    ok: z.boolean(),
    error: z.string().max(200).optional(),
  }),
]);
export type ToSidebar = z.infer<typeof ToSidebarSchema>;

export const FromSidebarSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('wiifm:ready') }),
  /** Highlight these spans of the draft (replaces earlier highlights). */
  z.object({
    type: z.literal('wiifm:highlights'),
    composeId: z.string().max(100),
    spans: z
      .array(SpanSchema.extend({ status: z.enum(['pass', 'warn', 'fail', 'info']) }))
      .max(500),
  }),
  /** The rep clicked a check: select its words in the draft. */
  z.object({ type: z.literal('wiifm:select'), composeId: z.string().max(100), span: SpanSchema }),
  /**
   * What the sidebar wants room for: its handle, the panel beside the
   * compose (only where it fits), or the panel over the page because the
   * rep opened it where it does not fit (or with no compose open).
   */
  z.object({ type: z.literal('wiifm:layout'), want: z.enum(['handle', 'panel', 'overlay']) }),
  /** The rep clicked Undo on "Logged … · Undo": withdraw this tab's latest logged send. */
  z.object({ type: z.literal('wiifm:undo') }),
  /** The rep pressed the shortcut in the sidebar: focus goes back where it was in the page. */
  z.object({ type: z.literal('wiifm:focus-page') }),
  /**
   * The rep clicked a suggestion: replace `expect`, found at `start`–`end` of
   * the draft's text (or the whole subject), with `text`. Refused when the
   * draft no longer reads `expect` there (the rep typed on meanwhile).
   */
  z.object({
    type: z.literal('wiifm:apply'),
    composeId: z.string().max(100),
    target: z.enum(['body', 'subject']),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    expect: z.string().max(5000),
    text: z.string().max(5000),
  }),
  /** The sidebar's Undo of the last suggestion applied to this compose. */
  z.object({ type: z.literal('wiifm:revert'), composeId: z.string().max(100) }),
]);
export type FromSidebar = z.infer<typeof FromSidebarSchema>;
