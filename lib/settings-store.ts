import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SettingsSchema, type Settings } from './settings';

/**
 * The settings item in `browser.storage.local`. Versioned so a later shape can
 * migrate what reps already saved (add `migrations: { 2: (v1) => … }` with the
 * bump). Readers always get a full, valid object: whatever is stored is parsed
 * with the schema, and anything unreadable falls back to the defaults field by
 * field rather than failing.
 */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Stored settings merged over the defaults; never throws on a bad stored value. */
export function readSettings(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  // Keep every top-level field that is valid on its own; default the rest.
  const base = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      const field = SettingsSchema.shape[key as keyof Settings];
      if (field && field.safeParse(value).success) base[key] = value;
    }
  }
  return SettingsSchema.parse(base);
}

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

/** Validates before writing: an invalid object throws a ZodError and stores nothing. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(next);
  await settingsItem.setValue(valid);
  return valid;
}

/** Calls `cb` with the new settings whenever any context saves them. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(readSettings(value)));
}
