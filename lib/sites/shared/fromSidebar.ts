import type { FromSidebar } from '@/lib/sidebar-protocol';

/**
 * A hand-written check of `FromSidebarSchema` (lib/sidebar-protocol.ts) for
 * content scripts: zod adds about 90 KB (gzip) to a bundle whose budget is
 * 25 KB. It accepts exactly what the schema accepts (a property test holds
 * the two together) and, like zod, returns a copy without unknown keys.
 */

const STATUSES = new Set(['pass', 'warn', 'fail', 'info']);
const WANTS = new Set(['handle', 'panel', 'overlay']);
const MAX_SPANS = 500;
const MAX_COMPOSE_ID = 100;
const MAX_EDIT = 5000;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isComposeId = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_COMPOSE_ID;
const isEditText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_EDIT;

function span(v: unknown): { start: number; end: number } | null {
  return isObject(v) && isOffset(v.start) && isOffset(v.end)
    ? { start: v.start, end: v.end }
    : null;
}

/** The message as `FromSidebarSchema` would parse it, or null when it does not fit. */
export function parseFromSidebar(data: unknown): FromSidebar | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'wiifm:ready':
      return { type: 'wiifm:ready' };
    case 'wiifm:undo':
      return { type: 'wiifm:undo' };
    case 'wiifm:focus-page':
      return { type: 'wiifm:focus-page' };
    case 'wiifm:layout':
      return typeof data.want === 'string' && WANTS.has(data.want)
        ? { type: 'wiifm:layout', want: data.want as 'handle' | 'panel' | 'overlay' }
        : null;
    case 'wiifm:revert':
      return isComposeId(data.composeId)
        ? { type: 'wiifm:revert', composeId: data.composeId }
        : null;
    case 'wiifm:apply': {
      const { composeId, target, start, end, expect, text } = data;
      if (!isComposeId(composeId) || (target !== 'body' && target !== 'subject')) return null;
      if (!isOffset(start) || !isOffset(end) || !isEditText(expect) || !isEditText(text)) {
        return null;
      }
      return { type: 'wiifm:apply', composeId, target, start, end, expect, text };
    }
    case 'wiifm:select': {
      const s = span(data.span);
      return isComposeId(data.composeId) && s
        ? { type: 'wiifm:select', composeId: data.composeId, span: s }
        : null;
    }
    case 'wiifm:highlights': {
      if (!isComposeId(data.composeId) || !Array.isArray(data.spans)) return null;
      if (data.spans.length > MAX_SPANS) return null;
      const spans: Extract<FromSidebar, { type: 'wiifm:highlights' }>['spans'] = [];
      for (const item of data.spans) {
        const s = span(item);
        if (!s || !STATUSES.has((item as Obj).status as string)) return null;
        spans.push({ ...s, status: (item as Obj).status as 'pass' | 'warn' | 'fail' | 'info' });
      }
      return { type: 'wiifm:highlights', composeId: data.composeId, spans };
    }
    default:
      return null;
  }
}
