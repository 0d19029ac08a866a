import { useCallback, useEffect, useState } from 'react';
import type { FromSidebar } from '@/lib/sidebar-protocol';
import { isCollapsed, sidebarLayoutItem, withCollapsed } from '@/lib/sidebar-layout';
import type { Site } from './channel';

type Want = Extract<FromSidebar, { type: 'wiifm:layout' }>['want'];

export interface SidebarLayout {
  /** What the sidebar asks the page for. */
  want: Want;
  /** The rep clicked the handle: open the panel (over the page where it does not fit beside). */
  open(): void;
  /** The rep clicked collapse: back to the handle. */
  collapse(): void;
}

/**
 * Open or handle, as the rep left it (issue 14). Beside a compose the panel
 * opens unless the rep collapsed it on this site, a choice stored in the
 * extension's storage so it holds across reloads and tabs (every open
 * sidebar follows the change at once). With no compose the sidebar rests as
 * its handle; opening it then, or where the panel does not fit beside the
 * compose, shows the panel over the page until the rep collapses it or the
 * compose changes. `composeId` is the focused compose (null: none);
 * `fits` is what the page last said.
 */
export function useSidebarLayout(opts: {
  site: Site | null;
  composeId: string | null;
  fits: boolean;
  /** A send was just logged and its Undo is on offer: the panel shows it, compose or not. */
  announcing?: boolean;
  connected: boolean;
  post: (message: FromSidebar) => void;
}): SidebarLayout {
  const { site, composeId, fits, connected, post, announcing = false } = opts;
  const [collapsed, setCollapsed] = useState(false);
  // The panel over the page, opened by the rep; tied to the compose it was opened for.
  const [forcedFor, setForcedFor] = useState<string | null | undefined>(undefined);
  const [shownFor, setShownFor] = useState(composeId);
  if (shownFor !== composeId) {
    // Another compose (or none): the rep's "open anyway" was for the last one.
    setShownFor(composeId);
    setForcedFor(undefined);
  }
  const forced = forcedFor !== undefined && forcedFor === composeId;

  useEffect(() => {
    if (!site) return;
    let live = true;
    sidebarLayoutItem.getValue().then(
      (value) => {
        if (live) setCollapsed(isCollapsed(value, site));
      },
      (error: unknown) => console.warn('[wiifm] layout unreadable:', (error as Error)?.name),
    );
    const stop = sidebarLayoutItem.watch((value) => setCollapsed(isCollapsed(value, site)));
    return () => {
      live = false;
      stop();
    };
  }, [site]);

  const remember = useCallback(
    (next: boolean) => {
      setCollapsed(next);
      if (!site) return;
      sidebarLayoutItem
        .getValue()
        .then((value) => sidebarLayoutItem.setValue(withCollapsed(value, site, next)))
        .catch((error: unknown) =>
          console.warn('[wiifm] layout not saved:', (error as Error)?.name),
        );
    },
    [site],
  );

  const want: Want =
    forced || (announcing && composeId === null)
      ? 'overlay'
      : composeId !== null && !collapsed
        ? 'panel'
        : 'handle';

  useEffect(() => {
    if (connected) post({ type: 'wiifm:layout', want });
  }, [connected, post, want]);

  const open = useCallback(() => {
    if (composeId === null) {
      setForcedFor(null);
      return;
    }
    if (collapsed) remember(false);
    if (!fits) setForcedFor(composeId);
  }, [collapsed, composeId, fits, remember]);

  const collapse = useCallback(() => {
    if (forced) setForcedFor(undefined);
    else if (composeId !== null) remember(true);
  }, [composeId, forced, remember]);

  return { want, open, collapse };
}
