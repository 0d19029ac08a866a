import { useCallback, useRef, type RefObject } from 'react';
import type { Check } from '@/lib/rules/types';
import { advanceCursor, spanForClick, type ClickCursor } from './format';

/**
 * For text typed into the sidebar itself (voicemail, paste-in): clicking a
 * check selects its words in the textarea, cycling on repeated clicks.
 */
export function useTextareaSelect(
  ref: RefObject<HTMLTextAreaElement | null>,
): (check: Check) => void {
  const cursor = useRef<ClickCursor | null>(null);
  return useCallback(
    (check: Check) => {
      const el = ref.current;
      if (!el) return;
      cursor.current = advanceCursor(cursor.current, 'local', check.id);
      const span = spanForClick(check.spans, cursor.current.clicks);
      if (!span) return;
      el.focus();
      el.setSelectionRange(span.start, span.end);
    },
    [ref],
  );
}
