/** The Gmail adapter: the only code that knows Gmail's DOM. */
export { accountEmail } from './accountEmail';
export { startGmailCoach, type GmailCoachDeps } from './coach';
export { draftId } from './draftId';
export { composeIdOf, findComposes, type ComposeHandle } from './findComposes';
export { findBody, readDraft, type Draft, type Unreadable } from './readDraft';
export { normaliseAddress, readRecipients } from './readRecipients';
export { parseGmailDate, readThread, type Thread, type ThreadMessage } from './readThread';
export { watchSend } from './watchSend';
export { rangeForSpan, type TextMap } from '@/lib/sites/shared/textMap';
