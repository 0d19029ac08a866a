import { describe, expect, it } from 'vitest';
import type { Channel, Direction } from '@/lib/db/model';
import { followUpRecords, onTimeShareOf } from './onTime';
import { local } from './testing';

const BERLIN = 'Europe/Berlin';
const opts = (now: string) => ({
  now: local(now, BERLIN),
  timeZone: BERLIN,
  defaultCadenceDays: 7,
  workingDays: [1, 2, 3, 4, 5],
});
const t = (when: string, direction: Direction, channel: Channel = 'email') => ({
  at: local(when, BERLIN),
  direction,
  channel,
});
const active = { status: 'active' as const };

describe('follow-ups done on time', () => {
  it('counts a follow-up sent on its due date as on time, and one a day later as late', () => {
    expect(
      followUpRecords(
        [t('2026-03-02 10:00', 'out'), t('2026-03-09 16:00', 'out'), t('2026-03-17 09:00', 'out')],
        active,
        opts('2026-03-17 12:00'),
      ),
    ).toEqual([
      { dueDate: '2026-03-09', doneDate: '2026-03-09', onTime: true },
      { dueDate: '2026-03-16', doneDate: '2026-03-17', onTime: false },
    ]);
  });

  it('expects a reply answered the same day', () => {
    const answeredSameDay = followUpRecords(
      [t('2026-03-02 10:00', 'out'), t('2026-03-04 15:00', 'in'), t('2026-03-04 18:00', 'out')],
      active,
      opts('2026-03-05 09:00'),
    );
    expect(answeredSameDay).toEqual([
      { dueDate: '2026-03-04', doneDate: '2026-03-04', onTime: true },
    ]);
    const answeredNextDay = followUpRecords(
      [t('2026-03-02 10:00', 'out'), t('2026-03-04 15:00', 'in'), t('2026-03-05 09:00', 'out')],
      active,
      opts('2026-03-05 10:00'),
    );
    expect(answeredNextDay).toEqual([
      { dueDate: '2026-03-04', doneDate: '2026-03-05', onTime: false },
    ]);
  });

  it('does not count a second email the same morning as a follow-up', () => {
    expect(
      followUpRecords(
        [t('2026-03-02 09:00', 'out'), t('2026-03-02 09:05', 'out')],
        active,
        opts('2026-03-03 09:00'),
      ),
    ).toEqual([]);
  });

  it('counts a follow-up that never came as missed once it is overdue, not before', () => {
    const touches = [t('2026-03-02 10:00', 'out')];
    expect(followUpRecords(touches, active, opts('2026-03-09 18:00'))).toEqual([]);
    expect(followUpRecords(touches, active, opts('2026-03-10 09:00'))).toEqual([
      { dueDate: '2026-03-09', onTime: false },
    ]);
  });

  it('counts nothing owed by a client or after a definitive no', () => {
    const touches = [t('2026-03-02 10:00', 'out')];
    expect(followUpRecords(touches, { status: 'client' }, opts('2026-04-01 09:00'))).toEqual([]);
    expect(followUpRecords(touches, { status: 'no' }, opts('2026-04-01 09:00'))).toEqual([]);
  });

  it('counts a follow-up already late when they wrote in as missed', () => {
    expect(
      followUpRecords(
        [t('2026-03-02 10:00', 'out'), t('2026-03-12 10:00', 'in'), t('2026-03-12 11:00', 'out')],
        active,
        opts('2026-03-13 09:00'),
      ),
    ).toEqual([
      { dueDate: '2026-03-09', onTime: false },
      { dueDate: '2026-03-12', doneDate: '2026-03-12', onTime: true },
    ]);
  });

  it('ignores notes', () => {
    expect(
      followUpRecords(
        [
          t('2026-03-02 10:00', 'out'),
          t('2026-03-05 10:00', 'out', 'note'),
          t('2026-03-09 10:00', 'out'),
        ],
        active,
        opts('2026-03-09 12:00'),
      ),
    ).toEqual([{ dueDate: '2026-03-09', doneDate: '2026-03-09', onTime: true }]);
  });
});

describe('on-time share', () => {
  const records = [
    { dueDate: '2026-02-20', onTime: false },
    { dueDate: '2026-03-02', doneDate: '2026-03-02', onTime: true },
    { dueDate: '2026-03-03', doneDate: '2026-03-05', onTime: false },
    { dueDate: '2026-03-04', doneDate: '2026-03-04', onTime: true },
    { dueDate: '2026-03-05', doneDate: '2026-03-05', onTime: true },
  ];

  it('is the share of follow-ups due in the window that came by their date', () => {
    expect(onTimeShareOf(records, '2026-03-01', '2026-03-07')).toBe(0.75);
  });

  it('is null when nothing fell due', () => {
    expect(onTimeShareOf(records, '2026-04-01', '2026-04-07')).toBeNull();
  });
});
