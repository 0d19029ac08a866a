/** LinkedIn adapter: the only code that knows LinkedIn's DOM (see selectors.ts). */
export { normaliseProfileUrl } from './normaliseProfileUrl';
export { isProfilePage } from './isProfilePage';
export { isMessagingPage } from './isMessagingPage';
export { readProfile, type LinkedInProfile, type ProfileField } from './readProfile';
export { findMessageComposers } from './findMessageComposers';
export { readMessageDraft, type MessageDraft, type Unreadable } from './readMessageDraft';
export { findInvitationNote } from './findInvitationNote';
export { readInvitationNote, type InvitationNote } from './readInvitationNote';
export { watchMessageSend, type SentMessage, type WatchOptions } from './watchMessageSend';
export { watchInvitationSend } from './watchInvitationSend';
