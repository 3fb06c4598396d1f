import { describe, expect, it } from 'vitest';
import { compute, domestic, drawsOf, exportOf, receipt, remainingOf, WORKED_INVENTORY } from './helpers';

// 19 CFR 191.14(c), low-to-high blanket: domestic withdrawals are not recorded; an export may draw on
// any earlier receipt within the statutory period (5 years: 19 U.S.C. 1313(j)(1); 19 CFR 190.51(e)).
describe('low-to-high blanket', () => {
  it('works the shared inventory: domestic sales left out, any earlier receipt lowest first', () => {
    const report = compute('low-to-high-blanket', WORKED_INVENTORY);
    expect(report.withdrawals.map((w) => w.id)).toEqual(['W1', 'W3']);
    expect(drawsOf(report, 'W1')).toBe('R2:100 R1:50');
    // unlike the 30-day turnover variant, W3 may still reach R1 ($1.00) from 01-02
    expect(drawsOf(report, 'W3')).toBe('R1:50');
    expect(report.totalExportDrawback).toBe('100.00');
    expect(remainingOf(report)).toBe('R3:100');
  });

  // "before the close of the 5-year period beginning on the date of importation": the receipt date is
  // the period's first day, so the five years close the day before the fifth anniversary
  it('reaches a receipt up to the day before its fifth anniversary, not on the anniversary', () => {
    const stock = [receipt('R1', '2001-03-15', 10, '1.00')];
    const lastDay = compute('low-to-high-blanket', [...stock, exportOf('E1', '2006-03-14', 4)]);
    expect(drawsOf(lastDay, 'E1')).toBe('R1:4');
    const onAnniversary = compute('low-to-high-blanket', [...stock, exportOf('E1', '2006-03-15', 4)]);
    expect(onAnniversary.withdrawals[0]).toMatchObject({ unattributedQuantity: 4, draws: [], drawback: '0.00' });
  });

  it('counts five years from 29 February to 27 February of a common year (the anniversary taken as 28 February)', () => {
    const stock = [receipt('LEAP', '2004-02-29', 10, '1.00')];
    expect(drawsOf(compute('low-to-high-blanket', [...stock, exportOf('E1', '2009-02-27', 1)]), 'E1')).toBe('LEAP:1');
    expect(compute('low-to-high-blanket', [...stock, exportOf('E1', '2009-02-28', 1)]).withdrawals[0]!.unattributedQuantity).toBe(1);
  });

  it('prefers a lower rate still in the period over a higher one, skipping expired stock', () => {
    const report = compute('low-to-high-blanket', [
      receipt('EXPIRED', '2000-01-01', 50, '0'),
      receipt('CHEAP', '2003-06-01', 5, '0.40'),
      receipt('DEAR', '2005-06-01', 50, '4.00'),
      exportOf('E1', '2005-07-01', 8),
    ]);
    expect(drawsOf(report, 'E1')).toBe('CHEAP:5 DEAR:3');
    expect(report.totalExportDrawback).toBe('14.00');
    expect(remainingOf(report)).toBe('EXPIRED:50 DEAR:47');
  });

  it('ignores domestic withdrawals entirely and reports what no receipt covers as unattributed', () => {
    const report = compute('low-to-high-blanket', [receipt('R1', '2001-01-02', 5, '1.00'), domestic('S1', '2001-01-03', 99), exportOf('E1', '2001-01-04', 7)]);
    expect(report.withdrawals).toHaveLength(1);
    expect(report.withdrawals[0]).toMatchObject({ id: 'E1', drawback: '5.00', unattributedQuantity: 2 });
  });
});
