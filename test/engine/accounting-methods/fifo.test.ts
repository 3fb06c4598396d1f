import { describe, expect, it } from 'vitest';
import { compute, domestic, drawsOf, exportOf, receipt, remainingOf, WORKED_INVENTORY } from './helpers';

// 19 CFR 191.14(c), FIFO method: the first merchandise received is the first withdrawn; every withdrawal is recorded.
describe('FIFO', () => {
  it('works the shared inventory oldest receipt first, domestic withdrawals included', () => {
    const report = compute('fifo', WORKED_INVENTORY);
    expect(report.withdrawals.map((w) => w.id)).toEqual(['W1', 'W2', 'W3']);
    // W1 (export 150): all of R1 at $1.00, then 50 of R2 (no drawback) = $100.00
    expect(drawsOf(report, 'W1')).toBe('R1:100 R2:50');
    expect(report.withdrawals[0]!.drawback).toBe('100.00');
    // W2 (domestic 60) consumes the rest of R2 and 10 of R3, and earns nothing
    expect(drawsOf(report, 'W2')).toBe('R2:50 R3:10');
    expect(report.withdrawals[1]!).toMatchObject({ purpose: 'domestic', drawback: '0.00' });
    expect(report.withdrawals[1]!.draws.map((d) => d.drawback)).toEqual(['0.00', '0.00']);
    // W3 (export 50): 50 of R3 at $2.00 = $100.00
    expect(drawsOf(report, 'W3')).toBe('R3:50');
    expect(report.totalExportDrawback).toBe('200.00');
    expect(remainingOf(report)).toBe('R3:40');
  });

  it('reports each draw with the receipt rate and the exact product rounded half-up to cents', () => {
    const report = compute('fifo', [receipt('R1', '2001-01-02', 3, '0.3333'), receipt('R2', '2001-01-03', 10, '0.125'), exportOf('W1', '2001-01-04', 7)]);
    expect(report.withdrawals[0]!.draws).toEqual([
      { receipt: 'R1', quantity: 3, drawbackPerUnit: '0.3333', drawback: '1.00' }, // 0.9999 -> 1.00
      { receipt: 'R2', quantity: 4, drawbackPerUnit: '0.125', drawback: '0.50' },
    ]);
    // withdrawal and total: 0.9999 + 0.5000 = 1.4999, rounded once -> 1.50
    expect(report.withdrawals[0]!.drawback).toBe('1.50');
    expect(report.totalExportDrawback).toBe('1.50');
  });

  it('sums the total exactly before rounding it once', () => {
    // three exports of 1 unit at $0.005: each shows $0.01 (half-up) but together they are $0.015 -> $0.02
    const report = compute('fifo', [
      receipt('R1', '2001-01-02', 3, '0.005'),
      exportOf('W1', '2001-01-03', 1),
      exportOf('W2', '2001-01-04', 1),
      exportOf('W3', '2001-01-05', 1),
    ]);
    expect(report.withdrawals.map((w) => w.drawback)).toEqual(['0.01', '0.01', '0.01']);
    expect(report.totalExportDrawback).toBe('0.02');
  });

  it('books a date’s receipts before its withdrawals, whatever the input order', () => {
    const report = compute('fifo', [exportOf('W1', '2001-01-05', 30), receipt('R1', '2001-01-05', 30, '1.00')]);
    expect(drawsOf(report, 'W1')).toBe('R1:30');
  });

  it('keeps input order among receipts of the same date, and sorts records given out of date order', () => {
    const report = compute('fifo', [
      receipt('R3', '2001-01-09', 5, '3.00'),
      receipt('R1', '2001-01-02', 5, '1.00'),
      receipt('R2', '2001-01-02', 5, '2.00'),
      exportOf('W1', '2001-01-10', 12),
    ]);
    expect(drawsOf(report, 'W1')).toBe('R1:5 R2:5 R3:2');
  });

  it('refuses a withdrawal larger than the stock, naming it and its field', () => {
    expect(() => compute('fifo', [receipt('R1', '2001-01-02', 10, '1.00'), domestic('W1', '2001-01-03', 4), exportOf('W2', '2001-01-04', 7)])).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        message: expect.stringContaining('withdrawal W2 on 2001-01-04 takes 7 units but only 6'),
        issues: [expect.objectContaining({ field: 'transactions.2.quantity' })],
      }),
    );
  });

  it('does not let a withdrawal draw on a receipt dated after it', () => {
    expect(() => compute('fifo', [exportOf('W1', '2001-01-04', 1), receipt('R1', '2001-01-05', 10, '1.00')])).toThrow(/W1 on 2001-01-04/);
  });
});
