import { closestAny, queryFirst } from '@/lib/sites/shared/query';
import { parseGmailDate } from './gmailDate';
import {
  SCHEDULE_MENU,
  SCHEDULE_PICK_DATE,
  SCHEDULE_PICK_TIME,
  SCHEDULE_PRESET,
  SCHEDULE_PRESET_TIME,
} from './selectors';

const DIALOG = ['[role="dialog"]', '[role="alertdialog"]'];
const BUTTON = ['button', '[role="button"]'];

/**
 * Calls `onChoose` when the rep picks a time in Gmail's "Schedule send"
 * dialog: one of its suggestions ("Tomorrow morning · Nov 24, 8:00 AM"), or
 * a button of "Pick date & time" (or Enter in it) with its date and time
 * fields (Cancel included: nothing follows then, as Gmail shows no
 * notice). `at` is null
 * when the time does not read as one. Only the rep's own clicks and keys
 * count. Returns an unsubscribe.
 */
export function watchScheduleChoice(
  doc: Document,
  onChoose: (at: number | null) => void,
  now: () => number = Date.now,
): () => void {
  const choose = (target: EventTarget | null, byKey: boolean) => {
    if (!target || typeof (target as Element).closest !== 'function') return;
    const el = target as Element;
    const preset = closestAny(el, SCHEDULE_PRESET);
    if (preset && closestAny(preset, SCHEDULE_MENU)) {
      const text = queryFirst(preset, SCHEDULE_PRESET_TIME)?.textContent ?? '';
      onChoose(parseGmailDate(text, { upcomingFrom: now() }) ?? null);
      return;
    }
    // A click on one of the picker's buttons, or Enter anywhere in it (the time field submits).
    const from = byKey ? el : closestAny(el, BUTTON);
    const dialog = from && closestAny(from, DIALOG);
    const date = dialog && (queryFirst(dialog, SCHEDULE_PICK_DATE) as HTMLInputElement | null);
    const time = dialog && (queryFirst(dialog, SCHEDULE_PICK_TIME) as HTMLInputElement | null);
    if (date && time) {
      const text = `${date.value ?? ''} ${time.value ?? ''}`;
      onChoose(parseGmailDate(text, { upcomingFrom: now() }) ?? null);
    }
  };
  const onClick = (event: Event) => {
    if (event.isTrusted) choose(event.target, false);
  };
  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (event.isTrusted && !key.repeat && (key.key === 'Enter' || key.key === ' ')) {
      choose(event.target, key.key === 'Enter');
    }
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeyDown, true);
  };
}
