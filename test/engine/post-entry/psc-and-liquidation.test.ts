import { describe, expect, it } from 'vitest';
import { deemedLiquidation } from '../../../src-main/engine/post-entry/deadlines/deemed-liquidation';
import { pscCutoff } from '../../../src-main/engine/post-entry/deadlines/psc-cutoff';
import { calendar } from './shipped-reference';

// PSC: "within 300 days of the date of entry or 15 days before the scheduled liquidation date,
// whichever is earlier" (82 FR 50656); "up to 15 days before the extended liquidation date" (84 FR 40430).
describe('post-summary correction cut-off', () => {
  it('is 300 days after entry when that comes first', () => {
    // 14 Mar 2025 is day 73 of 2025: 292 days to the year end, then 8 more.
    const d = pscCutoff({ entryDate: '2025-03-14', scheduledLiquidation: '2026-03-13' }, calendar);
    expect(d.date).toBe('2026-01-08');
    expect(d.rule).toMatch(
      /earlier of 300 days after the entry date 2025-03-14 \(2026-01-08\) and 15 days before the scheduled liquidation date 2026-03-13 \(2026-02-26\).*82 FR 50656/,
    );
  });

  it('is 15 days before the scheduled liquidation when that comes first (the usual 314-day cycle)', () => {
    // Entry + 314 days = Fri 2026-01-22; 15 days before is day 299.
    expect(pscCutoff({ entryDate: '2025-03-14', scheduledLiquidation: '2026-01-22' }, calendar).date).toBe('2026-01-07');
  });

  it('keeps a cut-off that falls on a holiday and says to act the working day before', () => {
    // Scheduled Fri 16 Jan 2026: 15 days before is Thu 1 Jan 2026, New Year's Day.
    const d = pscCutoff({ entryDate: '2025-03-28', scheduledLiquidation: '2026-01-16' }, calendar);
    expect(d.date).toBe('2026-01-01');
    expect(d.actBy).toBe('2025-12-31');
    expect(d.rule).toMatch(/Thu 2026-01-01 is a federal holiday \(New Year's Day\); no rule moves the date, so act by Wed 2025-12-31/);
  });

  it('counts 300 days through 29 February in a leap year', () => {
    expect(pscCutoff({ entryDate: '2024-01-31' }, calendar).date).toBe('2024-11-26');
    expect(pscCutoff({ entryDate: '2025-01-31' }, calendar).date).toBe('2025-11-27');
  });

  it('warns that the scheduled liquidation date is unknown when it is not given', () => {
    expect(pscCutoff({ entryDate: '2025-03-14' }, calendar).rule).toMatch(/scheduled liquidation date is not known/);
  });

  it('moves to 15 days before the extended liquidation date once liquidation is extended, past day 300', () => {
    const d = pscCutoff({ entryDate: '2025-03-14', scheduledLiquidation: '2026-01-22', extendedLiquidation: '2027-03-14' }, calendar);
    expect(d.date).toBe('2027-02-27');
    expect(d.actBy).toBe('2027-02-26'); // 27 Feb 2027 is a Saturday
    expect(d.rule).toMatch(/15 days before the extended liquidation date 2027-03-14.*84 FR 40430/);
  });

  it('ends the day before an earlier liquidation: no correction of a liquidated entry', () => {
    const d = pscCutoff({ entryDate: '2025-03-14', scheduledLiquidation: '2026-01-22', liquidationDate: '2025-10-10' }, calendar);
    expect(d.date).toBe('2025-10-09');
    expect(d.rule).toMatch(/only while the entry is unliquidated/);
  });
});

// 19 CFR 159.11(a): "not liquidated within one year from the date of entry ... deemed liquidated";
// 159.12: extensions of up to a year at a time, 3 years in all.
describe('deemed liquidation', () => {
  it('is one year after entry, kept on a Saturday with the working day before to act by', () => {
    const d = deemedLiquidation('2025-03-14', undefined, calendar);
    expect(d).toMatchObject({ kind: 'deemed-liquidation', date: '2026-03-14', actBy: '2026-03-13' });
    expect(d.rule).toMatch(/One year after the entry date 2025-03-14.*19 CFR 159\.11\(a\)/);
  });

  it('takes an entry of 29 February to 28 February', () => {
    const d = deemedLiquidation('2024-02-29', undefined, calendar);
    expect(d.date).toBe('2025-02-28');
    expect(d.rule).toMatch(/29 February reaches its anniversary on 28 February/);
  });

  it('is the extended date once liquidation is extended (159.12)', () => {
    const d = deemedLiquidation('2025-03-14', '2027-03-14', calendar);
    expect(d.date).toBe('2027-03-14');
    expect(d.rule).toMatch(/extended to 2027-03-14.*no later than 2029-03-14, 4 years after entry/);
  });

  it('is still computed past the holiday list: only the weekend check is made there', () => {
    expect(deemedLiquidation('2035-06-01', '2038-06-01', calendar)).toMatchObject({ date: '2038-06-01', actBy: '2038-06-01' });
    expect(deemedLiquidation('2035-06-02', '2038-06-05', calendar)).toMatchObject({ date: '2038-06-05', actBy: '2038-06-04' }); // a Saturday
  });
});

describe('calendar-day deadlines past the holiday list', () => {
  it('say that only weekends were checked', () => {
    expect(deemedLiquidation('2035-06-01', '2038-06-01', calendar).rule).toMatch(/holiday list covers 2015-01-01 to 2035-12-31, so only weekends were checked/);
    expect(deemedLiquidation('2025-03-14', undefined, calendar).rule).not.toMatch(/only weekends/);
  });
});
