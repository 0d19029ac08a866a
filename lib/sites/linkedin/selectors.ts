/**
 * Every LinkedIn selector the adapter uses, fallbacks in order. Each says what
 * it finds, when it was last seen on a real page and in which saved page
 * (`../shared/fixtures/real/`): `brocc` (profile 2025-04 and messaging
 * 2025-04), `austinoboyle` (profile 2022-03), `costavasili` (2026 SDUI top
 * card). LinkedIn hashes most class names since 2024, so structure, ARIA and
 * the few unhashed `msg-*` / `pv-*` classes carry the weight.
 */

// ── Profile top card ─────────────────────────────────────────────────────────

/** 2026 "SDUI" top card: componentkey "com.linkedin.sdui.profile.card.ref…Topcard", hashed classes. Seen 2026-06 (costavasili). */
export const SDUI_TOP_CARD = ['section[componentkey$="Topcard"]'];
/** Its name: the card's first h2 (it has no h1). Seen 2026-06 (costavasili). */
export const SDUI_TOP_CARD_NAME = ['h2'];

/** Earlier top card: the first card in <main>, carrying the member id. Seen 2025-04 (brocc), 2022-03 (austinoboyle). */
export const TOP_CARD = [
  'main section[data-member-id]',
  'main section.pv-top-card', // 2022-03: unhashed class, gone by 2025
];
/** Its name. Seen 2025-04 (brocc: h1 inside an aria-labelled link), 2022-03 (austinoboyle). Its h2s are company/school. */
export const TOP_CARD_NAME = ['h1'];

/** Name heading anywhere in the main column, when no top card matched. Seen 2025-04 (brocc). */
export const MAIN_NAME = ['main section h1', 'main h1'];

/** Profile photo; its `title` (and `alt`) is the member's name. Seen 2025-04 (brocc), 2022-03 (austinoboyle). */
export const TOP_CARD_PHOTO = [
  'img.pv-top-card-profile-picture__image--show[title]',
  'img.pv-top-card-profile-picture__image[title]',
];

/** Headline under the name. Seen 2025-04 (brocc), 2022-03 (austinoboyle). 2026 SDUI has plain `p`s instead (see readProfile). */
export const TOP_CARD_HEADLINE = [
  '.text-body-medium.break-words', // 2022-03 and 2025-04: the only text-body-medium in the card
  '[data-generated-suggestion-target]', // 2025-04: the headline div carries this attribute
];

/** Current-company button beside the headline; aria-label "Current company: X. Click to skip to experience card". Seen 2025-04 (brocc). */
export const TOP_CARD_COMPANY_BUTTON = ['button[aria-label^="Current company"]'];

/** Current-company text with a bare label, and its link to the experience card. Seen 2022-03 (austinoboyle). */
export const TOP_CARD_COMPANY_TEXT = ['[aria-label="Current company"]', 'a[href="#experience"]'];

/** 2026 SDUI: the company/school buttons in the top card each show a logo image. Seen 2026-06 (costavasili). */
export const TOP_CARD_LOGO_BUTTON = ['div[role="button"]'];
/** Marks a company logo inside such a button. Seen 2026-06 (costavasili), 2025-04 (brocc). */
export const COMPANY_LOGO_IMG = ['img[src*="company-logo"]'];

/** Parts of the 2026 top card that hold `p`s which are not profile text (name-pronunciation player, its dialogs). Seen 2026-06 (costavasili). */
export const TOP_CARD_NOISE = [
  '[data-vjs-player]', // the video.js player around the name recording
  '[role="dialog"]', // its hidden modal dialogs ("This is a modal window.")
  '[role="region"]',
  '[aria-hidden="true"]',
  'button',
  'audio',
];

/** Anchor of the Experience card; its section's first `li` is the latest position. Seen 2025-04 (brocc), 2022-03 (austinoboyle). */
export const EXPERIENCE_ANCHOR = ['#experience'];
/** In an experience entry: the bold first line (title, or company when roles are grouped). Seen 2025-04, 2022-03. */
export const EXPERIENCE_BOLD = ['.t-bold span[aria-hidden="true"]', '.t-bold'];
/** In an experience entry: the "Company · Full-time" line (not the light date line). Seen 2025-04, 2022-03. */
export const EXPERIENCE_COMPANY_LINE = [
  'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]',
];

/** LinkedIn's embedded API responses; the profile's entry has publicIdentifier/firstName/lastName/headline. Seen 2025-04 (brocc), 2022-03 (austinoboyle: viewer's entry only). */
export const EMBEDDED_JSON = ['code[id^="bpr-guid-"]'];

/** Links carrying the member's URN in `profileUrn=`: in the 2026 top card its Message link (`/messaging/compose/?profileUrn=…`); elsewhere the profile's own "Show all" links (`/in/<slug>/details/…?profileUrn=…`). Seen 2026-06 (costavasili), 2025-04 (brocc), 2022-03 (austinoboyle). */
export const MEMBER_URN_LINK = ['a[href*="profileUrn="]'];

/** A member URN as `profileUrn=` and the embedded entries' `entityUrn` give it; group 1 is the member id of `/in/ACoAA…` links. Seen 2026-06 (costavasili: fsd_profile), 2025-04 (brocc: fsd_profile, viewer's fs_miniProfile). */
export const MEMBER_URN =
  /^urn:li:(?:fsd_profile|fs_profile|fs_miniProfile):(ACo[A-Za-z0-9_-]{20,})$/;

/** Page metadata. Not present in the logged-in pages saved 2022–2025; kept for public/guest renders. */
export const CANONICAL_URL = ['link[rel="canonical"]', 'meta[property="og:url"]'];
export const OG_TITLE = ['meta[property="og:title"]'];

// ── Messaging (full page and chat overlay) ───────────────────────────────────

/** Message composer. Seen 2025-04 (brocc messaging: `<div class="msg-form__contenteditable" contenteditable="true" role="textbox">`). */
export const MESSAGE_COMPOSER = [
  'div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
  'form.msg-form [contenteditable="true"][role="textbox"]', // fallback: class of the editable renamed
  '.msg-overlay-conversation-bubble [contenteditable="true"]', // chat overlay (public extensions, 2024–2025)
];

/** Hosts whose open shadow root holds the messaging UI on newer pages (automation notes, 2025–2026). */
export const MESSAGING_SHADOW_HOST = ['#interop-outlet', '[data-testid="interop-shadowdom"]'];

/** The messaging page's list of conversations, which the sidebar must not cover. Seen 2025-04 (brocc messaging: `ul.msg-conversations-container__conversations-list[aria-label="Conversation List"]` inside `div.msg-conversations-container`). */
export const CONVERSATION_LIST = [
  '.msg-conversations-container', // the list with its header and filters
  'ul.msg-conversations-container__conversations-list',
  'ul[aria-label="Conversation List"]', // label is localised
];

/** The form around a composer. Seen 2025-04 (brocc: `form.msg-form`). */
export const MESSAGE_FORM = ['form.msg-form', 'form'];

/** Send button; absent while "Press Enter to Send" is on (2025-04 brocc has only the send-options toggle). */
export const MESSAGE_SEND_BUTTON = [
  'button.msg-form__send-button', // 2019–2025
  'button.msg-form__send-btn', // 2025–2026 automation notes
  'button[type="submit"]',
];

/** "Press Enter to Send" hint, shown when Enter sends. Seen 2025-04 (brocc). */
export const MESSAGE_ENTER_HINT = ['.msg-form__hint-text'];

/** Conversation around a composer: full-page thread, or a chat-overlay bubble. Seen 2025-04 (brocc: `.msg-convo-wrapper.msg-thread`). */
export const MESSAGE_THREAD = [
  '.msg-convo-wrapper',
  '.msg-thread',
  '.msg-overlay-conversation-bubble',
];

/** Thread header link to the partner's profile (href `/in/ACoAA…` member id). Seen 2025-04 (brocc). */
export const THREAD_PARTNER_LINK = [
  'a.msg-thread__link-to-profile', // full-page thread header
  '.msg-overlay-bubble-header a[href*="/in/"]', // chat overlay header
  '.msg-title-bar a[href*="/in/"]',
];

/** Thread header partner name. Seen 2025-04 (brocc: `h2.msg-entity-lockup__entity-title`). */
export const THREAD_PARTNER_NAME = [
  '.msg-entity-lockup__entity-title',
  '.msg-overlay-bubble-header__title',
  '.msg-title-bar h2',
];

/** A message in the thread; `data-event-urn` is "urn:li:msg_message:(…)". Seen 2025-04 (brocc). */
export const MESSAGE_EVENT = ['[data-event-urn^="urn:li:msg_message"]'];

/** Marks a message from the other person; the rep's own have no such modifier. Seen 2025-04 (brocc: `div.msg-s-event-listitem--other`, three of four messages). */
export const MESSAGE_FROM_OTHER = ['.msg-s-event-listitem--other'];

/**
 * The mark LinkedIn puts on the rep's own message once it went (title "Sent
 * at 6/21/2024, 11:39 PM"), inside the message's `[data-event-urn]` element.
 * A message still sending or one that failed lacks it. Seen 2025-04 (brocc:
 * `span.msg-s-event-with-indicator__sending-indicator--sent`); public send
 * automation (2025–2026) waits for the same mark as proof a message went.
 */
export const MESSAGE_SENT_MARK = [
  '.msg-s-event-with-indicator__sending-indicator--sent',
  '[data-test-msg-cross-pillar-message-sending-indicator-presenter__sending-indicator--sent]',
];

// ── Invitation ("Add a note") ────────────────────────────────────────────────

/** Invitation modal. `.send-invite` from public automation notes (2024–2026). */
export const INVITE_MODAL = [
  '.artdeco-modal.send-invite',
  '[role="dialog"].send-invite',
  '[role="dialog"]',
];

/** Invitation note box, shown after "Add a note" (300-character limit). Public automation notes, 2023–2026. */
export const INVITE_NOTE = ['textarea[name="message"]', 'textarea#custom-message'];
/** The same box when the invitation renders as a page, not a modal (`/preload/custom-invite/`, 2026 notes). */
export const INVITE_NOTE_OUTSIDE_MODAL = ['textarea#custom-message'];

/** Button that sends the invitation with its note; not "Send without a note". Public automation notes, 2023–2026. */
export const INVITE_SEND_BUTTON = [
  'button[aria-label="Send invitation"]',
  'button[aria-label="Send now"]',
  'button.artdeco-button--primary',
];
