import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings-store';

/**
 * The saved settings, live: `undefined` until storage answers (and for good
 * if it cannot be read), then whatever any extension page saves.
 */
export function useSavedSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const stop = watchSettings((next) => {
      if (live) setSettings(next);
    });
    loadSettings()
      .then((loaded) => {
        if (live) setSettings(loaded);
      })
      .catch((error: unknown) => {
        console.warn('[wiifm] settings unreadable, using defaults:', (error as Error)?.name);
      });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

/**
 * The rep's settings, live: the defaults until storage answers, then whatever
 * any extension page saves (the options page changing a threshold re-checks
 * the open draft at once).
 */
export function useSettings(): Settings {
  return useSavedSettings() ?? DEFAULT_SETTINGS;
}
