import { describe, expect, it } from 'vitest';
import {
  backupDateLabel,
  backupReminder,
  loadLastBackup,
  recordBackup,
  reminderText,
  watchLastBackup,
} from './backup-reminder';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

describe('the backup reminder', () => {
  const remind = (lastBackupAt: number | null, now: string, hasData = true) =>
    backupReminder({ lastBackupAt, now: new Date(now), timeZone: BERLIN, hasData });

  it('reminds a rep with data who never backed up', () => {
    expect(remind(null, '2026-03-10T09:00:00Z')).toEqual({ kind: 'never' });
  });

  it('stays quiet while the log is empty: there is nothing to lose', () => {
    expect(remind(null, '2026-03-10T09:00:00Z', false)).toBeNull();
    expect(remind(at('2025-01-01T09:00:00Z'), '2026-03-10T09:00:00Z', false)).toBeNull();
  });

  it('stays quiet up to 30 days after a backup, and reminds from day 31', () => {
    const backup = at('2026-03-01T10:00:00Z');
    expect(remind(backup, '2026-03-01T18:00:00Z')).toBeNull();
    expect(remind(backup, '2026-03-31T21:00:00Z')).toBeNull(); // 30 days, late evening
    expect(remind(backup, '2026-04-01T06:00:00Z')).toEqual({ kind: 'stale', days: 31 });
    expect(remind(backup, '2026-04-11T09:00:00Z')).toEqual({ kind: 'stale', days: 41 });
  });

  it("counts days in the rep's time zone, not in UTC", () => {
    const backup = at('2026-02-28T23:30:00Z'); // 1 March, 00:30 in Berlin; still 28 February in UTC
    const now = '2026-03-31T12:00:00Z';
    expect(remind(backup, now)).toBeNull(); // 30 days in Berlin
    expect(
      backupReminder({ lastBackupAt: backup, now: new Date(now), timeZone: 'UTC', hasData: true }),
    ).toEqual({ kind: 'stale', days: 31 });
  });

  it('does not remind when the clock went back before the last backup', () => {
    expect(remind(at('2026-05-01T09:00:00Z'), '2026-03-10T09:00:00Z')).toBeNull();
  });

  it('says how old the backup is', () => {
    expect(reminderText({ kind: 'stale', days: 41 })).toBe(
      'Your log was last backed up 41 days ago',
    );
    expect(reminderText({ kind: 'never' })).toBe('Your log has never been backed up');
  });
});

describe('the date of the last backup', () => {
  it('is written as the options page shows it, in the rep’s time zone', () => {
    expect(backupDateLabel(at('2026-11-03T10:00:00Z'), BERLIN)).toBe('3 Nov 2026');
    expect(backupDateLabel(at('2026-09-30T22:30:00Z'), BERLIN)).toBe('1 Oct 2026');
    expect(backupDateLabel(at('2026-09-30T22:30:00Z'), 'UTC')).toBe('30 Sep 2026');
  });

  it('is kept in extension storage and reported to other pages', async () => {
    expect(await loadLastBackup()).toBeNull();
    const seen: (number | null)[] = [];
    const stop = watchLastBackup((value) => seen.push(value));
    await recordBackup(at('2026-11-03T10:00:00Z'));
    expect(await loadLastBackup()).toBe(at('2026-11-03T10:00:00Z'));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([at('2026-11-03T10:00:00Z')]);
    stop();
  });

  it('counts a damaged stored value as no backup', async () => {
    await browser.storage.local.set({ lastBackupAt: 'yesterday' });
    expect(await loadLastBackup()).toBeNull();
  });
});
