import { useCallback, useEffect, useRef } from 'react';
import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import { acceptMessage, originFor, outgoing, type Site } from './channel';

/**
 * Listens to the hosting page (Gmail or LinkedIn) and returns `post`, which
 * sends a protocol message back to it. Announces `wiifm:ready` once mounted so
 * the content script knows it can send the current draft. Outside an iframe, or
 * without a known site, nothing is heard and `post` does nothing.
 */
export function useParentChannel(
  site: Site | null,
  onMessage: (message: ToSidebar) => void,
): (message: FromSidebar) => void {
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  }, [onMessage]);

  const post = useCallback(
    (message: FromSidebar) => {
      if (!site || window.parent === window) return;
      const valid = outgoing(message);
      if (!valid) {
        console.warn('[wiifm sidebar] not sent, does not fit the protocol:', message.type);
        return;
      }
      window.parent.postMessage(valid, originFor(site));
    },
    [site],
  );

  useEffect(() => {
    if (!site || window.parent === window) return;
    const listener = (event: MessageEvent) => {
      const message = acceptMessage(event, window.parent, site);
      if (message) handler.current(message);
    };
    window.addEventListener('message', listener);
    post({ type: 'wiifm:ready' });
    return () => window.removeEventListener('message', listener);
  }, [site, post]);

  return post;
}
