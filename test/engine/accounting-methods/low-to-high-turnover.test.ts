import { describe, expect, it } from 'vitest';
import { compute, domestic, drawsOf, exportOf, receipt, remainingOf, WORKED_INVENTORY } from './helpers';

// 19 CFR 191.14(c), low-to-high with an average inventory turnover period: domestic withdrawals are
// not recorded; an export may only draw on receipts within the turnover period before it.
describe('low-to-high with average inventory turnover period', () => {
  it('works the shared inventory: domestic sales left out, older stock out of the window', () => {
    const report = compute('low-to-high-turnover', WORKED_INVENTORY, 30);
    expect(report.withdrawals.map((w) => w.id)).toEqual(['W1', 'W3']);
    // W1 on 01-25: window 2000-12-26..2001-01-25 holds all three: R2 ($0) 100, R1 ($1.00) 50
    expect(drawsOf(report, 'W1')).toBe('R2:100 R1:50');
    // W3 on 02-05: window 01-06..02-05; R1 (01-02, $1.00, 50 left) is outside, so R3 ($2.00)
    expect(drawsOf(report, 'W3')).toBe('R3:50');
    expect(report.totalExportDrawback).toBe('150.00');
    // the domestic 60 were never recorded against the inventory
    expect(remainingOf(report)).toBe('R1:50 R3:50');
  });

  it('includes a receipt exactly turnoverDays before the export, and one on the export date', () => {
    const base = [receipt('OLD', '2001-01-01', 10, '0.50'), receipt('SAME', '2001-01-31', 10, '0.75')];
    const onDay30 = compute('low-to-high-turnover', [...base, exportOf('E1', '2001-01-31', 15)], 30);
    expect(drawsOf(onDay30, 'E1')).toBe('OLD:10 SAME:5');
  });

  it('excludes a receipt turnoverDays + 1 before the export, leaving the export unattributed beyond the window', () => {
    const report = compute('low-to-high-turnover', [receipt('OLD', '2001-01-01', 10, '0.50'), exportOf('E1', '2001-02-01', 4)], 30);
    expect(report.withdrawals[0]).toMatchObject({ id: 'E1', quantity: 4, unattributedQuantity: 4, drawback: '0.00', draws: [] });
    expect(remainingOf(report)).toBe('OLD:10');
  });

  it('reports the part of an export the window cannot cover as unattributed, with no drawback', () => {
    const report = compute('low-to-high-turnover', [receipt('R1', '2001-03-01', 10, '1.00'), exportOf('E1', '2001-03-10', 25)], 30);
    expect(report.withdrawals[0]).toMatchObject({ drawback: '10.00', unattributedQuantity: 15 });
    expect(drawsOf(report, 'E1')).toBe('R1:10');
  });

  it('with a turnover period of 0 only same-day receipts qualify', () => {
    const report = compute(
      'low-to-high-turnover',
      [receipt('Y', '2001-03-09', 5, '0.10'), receipt('T', '2001-03-10', 5, '0.20'), exportOf('E1', '2001-03-10', 7)],
      0,
    );
    expect(drawsOf(report, 'E1')).toBe('T:5');
    expect(report.withdrawals[0]!.unattributedQuantity).toBe(2);
  });

  it('never lets a domestic withdrawal consume stock, even one larger than the inventory', () => {
    const report = compute(
      'low-to-high-turnover',
      [receipt('R1', '2001-03-01', 10, '0'), receipt('R2', '2001-03-02', 10, '3.00'), domestic('S1', '2001-03-03', 500), exportOf('E1', '2001-03-04', 15)],
      30,
    );
    expect(report.withdrawals.map((w) => w.id)).toEqual(['E1']);
    expect(drawsOf(report, 'E1')).toBe('R1:10 R2:5');
    expect(report.totalExportDrawback).toBe('15.00');
  });

  it('uses receipts only once: a later export in the same window gets what earlier ones left', () => {
    const report = compute(
      'low-to-high-turnover',
      [receipt('R1', '2001-03-01', 10, '1.00'), receipt('R2', '2001-03-02', 10, '2.00'), exportOf('E1', '2001-03-03', 12), exportOf('E2', '2001-03-04', 12)],
      30,
    );
    expect(drawsOf(report, 'E1')).toBe('R1:10 R2:2');
    expect(drawsOf(report, 'E2')).toBe('R2:8');
    expect(report.withdrawals[1]!.unattributedQuantity).toBe(4);
  });
});
