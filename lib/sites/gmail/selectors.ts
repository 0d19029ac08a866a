/**
 * Every Gmail selector we rely on, newest DOM first. Gmail's class names are
 * minified and change without notice; attributes (role, name, aria-label,
 * data-*) have outlived them so far, so they come first where they exist.
 * Fixtures: "compose 2026-03" is ../shared/fixtures/real/gmail-compose-nguyenv119.html,
 * "thread 2025-04" is ../shared/fixtures/real/gmail-thread-brocc.html.
 */

/** A compose's own container (new message, pop-out, inline reply/forward). Seen 2026-03 (compose 2026-03: `div.M9` inside the dialog). */
export const COMPOSE_ROOT = [
  'div.M9', // holds form, body and Send in both dialog and inline composes
  'div[role="region"][data-compose-id]', // the compose region inside M9, seen 2026-03
  'div.AD', // pre-2014 compose container, kept as the last resort
];

/** The floating compose window; counts as a compose only if it holds COMPOSE_MARKER. Seen 2026-03 (compose 2026-03). */
export const COMPOSE_DIALOG = ['div[role="dialog"]'];

/** Something only a compose contains, to tell a compose dialog from Gmail's other dialogs. Seen 2026-03 (compose 2026-03). */
export const COMPOSE_MARKER = [
  'input[name="subjectbox"]',
  'input[name="composeid"]',
  '[data-compose-id]',
  'div.M9',
];

/** The editable message body. Seen 2026-03 (compose 2026-03: `div#:ce.Am.Al.editable`). */
export const COMPOSE_BODY = [
  'div[g_editable="true"][role="textbox"]', // Gmail's own editable marker
  'div.Am.Al.editable', // minified classes of the same element
  'div[contenteditable="true"][role="textbox"]', // aria-label ("Message Body") is localised
];

/** The subject field (hidden but filled in inline replies). Seen 2026-03 (compose 2026-03). */
export const COMPOSE_SUBJECT = ['input[name="subjectbox"]', 'input[name="subject"]'];

/** Recipient chips with an address, in To/Cc/Bcc only (the suggestion lists beside them hold chips too). Seen 2021-10 onwards (InboxSDK notes); compose 2026-03 has the `div[name="to"]` field but no recipients yet. */
export const RECIPIENT_CHIP = [
  'div[name="to"] [data-hovercard-id], div[name="cc"] [data-hovercard-id], div[name="bcc"] [data-hovercard-id]',
  'div[name="to"] [email], div[name="cc"] [email], div[name="bcc"] [email]',
  '.GS .vR [email], .GS span.vN[email]', // pre-2021 chips
];

/** Recipient summary shown when the compose is not focused (`span[email]` under "Recipients"). Seen 2026-03 (compose 2026-03: `div.aoD.hl`). */
export const RECIPIENT_SUMMARY = ['div.aoD.hl [email]'];

/** An address typed but not yet turned into a chip. Seen 2026-03 (compose 2026-03: `input[aria-label="To recipients"]`, peoplekit combobox). */
export const RECIPIENT_INPUT = [
  'div[name="to"] input[role="combobox"], div[name="cc"] input[role="combobox"], div[name="bcc"] input[role="combobox"]',
  'input[aria-label="To recipients"]',
];

/** The Send button (not "More send options"). Seen 2026-03 (compose 2026-03: `div#:am.T-I.aoO`, tooltip "Send (⌘Enter)"). */
export const SEND_BUTTON = [
  'div[role="button"][data-tooltip^="Send"]', // tooltip is localised; English first
  'div[role="button"].aoO', // minified class of the same button
  'div.dC > div[role="button"]:first-child', // first button of the send group
];

/** Gmail's signature inside the body, with its "--" prefix. Seen 2026-03 (compose 2026-03). */
export const SIGNATURE = [
  'div.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  'span.gmail_signature_prefix',
];

/** Quoted reply/forward trail inside the body. Seen 2025-04 (thread 2025-04: `div.gmail_quote` in a sent reply). */
export const QUOTED_TRAIL = [
  'div.gmail_quote', // also `gmail_quote_container`
  'blockquote', // what the quote holds; also pasted quotes
  'div.gmail_extra', // pre-2017 wrapper of the trail
  'div.ajR', // "Show trimmed content" (…) button
];

/** The hidden draft id Gmail keeps per compose (`#msg-a:r-…`). Seen 2026-03 (compose 2026-03). */
export const DRAFT_ID = ['input[name="draft"]'];

/** Where an inline reply/forward lives (the message list of an open thread). Seen 2025-04 (thread 2025-04: `div.ip` reply area). */
export const INLINE_CONTAINER = ['[role="list"]', 'div.ip', 'td.Bu'];

/** Subject of the open thread. Seen 2025-04 (thread 2025-04: `h2.hP`). */
export const THREAD_SUBJECT = ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'];

/** One expanded message of the open thread. Seen 2025-04 (thread 2025-04: `div.adn.ads`). */
export const THREAD_MESSAGE = [
  'div.adn[data-message-id]',
  'div[data-message-id]:not([data-message-id=""])', // a span with an empty one is the "Summarize" chip
  'div[data-legacy-message-id]',
];

/** A message's sender. Seen 2025-04 (thread 2025-04: `span.gD[email]`). */
export const MESSAGE_SENDER = ['span.gD[email]', 'h3 [email]', '[email][data-hovercard-id]'];

/** A message's date, full text in `title`. Seen 2025-04 (thread 2025-04: `span.g3[title]`, "Apr 9, 2025, 3:02 AM"). */
export const MESSAGE_DATE = ['span.g3[title]', 'td.gH [title]'];

/** The account button, aria-label "Google Account: Name (me@x.com)". Seen 2025-04 (thread 2025-04, in `header#gb`). */
export const ACCOUNT_BUTTON = [
  'a[aria-label^="Google Account"]',
  'header#gb a[aria-label*="@"]', // label is localised
  '#gb [aria-label*="@"]',
];

// ── Gmail's layout: where the rep's real mail is shown ──────────────────────
// Thread and inbox readers read only inside these, so a message preview in a
// hovercard, a notification, another extension's panel or a node a script
// appends to <body> is never taken for mail the rep received or sent.

/** Gmail's main pane (thread list and open thread). Seen 2025-04 (thread 2025-04: `div.bGI.nH.oy8Mbf.S4[role=main]`, holding both). */
export const MAIN_PANE = ['div[role="main"]'];

/** The thread list's table inside the main pane. Seen 2025-04 (thread 2025-04: `table.F.cf.zt[role=grid]`, two of them, one empty). */
export const THREAD_LIST = ['table[role="grid"]'];

// ── Inbox list rows ─────────────────────────────────────────────────────────

/** One conversation row of the thread list. Seen 2025-04 (thread 2025-04: 15 `tr.zA[role=row]`, `zE` unread, `yO` read). */
export const THREAD_ROW = ['tr.zA', 'tr[role="row"]'];

/**
 * The row's participants, oldest sender first; the last one with an address
 * sent the conversation's newest message ("Inc., me" when the rep answered
 * last). Seen 2025-04 (thread 2025-04: `div.yW span[email]`, `zF` unread / `yP` read, "me" is the account).
 */
export const ROW_SENDERS = [
  '.yW [email]',
  'td.yX [email]', // fallback: the sender cell, whose hidden label (div.afn) repeats some names first
];

/**
 * The row's conversation ids: `data-thread-id` and the legacy (hex) id of its
 * newest message that is not a draft, which is the `#msg-f:` id in decimal.
 * Seen 2025-04 (thread 2025-04: `span.bqe[data-thread-id][data-legacy-last-non-draft-message-id]`).
 */
export const ROW_IDS = ['[data-legacy-last-non-draft-message-id]', '[data-legacy-last-message-id]'];

/** The row's full date in `title` ("Tue, Apr 8, 2025, 4:08 PM"), the newest message shown in this view. Seen 2025-04 (thread 2025-04: `td.xW span[title]`). */
export const ROW_DATE = ['td.xW span[title]', 'td.xW [title]'];

/** The row's subject. Seen 2025-04 (thread 2025-04: `span.bog > span.bqe`). */
export const ROW_SUBJECT = ['.y6 .bqe', '.y6 span', '.bog'];

/** The row's snippet (" - Address not found …" on a bounce). Seen 2025-04 (thread 2025-04: `span.y2`). */
export const ROW_SNIPPET = ['span.y2'];

// ── Open thread: recipients and body of a message ───────────────────────────

/** A message's recipients ("to me", "to Dana, cc Bob"). Seen 2025-04 (thread 2025-04: `span.hb > span.g2[email]`). */
export const MESSAGE_RECIPIENTS = ['span.hb [email]', 'span.g2[email]'];

/** A message's body, read only for a bounce's failed address. Seen 2025-04 (thread 2025-04: `div.a3s.aiL`). */
export const MESSAGE_BODY = ['div.a3s'];

// ── Send, Undo, Schedule send ───────────────────────────────────────────────

/** Where Gmail shows its notices ("Message sent", "Draft discarded"). Seen 2026-07 (InboxSDK gmail-butter-bar-driver.ts: `div.b8[role="alert"]`); gmail.js infobox (2014–2026): `.b8.UC`. */
export const NOTICE_AREA = ['div.b8[role="alert"]', '.b8.UC'];

/** The notice itself, its children replaced per notice. Seen 2026-07 (InboxSDK: `.vh` inside the area), 2026-01 (zoidsh/meru mail.ts). */
export const NOTICE = ['.vh'];

/** The notice's Undo link (sent, scheduled, discarded, archived …). Seen 2026-01 (zoidsh/meru: `span[id='link_undo']`), Selenium suites 2016–2025. */
export const NOTICE_UNDO = ['#link_undo', '[id="link_undo"]'];

/**
 * The notice's "View message" link: only a sent (or scheduled) message has
 * one, so with Undo it tells "Message sent" from "Draft discarded". Seen
 * 2026-01 (zoidsh/meru: `.vh:has(#link_undo):has(#link_vsm)` is "message sent"), Selenium suites 2016–2025 waiting for `#link_vsm` after Send.
 */
export const NOTICE_VIEW_MESSAGE = ['#link_vsm', '[id="link_vsm"]'];

/** "Schedule send" in the compose's "More send options" menu. Seen 2026-07 (InboxSDK gmail-compose-view.ts: `[selector="scheduledSend"]`); gmail.js (2026-03): `.J-N.yr`. */
export const SCHEDULE_SEND_ITEM = ['[selector="scheduledSend"]', '.J-N.yr'];

/** The "Schedule send" dialog's list of times. Seen 2026-01 (chaser164/gmail-schedule-send-enhancer: `.ZkmAeb[role="menu"]`). */
export const SCHEDULE_MENU = ['.ZkmAeb[role="menu"]'];

/** A suggested time in that list ("Tomorrow morning" / "Nov 24, 8:00 AM"). Seen 2026-01 (chaser164: `.Az[role="menuitem"]`, title `.Aj`, time `.Ay`). */
export const SCHEDULE_PRESET = ['.Az[role="menuitem"]'];

/** The preset's time text ("Nov 24, 8:00 AM", no year). Seen 2026-01 (chaser164: `.Ay`). */
export const SCHEDULE_PRESET_TIME = ['.Ay'];

/** The date and time fields of "Pick date & time". Seen 2026-01 (chaser164: `input[aria-label="Date"]`, `input[aria-label="Time"]`; labels are localised). */
export const SCHEDULE_PICK_DATE = ['input[aria-label="Date"]'];
export const SCHEDULE_PICK_TIME = ['input[aria-label="Time"]'];
