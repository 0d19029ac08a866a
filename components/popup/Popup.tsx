import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { systemTimeZone } from '@/lib/badge/midnight';
import {
  dueToday,
  getDb,
  history,
  logTouch,
  onTimeShare,
  setStatus,
  snooze,
  touchesPerWeek,
  type DueItem,
} from '@/lib/db';
import { exportJsonBackup } from '@/components/exportBackup';
import { useLastBackup } from '@/components/useLastBackup';
import { useSavedSettings } from '@/components/useSettings';
import { backupReminder } from '@/lib/backup-reminder';
import { BackupReminder } from './BackupReminder';
import { DueList } from './DueList';
import type { DueActions } from './DueRow';
import { lastNote } from '@/components/contactFacts';
import { openTarget, startOfDayAfter } from './format';
import { WeeklyChart } from './WeeklyChart';
import './popup.css';

const CHART_WEEKS = 8;

/** The badge's click: today's follow-ups and how the last weeks went. */
export function Popup() {
  const settings = useSavedSettings();
  const timeZone = systemTimeZone();
  const [status, setStatusText] = useState('');
  // For "5 days ago" labels; the popup lives for seconds, the queries read the clock themselves.
  const [now] = useState(() => new Date());
  const [lastBackupAt, setLastBackupAt] = useLastBackup();
  const [exporting, setExporting] = useState(false);

  const due = useLiveQuery(
    () => (settings ? dueToday(getDb(), { now: new Date(), timeZone, settings }) : undefined),
    [settings, timeZone],
  );
  // Today's list first: the chart's queries read far more of the log (the
  // on-time share reads every contact), and run beside "due today" they held
  // the list back by seconds on a book of 10,000 contacts (bench/browser.ts).
  const listShown = due !== undefined;
  const weeks = useLiveQuery(
    () =>
      listShown
        ? touchesPerWeek(getDb(), { now: new Date(), timeZone, weeks: CHART_WEEKS })
        : undefined,
    [timeZone, listShown],
  );
  const onTime = useLiveQuery(
    () =>
      settings && listShown
        ? onTimeShare(getDb(), { now: new Date(), timeZone, settings, weeks: CHART_WEEKS })
        : undefined,
    [settings, timeZone, listShown],
  );

  // Each due contact's last note and last Gmail conversation, read after the list shows.
  const dueIds = due?.map((item) => item.contact.id!).join(',') ?? '';
  const facts = useLiveQuery(async () => {
    const out = new Map<number, { note: string | null; threadId: string | null }>();
    if (!dueIds || !due) return out;
    const db = getDb();
    for (const item of due) {
      const touches = await history(db, item.contact.id!);
      out.set(item.contact.id!, {
        note: lastNote(item.contact, touches),
        threadId: touches.find((t) => t.channel === 'email' && t.threadId)?.threadId ?? null,
      });
    }
    return out;
  }, [dueIds]);

  const hasData = useLiveQuery(async () => {
    const db = getDb();
    return (await db.contacts.count()) > 0 || (await db.touches.count()) > 0;
  }, []);
  const reminder =
    lastBackupAt === undefined || hasData === undefined
      ? null
      : backupReminder({ lastBackupAt, now, timeZone, hasData });

  const exportBackup = async () => {
    setExporting(true);
    try {
      setLastBackupAt(await exportJsonBackup(getDb()));
      setStatusText('Backup saved: check your downloads.');
    } catch (err) {
      console.error('[wiifm] popup: backup failed', err instanceof Error ? err.name : '');
      setStatusText('Could not export the backup; try again, or export from Settings.');
    } finally {
      setExporting(false);
    }
  };

  const attempt = async (what: string, fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      setStatusText(done);
    } catch (err) {
      console.error(`[wiifm] popup: ${what} failed`, err instanceof Error ? err.name : '');
      setStatusText(`Could not ${what}. Nothing was changed; try again.`);
    }
  };

  const actions: DueActions = {
    open(item: DueItem) {
      const target = openTarget(item.contact, facts?.get(item.contact.id!)?.threadId);
      if (!target) {
        setStatusText(`No email address or LinkedIn profile saved for ${item.contact.name}.`);
        return;
      }
      void browser.tabs.create({ url: target.url });
    },
    done: (item, choice) =>
      attempt(
        'log the touch',
        () =>
          logTouch(getDb(), {
            contactId: item.contact.id!,
            channel: choice.channel,
            direction: 'out',
            source: 'manual',
            ...(choice.outcome && { outcome: choice.outcome }),
          }),
        `Logged: ${choice.label.toLowerCase()} with ${item.contact.name}.`,
      ),
    snooze: (item, days) =>
      attempt(
        'snooze',
        () => snooze(getDb(), item.contact.id!, startOfDayAfter(new Date(), days, timeZone)),
        `${item.contact.name} snoozed for ${days === 1 ? 'a day' : `${days} days`}.`,
      ),
    no: (item, reason) =>
      attempt(
        'save the no',
        () => setStatus(getDb(), item.contact.id!, { no: reason }),
        `No more follow-ups for ${item.contact.name}.`,
      ),
  };

  return (
    <main
      data-wiifm="popup"
      className="popup"
      // Until both the last backup and the log's size are known, no reminder is a guess.
      data-backup-checked={lastBackupAt !== undefined && hasData !== undefined}
    >
      <header>
        <h1>Today's follow-ups</h1>
        <button
          type="button"
          className="quiet"
          data-wiifm="open-options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </header>
      {reminder && (
        <BackupReminder
          reminder={reminder}
          exporting={exporting}
          onExport={() => void exportBackup()}
        />
      )}
      <p className="status" role="status" data-wiifm="popup-status">
        {status}
      </p>
      {due === undefined || !settings ? (
        <p className="loading">Loading…</p>
      ) : (
        <DueList
          items={due}
          now={now}
          timeZone={timeZone}
          cadenceDays={settings.defaultCadenceDays}
          actions={actions}
          facts={facts}
        />
      )}
      {weeks && (
        <section aria-labelledby="chart-title" className="stats">
          <h2 id="chart-title">Your touches per week</h2>
          <WeeklyChart weeks={weeks} onTime={onTime ?? null} />
        </section>
      )}
    </main>
  );
}
