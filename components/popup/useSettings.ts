import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings-store';

/** The saved settings, kept current when the options page saves. Undefined while loading. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
