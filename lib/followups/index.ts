/**
 * Follow-up scheduling: pure functions of a contact's touches, "now" and the
 * rep's time zone. No Dexie here; lib/db feeds these from the touch log.
 */
export * from './calendar';
export * from './cadence';
export * from './onTime';
