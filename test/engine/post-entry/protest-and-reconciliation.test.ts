import { describe, expect, it } from 'vitest';
import { protestDeadline } from '../../../src-main/engine/post-entry/deadlines/protest-deadline';
import { reconciliationDue } from '../../../src-main/engine/post-entry/deadlines/reconciliation-due';
import { calendar } from './shipped-reference';

// 19 CFR 174.12(e): "within 180 days of a decision relating to an entry made on or after December 18,
// 2004 ... after ... the date of liquidation"; 90 days for older entries.
describe('protest due date', () => {
  it('is 180 days after the liquidation date', () => {
    // 12 Dec 2025 + 19 days = 31 Dec; + 161 days into 2026 = 10 Jun.
    const d = protestDeadline('2025-01-31', '2025-12-12', '2026-01-31', calendar);
    expect(d).toMatchObject({ kind: 'protest', date: '2026-06-10', actBy: '2026-06-10' });
    expect(d.rule).toMatch(/180 days after the liquidation date 2025-12-12.*19 CFR 174\.12\(e\)/);
  });

  it('falls on Juneteenth 2024 for a Friday liquidation on 22 Dec 2023, and says to file the day before', () => {
    const d = protestDeadline('2023-01-05', '2023-12-22', '2024-01-05', calendar);
    expect(d.date).toBe('2024-06-19');
    expect(d.actBy).toBe('2024-06-18');
    expect(d.rule).toMatch(/Juneteenth/);
  });

  it('is 90 days for an entry made before 18 December 2004', () => {
    expect(protestDeadline('2004-12-17', '2005-12-16', '2005-12-17', calendar)).toMatchObject({ date: '2006-03-16' });
    expect(protestDeadline('2004-12-18', '2005-12-16', '2005-12-18', calendar)).toMatchObject({ date: '2006-06-14' });
  });

  it('runs from the deemed liquidation date when a liquidation was posted after it', () => {
    const d = protestDeadline('2025-03-14', '2026-04-10', '2026-03-14', calendar);
    expect(d.date).toBe('2026-09-10');
    expect(d.rule).toMatch(/deemed liquidation date 2026-03-14/);
  });
});

// 19 U.S.C. 1484(b)(1): "no later than 21 months after the date on which the importer declares an intent".
describe('reconciliation due date', () => {
  it('is 21 months after the flag', () => {
    expect(reconciliationDue('2025-03-14', calendar)).toMatchObject({ kind: 'reconciliation', date: '2026-12-14', actBy: '2026-12-14' });
  });

  it('ends on the last day of a shorter month, in common and leap years', () => {
    const common = reconciliationDue('2025-05-31', calendar);
    expect(common).toMatchObject({ date: '2027-02-28', actBy: '2027-02-26' }); // a Sunday
    expect(common.rule).toMatch(/no day 31, so its last day/);
    expect(reconciliationDue('2026-05-31', calendar).date).toBe('2028-02-29');
    expect(reconciliationDue('2025-01-31', calendar)).toMatchObject({ date: '2026-10-31', actBy: '2026-10-30' });
  });
});
