import { useCallback, useEffect, useRef, useState } from 'react';
import type { FromSidebar, ToSidebar } from '@/lib/sidebar-protocol';
import type { Connection, PageChannel } from './channel';

/**
 * The sidebar's link to its content script (see channel.ts): where it
 * stands, and `post`. Says `wiifm:ready` once connected, so the content
 * script sends the current draft.
 */
export function usePageChannel(
  channel: PageChannel,
  onMessage: (message: ToSidebar) => void,
): { status: Connection; post: (message: FromSidebar) => void } {
  const [status, setStatus] = useState<Connection>(channel.status);
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  }, [onMessage]);

  useEffect(() => {
    return channel.subscribe((m) => handler.current(m), setStatus);
  }, [channel]);

  useEffect(() => {
    if (status === 'connected') channel.post({ type: 'wiifm:ready' });
  }, [channel, status]);

  const post = useCallback((message: FromSidebar) => channel.post(message), [channel]);
  return { status, post };
}
