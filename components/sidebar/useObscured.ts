import { useEffect, useState } from 'react';

/**
 * Whether the page is hiding the sidebar while leaving it clickable: made
 * transparent, covered, squeezed or transformed by the page's own CSS, the
 * classic way to steer a rep's click onto a button they cannot see. The page
 * owns the element our frame sits in, so it can do that; it cannot stop
 * Chrome's IntersectionObserver v2 (`trackVisibility`) from telling the frame
 * it is not plainly visible. While obscured, the sidebar is `inert`: nothing
 * in it takes a click or a key. Browsers without `trackVisibility` (Firefox)
 * report nothing and the sidebar stays usable.
 */
export function useObscured(root: HTMLElement | null, framed: boolean): boolean {
  const [obscured, setObscured] = useState(false);
  useEffect(() => {
    if (!root || !framed || typeof IntersectionObserver === 'undefined') return;
    let observer: IntersectionObserver;
    try {
      observer = new IntersectionObserver(
        (entries) => {
          const entry = entries[entries.length - 1] as IntersectionObserverEntry & {
            isVisible?: boolean;
          };
          if (typeof entry?.isVisible === 'boolean') setObscured(!entry.isVisible);
        },
        // trackVisibility needs a delay of at least 100 ms; the typings predate v2.
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
    } catch {
      return; // an engine that refuses the v2 options: nothing to track with
    }
    observer.observe(root);
    return () => observer.disconnect();
  }, [root, framed]);
  return obscured;
}
