import { liveQuery, type Subscription } from 'dexie';
import { dueToday, type DueItem } from '@/lib/db';
import { badgeFor, type Badge } from './badge';
import { localDay, nextLocalMidnight } from './midnight';
import { showBadge, type BadgeDeps } from './refresh';

/** Fires at the rep's next local midnight, when today's list becomes tomorrow's. */
export const MIDNIGHT_ALARM = 'wiifm-badge-midnight';
/**
 * Fires hourly to notice a time-zone change. Browsers raise no extension event
 * when the machine's zone changes (a rep lands in another city), and the
 * service worker sleeps, so an in-memory timer would die with it. An alarm
 * wakes the worker; comparing the zone then costs one `Intl` call. An hour
 * bounds how long the badge can show the old zone's day, and the same check
 * also runs on every runtime message and wake-up, so in practice it is sooner.
 */
export const HOURLY_CHECK_ALARM = 'wiifm-badge-hourly';

/** The slice of `browser.alarms` the badge uses. */
export interface BadgeAlarms {
  create(
    name: string,
    info: { when?: number; delayInMinutes?: number; periodInMinutes?: number },
  ): Promise<void> | void;
  get(name: string): Promise<{ name: string } | undefined>;
}

export interface BadgeController {
  /**
   * Re-reads settings, zone and clock, re-subscribes to today's follow-ups
   * (so later writes in any context update the badge on their own) and
   * re-schedules the midnight alarm. Resolves with the badge as shown.
   */
  refresh(): Promise<Badge>;
  /** Refreshes only if the zone or the local day moved since the last refresh. */
  check(): Promise<Badge | null>;
  /** Routes an `alarms.onAlarm` firing; other extensions' alarm names are ignored. */
  handleAlarm(name: string): Promise<void>;
  /** Ends the live subscription (tests; a background never stops). */
  stop(): void;
}

export function createBadgeController(
  deps: BadgeDeps & { alarms: BadgeAlarms; onError?: (what: string, err: unknown) => void },
): BadgeController {
  // The error's name only: a database error's message can quote stored values.
  const onError =
    deps.onError ??
    ((what, err) => console.error(`[wiifm] badge: ${what}`, err instanceof Error ? err.name : ''));
  // Each refresh gets a generation; an older refresh that finishes late must
  // not replace the subscription (or the badge) of a newer one.
  let generation = 0;
  let subscription: Subscription | undefined;
  let shownFor: { zone: string; day: string } | undefined;
  let waiters: { resolve: (b: Badge) => void; reject: (e: unknown) => void }[] = [];

  function settle(result: { badge: Badge } | { error: unknown }): void {
    const now = waiters;
    waiters = [];
    for (const w of now) {
      if ('badge' in result) w.resolve(result.badge);
      else w.reject(result.error);
    }
  }

  async function ensureHourlyCheck(): Promise<void> {
    // Re-creating a periodic alarm restarts its period, so only add it when
    // missing (Chrome may drop alarms across a browser restart).
    if (!(await deps.alarms.get(HOURLY_CHECK_ALARM))) {
      await deps.alarms.create(HOURLY_CHECK_ALARM, { periodInMinutes: 60 });
    }
  }

  async function refresh(): Promise<Badge> {
    const mine = ++generation;
    const shown = new Promise<Badge>((resolve, reject) => waiters.push({ resolve, reject }));
    try {
      const settings = await deps.settings();
      if (mine !== generation) return shown; // a newer refresh settles it
      const zone = deps.timeZone();
      const now = deps.now();
      shownFor = { zone, day: localDay(now, zone) };
      subscription?.unsubscribe();
      // The querier reads the clock on every run. It re-runs only for writes
      // to what it read, though, so a day that turns without such a write
      // waits for the midnight alarm or for `check()`, which the background
      // calls on every runtime message (the pages' wake-up pokes included).
      subscription = liveQuery(() =>
        dueToday(deps.db, { now: deps.now(), timeZone: zone, settings }),
      ).subscribe({
        next: (items: DueItem[]) => {
          if (mine !== generation) return;
          const badge = badgeFor(items);
          showBadge(deps.action, badge).then(
            () => settle({ badge }),
            (err) => settle({ error: err }),
          );
        },
        error: (err: unknown) => {
          onError('counting follow-ups failed', err);
          if (mine === generation) settle({ error: err });
        },
      });
      await Promise.all([
        deps.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(now, zone) }),
        ensureHourlyCheck(),
      ]);
    } catch (err) {
      onError('refresh failed', err);
      if (mine === generation) settle({ error: err });
    }
    return shown;
  }

  async function check(): Promise<Badge | null> {
    const zone = deps.timeZone();
    if (
      subscription &&
      !subscription.closed &&
      shownFor?.zone === zone &&
      shownFor.day === localDay(deps.now(), zone)
    ) {
      return null;
    }
    return refresh();
  }

  async function handleAlarm(name: string): Promise<void> {
    if (name === MIDNIGHT_ALARM) await refresh();
    else if (name === HOURLY_CHECK_ALARM) await check();
  }

  function stop(): void {
    generation++;
    subscription?.unsubscribe();
    subscription = undefined;
  }

  return { refresh, check, handleAlarm, stop };
}
