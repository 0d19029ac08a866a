import { z } from '@/lib/zod';
import { RuleOptionsSchema } from './rules/options';

/**
 * Every setting and its default, in one place. Stored in `browser.storage.local`
 * through WXT's storage (see `settingsItem`); the touch log is in IndexedDB.
 */
export const SettingsSchema = z.object({
  rules: RuleOptionsSchema.default(RuleOptionsSchema.parse({})),
  /** Days after the last outbound touch until the next follow-up ("every week or two"). */
  defaultCadenceDays: z.number().int().min(1).max(90).default(7),
  /** Working days, 0 = Sunday … 6 = Saturday. Follow-ups never fall due on other days. */
  workingDays: z.array(z.number().int().min(0).max(6)).min(1).max(7).default([1, 2, 3, 4, 5]),
  /** Domains whose addresses are never logged (colleagues, family). Lower-case. */
  neverLogDomains: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a domain such as example.com'),
    )
    .max(200)
    .default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Storage key of the settings item. */
export const SETTINGS_KEY = 'local:settings' as const;

/**
 * Storage key of the time of the rep's last JSON backup (epoch ms), written
 * by the export itself, never by the settings form (see `lib/backup-reminder.ts`).
 */
export const LAST_BACKUP_KEY = 'local:lastBackupAt' as const;

/**
 * Storage key of the rep's collapsed/expanded choice for the sidebar, per
 * site (`lib/sidebar-layout.ts`). Written by the sidebar, an extension page,
 * so no page script can read or set it.
 */
export const SIDEBAR_LAYOUT_KEY = 'local:sidebarLayout' as const;
