import { queryFirst, queryUnion } from '@/lib/sites/shared/query';
import { searchRoots } from './searchRoots';
import { INVITE_MODAL, INVITE_NOTE, INVITE_NOTE_OUTSIDE_MODAL } from './selectors';

/**
 * The note box of an open "Add a note" invitation, or null. LinkedIn caps the
 * note at 300 characters, so the draft it gives is checked as a connection
 * note (mode linkedin, connectionNote true). A note box outside any modal
 * counts too: 2026 pages can render the invitation as its own page
 * (`/preload/custom-invite/`). Never throws.
 */
export function findInvitationNote(root: ParentNode): HTMLTextAreaElement | null {
  try {
    for (const r of searchRoots(root)) {
      for (const modal of queryUnion(r, INVITE_MODAL)) {
        const note = queryFirst(modal, INVITE_NOTE);
        if (note) return note as HTMLTextAreaElement;
      }
      // Outside a modal only the note's own id is specific enough.
      const loose = queryFirst(r, INVITE_NOTE_OUTSIDE_MODAL);
      if (loose) return loose as HTMLTextAreaElement;
    }
  } catch {
    // fall through
  }
  return null;
}
