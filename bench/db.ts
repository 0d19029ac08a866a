/**
 * `npx tsx bench/run.ts db`: the touch log at the size of a busy rep's book,
 * 10,000 contacts and 100,000 touches, on fake-indexeddb (an in-memory
 * IndexedDB in plain JS: slower than a browser's, so figures here are an
 * upper bound).
 *
 * The book is generated from a seeded PRNG (same data every run): each
 * contact has 5–15 touches a week or so apart (email, LinkedIn, calls,
 * notes; about one in five followed by a reply), ending anywhere in the last
 * 18 months. Sequences that ended more than two weeks ago are mostly closed
 * (a definitive no or a client); 5% were left active and are overdue.
 * Sequences still running are active, a tenth snoozed. "Due today (all
 * active)" repeats the query with every contact active: the worst case.
 *
 * Goals: due today p50 < 20 ms, one contact's history p50 < 5 ms,
 * JSON import < 3 s, export < 2 s.
 */
import 'fake-indexeddb/auto';
import { dueToday, exportJson, history, importJson, openDb } from '@/lib/db';
import type { CallOutcome, Channel, Contact, ContactStatus, Direction, Touch } from '@/lib/db';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { median, prng } from './stats';

const CONTACTS = 10_000;
const TOUCHES = 100_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 11, 8); // Wednesday 11 March 2026, 09:00 in Berlin
const TIME_ZONE = 'Europe/Berlin';

const FIRST = ['Anna', 'Jörg', 'Zoë', 'Priya', 'José', 'Mei', 'Oluwaseun', 'Łukasz', 'Ana', 'Tom'];
const LAST = ['Müller', 'Weiß', 'Ødegaard', 'Sharma', 'Núñez', 'Chen', 'Adeyemi', 'Nowak', 'Smith'];
const COMPANIES = ['Globex', 'Initech', 'Umbrella GmbH', 'Fjord Fisk AS', 'Müller & Söhne', 'Acme'];

/** The book as a JSON backup, the way the rep's browser would export it. */
export function generate(): string {
  const rnd = prng(20260311);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const contacts: Contact[] = [];
  const touches: Touch[] = [];
  for (let i = 0; i < CONTACTS; i++) {
    const id = i + 1;
    const first = pick(FIRST);
    const last = pick(LAST);
    // Pairs of contacts get 10 ± k touches, so the total is exactly 100,000.
    const k = Math.floor(prng(Math.floor(i / 2) + 1)() * 6);
    const count = i % 2 === 0 ? 10 + k : 10 - k;
    const end = NOW - Math.floor(rnd() * 540 * DAY);
    const times: number[] = [end];
    for (let n = 1; n < count; n++) times.unshift(times[0]! - (5 + Math.floor(rnd() * 8)) * DAY);
    let lastWasOut = false;
    for (const at of times) {
      const direction: Direction = lastWasOut && rnd() < 0.2 ? 'in' : 'out';
      const r = rnd();
      const channel: Channel =
        r < 0.6 ? 'email' : r < 0.8 ? 'linkedin' : r < 0.95 ? 'call' : 'note';
      const touch: Touch = {
        id: touches.length + 1,
        contactId: id,
        channel,
        direction,
        at: at + Math.floor(rnd() * 10 * 3_600_000),
        source: rnd() < 0.7 ? 'auto' : 'manual',
      };
      if (channel === 'email') {
        touch.summary = `Re: ${pick(COMPANIES)} month-end close`;
        touch.externalId = `m-${touch.id}`;
        if (direction === 'out') touch.score = 40 + Math.floor(rnd() * 60);
      }
      if (channel === 'call')
        touch.outcome = pick<CallOutcome>(['connected', 'voicemail', 'no-answer']);
      touches.push(touch);
      lastWasOut = direction === 'out';
    }
    const running = end >= NOW - 14 * DAY;
    const s = rnd();
    const status: ContactStatus = running
      ? s < 0.9
        ? 'active'
        : 'paused'
      : s < 0.55
        ? 'no'
        : s < 0.95
          ? 'client'
          : 'active';
    const slug = `${first}-${last}-${id.toString(16)}`.toLowerCase();
    contacts.push({
      id,
      name: `${first} ${last}`,
      emails: [
        `${slug.replace(/[^a-z0-9-]/g, 'x')}@${pick(COMPANIES)
          .toLowerCase()
          .replace(/[^a-z]/g, '')}.example`,
      ],
      linkedinUrls: rnd() < 0.6 ? [`https://www.linkedin.com/in/${slug}/`] : [],
      company: pick(COMPANIES),
      status,
      ...(status === 'paused' && { pausedUntil: NOW + Math.floor(rnd() * 30) * DAY }),
      ...(status === 'no' && { noReason: 'No budget this year' }),
      ...(rnd() < 0.1 && { cadenceDays: 14 }),
      createdAt: times[0]!,
      updatedAt: end,
    });
  }
  if (touches.length !== TOUCHES) throw new Error(`generated ${touches.length} touches`);
  return JSON.stringify({ format: 'wiifm-backup', version: 1, contacts, touches });
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function row(label: string, value: number, goal: number): void {
  const verdict = value < goal ? 'ok' : 'MISSED';
  console.log(
    `${label.padEnd(34)} ${String(value).padStart(9)} ms   goal < ${goal} ms   ${verdict}`,
  );
}

export async function run(): Promise<Record<string, unknown>> {
  const backup = generate();
  const db = openDb('bench-' + Date.now());
  await db.open();

  const [importMs, imported] = await time(() => importJson(db, backup));

  const opts = { now: new Date(NOW), timeZone: TIME_ZONE, settings: DEFAULT_SETTINGS };
  const dueRuns: number[] = [];
  let dueCount = 0;
  for (let i = 0; i < 17; i++) {
    const [ms, due] = await time(() => dueToday(db, opts));
    if (i >= 2) dueRuns.push(ms); // two warm-up runs
    dueCount = due.length;
  }

  const rnd = prng(7);
  const historyRuns: number[] = [];
  for (let i = 0; i < 200; i++) {
    const id = 1 + Math.floor(rnd() * CONTACTS);
    const [ms] = await time(() => history(db, id));
    historyRuns.push(ms);
  }

  const exportRuns: number[] = [];
  for (let i = 0; i < 3; i++) exportRuns.push((await time(() => exportJson(db)))[0]);

  // Worst case: the same book with every contact left active.
  await db.contacts.toCollection().modify((c) => {
    c.status = 'active';
    delete c.pausedUntil;
    delete c.noReason;
  });
  const worstRuns: number[] = [];
  let worstCount = 0;
  for (let i = 0; i < 7; i++) {
    const [ms, due] = await time(() => dueToday(db, opts));
    if (i >= 2) worstRuns.push(ms);
    worstCount = due.length;
  }
  db.close();
  await db.delete();

  const figures = {
    contacts: imported.contacts,
    touches: imported.touches,
    dueTodayP50Ms: round(median(dueRuns)),
    historyP50Ms: round(median(historyRuns)),
    importMs: round(importMs),
    exportMs: round(median(exportRuns)),
    dueTodayCount: dueCount,
    dueTodayAllActiveP50Ms: round(median(worstRuns)),
    dueTodayAllActiveCount: worstCount,
  };
  console.log(`${figures.contacts} contacts, ${figures.touches} touches (fake-indexeddb)`);
  row(`due today p50 (${dueCount} due)`, figures.dueTodayP50Ms, 20);
  row('one contact history p50', figures.historyP50Ms, 5);
  row('import JSON', figures.importMs, 3000);
  row('export JSON', figures.exportMs, 2000);
  console.log(
    `${`due today, all active (${worstCount} due)`.padEnd(34)} ${String(figures.dueTodayAllActiveP50Ms).padStart(9)} ms   (worst case, no goal)`,
  );
  return { db: figures };
}
