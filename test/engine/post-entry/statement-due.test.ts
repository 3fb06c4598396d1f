import { describe, expect, it } from 'vitest';
import { dailyStatementDue } from '../../../src-main/engine/post-entry/deadlines/daily-statement-due';
import { monthlyStatementDue } from '../../../src-main/engine/post-entry/deadlines/monthly-statement-due';
import { calendar, noPmsDates, pmsDates } from './shipped-reference';

// 19 CFR 24.25(c): daily statement payment within 10 working days; weekends and federal holidays excluded.
describe('daily statement due date', () => {
  it('is 10 working days after release, naming the holiday it skipped', () => {
    const d = dailyStatementDue('2025-06-24', calendar);
    expect(d).toMatchObject({ kind: 'daily-statement', date: '2025-07-09', actBy: '2025-07-09' });
    expect(d.rule).toMatch(/10 working days after release on 2025-06-24, not counting Independence Day on Fri 2025-07-04.*24\.25\(c\)/);
  });

  it('skips the Friday before a Saturday 4 July', () => {
    expect(dailyStatementDue('2026-06-26', calendar).date).toBe('2026-07-13');
  });

  it('skips Christmas and New Year observed on the Monday after a Sunday', () => {
    const d = dailyStatementDue('2022-12-20', calendar);
    expect(d.date).toBe('2023-01-05');
    expect(d.rule).toMatch(/Christmas Day \(observed.*Mon 2022-12-26 and New Year's Day \(observed.*Mon 2023-01-02/);
  });

  it('skips 31 Dec 2021, observed for a Saturday New Year, and Christmas observed on Fri 24 Dec', () => {
    expect(dailyStatementDue('2021-12-23', calendar).date).toBe('2022-01-10');
  });
});

// PMS test (71 FR 3315): payment on the 15th working day of the month after the month of release.
describe('monthly statement due date', () => {
  it('uses CBP’s published date for the month when the calendar has it', () => {
    const d = monthlyStatementDue('2025-06-30', pmsDates, calendar);
    expect(d).toMatchObject({ kind: 'monthly-statement', date: '2025-07-22' });
    expect(d.rule).toMatch(/15th working day of 2025-07, as CBP published it \(CSMS #63430997/);
  });

  it('takes the month after release at a month end, and across a year end', () => {
    expect(monthlyStatementDue('2025-01-31', pmsDates, calendar).date).toBe('2025-02-24');
    expect(monthlyStatementDue('2025-12-31', noPmsDates, calendar).date).toBe('2026-01-23'); // 1 Jan and 19 Jan are holidays
  });

  it('computes the 15th working day of a month CBP has not published, and says so', () => {
    const d = monthlyStatementDue('2026-01-15', pmsDates, calendar);
    expect(d.date).toBe('2026-02-23'); // Washington's Birthday, Mon 16 Feb, is skipped
    expect(d.rule).toMatch(/computed \(CBP's dates for 2026-02 are not in the PMS calendar/);
  });

  it('prefers CBP’s date where it differs from the computation, and shows both', () => {
    const published = new Map([['2026-02', { due: '2026-02-20', source: 'a test calendar' }]]);
    const d = monthlyStatementDue('2026-01-15', published, calendar);
    expect(d.date).toBe('2026-02-20');
    expect(d.rule).toMatch(/computed 15th working day would be Mon 2026-02-23, but CBP's date governs/);
  });

  it('agrees with the computation in every month of the shipped 2025 calendar (post-entry-facts §5)', () => {
    for (const [month, row] of pmsDates) {
      const released = `${Number(month.slice(5)) === 1 ? Number(month.slice(0, 4)) - 1 : month.slice(0, 4)}-${String(((Number(month.slice(5)) + 10) % 12) + 1).padStart(2, '0')}-15`;
      expect(monthlyStatementDue(released, noPmsDates, calendar).date, month).toBe(row.due);
    }
  });
});

describe('statement dates near the end of the holiday list', () => {
  it('uses a published PMS date even for a month the holiday list does not reach', () => {
    const published = new Map([['2036-01', { due: '2036-01-22', source: 'CSMS (test)' }]]);
    expect(monthlyStatementDue('2035-12-10', published, calendar)).toMatchObject({ date: '2036-01-22' });
    expect(() => monthlyStatementDue('2035-12-10', noPmsDates, calendar)).toThrow(/2015-01-01 to 2035-12-31/);
  });
});
