import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `everyMs` (a minute by default), so due
 * lines turn from "due today" to "overdue by 1 day" at midnight without a reload.
 */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The rep's IANA time zone, as the browser reports it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
