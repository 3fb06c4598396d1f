import { describe, expect, it } from 'vitest';
import { deadlineAlerts } from '../../../src-main/engine/post-entry/deadlines/deadline-alerts';
import { deadlineList, entryDeadlines } from '../../../src-main/engine/post-entry/deadlines/entry-deadlines';
import { calendar, pmsDates } from './shipped-reference';

const reference = { calendar, pmsDates };
const a = entryDeadlines(
  { entry: 'B76-0324527-8', entryDate: '2025-03-14', releaseDate: '2025-03-14', scheduledLiquidation: '2026-01-22', statement: 'daily' },
  reference,
);
const b = entryDeadlines(
  {
    entry: '316-1234567-3',
    entryDate: '2025-02-03',
    releaseDate: '2025-02-03',
    liquidationDate: '2025-12-19',
    reconciliationFlagDate: '2025-02-03',
    statement: 'monthly',
  },
  reference,
);
const entries = [a, b].map((d) => ({ entry: d.entry, deadlines: deadlineList(d) }));

describe('deadline alerts', () => {
  it('lists the deadlines within N days of today, soonest first, with the days left', () => {
    // a: PSC 2026-01-07 (15 days before 22 Jan). b: PSC Sun 2025-11-30 (act by Fri 28 Nov) is past; its deemed
    // liquidation (2026-02-03), protest (2026-06-17) and reconciliation (2026-11-03) are further out.
    const alerts = deadlineAlerts(entries, '2026-01-01', 10);
    expect(alerts.map((x) => [x.entry, x.deadline.kind, x.deadline.actBy, x.daysLeft])).toEqual([['B76-0324527-8', 'psc', '2026-01-07', 6]]);
  });

  it('counts to the act-by day, so a deadline on a Saturday alerts from the Friday', () => {
    // a's deemed liquidation is Sat 2026-03-14: act by Fri 13 Mar.
    expect(deadlineAlerts(entries, '2026-03-06', 7).map((x) => [x.deadline.kind, x.deadline.date, x.daysLeft])).toEqual([
      ['deemed-liquidation', '2026-03-14', 7],
    ]);
    expect(deadlineAlerts(entries, '2026-03-14', 30).some((x) => x.deadline.kind === 'deemed-liquidation' && x.entry === a.entry)).toBe(false);
  });

  it('includes a deadline due today and leaves out those already past', () => {
    const today = deadlineAlerts(entries, b.protest!.actBy, 0);
    expect(today.map((x) => [x.entry, x.deadline.kind, x.daysLeft])).toEqual([['316-1234567-3', 'protest', 0]]);
    expect(deadlineAlerts(entries, '2030-01-01', 365)).toEqual([]);
  });

  it('refuses a negative or fractional window', () => {
    expect(() => deadlineAlerts(entries, '2026-01-01', -1)).toThrow(/whole number/);
  });
});
