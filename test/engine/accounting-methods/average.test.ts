import { describe, expect, it } from 'vitest';
import { compute, domestic, drawsOf, exportOf, receipt, remainingOf, WORKED_INVENTORY } from './helpers';

// 19 CFR 191.14(c), average method: a withdrawal takes from every receipt in stock in proportion to what it
// holds; whole units by largest remainder, ties to the oldest receipt.
describe('average', () => {
  it('works the shared inventory in proportion to each receipt’s remaining quantity', () => {
    const report = compute('average', WORKED_INVENTORY);
    // W1 (export 150 of 300 held 100/100/100): 50 each = 50 x $1 + 50 x $0 + 50 x $2 = $150.00
    expect(drawsOf(report, 'W1')).toBe('R1:50 R2:50 R3:50');
    expect(report.withdrawals[0]!.drawback).toBe('150.00');
    // W2 (domestic 60 of 150 held 50/50/50): 20 each, no drawback
    expect(drawsOf(report, 'W2')).toBe('R1:20 R2:20 R3:20');
    // W3 (export 50 of 90 held 30/30/30): 16.67 each -> 16 each, 2 units left over; equal remainders,
    // so the two oldest receipts get them: R1 17, R2 17, R3 16 = $17 + $0 + $32 = $49.00
    expect(drawsOf(report, 'W3')).toBe('R1:17 R2:17 R3:16');
    expect(report.withdrawals[2]!.drawback).toBe('49.00');
    expect(report.totalExportDrawback).toBe('199.00');
    expect(remainingOf(report)).toBe('R1:13 R2:13 R3:14');
  });

  it('gives the left-over units to the largest remainders, not to the largest receipts', () => {
    // 10 units from 7 / 2 / 1 (Q = 10): exact shares 7, 2, 1
    expect(
      drawsOf(
        compute('average', [
          receipt('A', '2001-01-01', 7, '1'),
          receipt('B', '2001-01-01', 2, '1'),
          receipt('C', '2001-01-01', 1, '1'),
          exportOf('E', '2001-01-02', 10),
        ]),
        'E',
      ),
    ).toBe('A:7 B:2 C:1');
    // 4 units from 7 / 2 / 1: shares 2.8, 0.8, 0.4 -> floors 2, 0, 0; 2 missing; remainders .8 .8 .4 -> A and B
    expect(
      drawsOf(
        compute('average', [
          receipt('A', '2001-01-01', 7, '1'),
          receipt('B', '2001-01-01', 2, '1'),
          receipt('C', '2001-01-01', 1, '1'),
          exportOf('E', '2001-01-02', 4),
        ]),
        'E',
      ),
    ).toBe('A:3 B:1');
    // 3 units from 5 / 4 / 3 (Q = 12): shares 1.25, 1.0, 0.75 -> floors 1, 1, 0; 1 missing; C has the largest remainder
    expect(
      drawsOf(
        compute('average', [
          receipt('A', '2001-01-01', 5, '1'),
          receipt('B', '2001-01-01', 4, '1'),
          receipt('C', '2001-01-01', 3, '1'),
          exportOf('E', '2001-01-02', 3),
        ]),
        'E',
      ),
    ).toBe('A:1 B:1 C:1');
  });

  it('sends a single unit to the oldest of equally entitled receipts', () => {
    const report = compute('average', [receipt('NEW', '2001-01-03', 5, '2'), receipt('OLD', '2001-01-02', 5, '1'), exportOf('E', '2001-01-04', 1)]);
    expect(drawsOf(report, 'E')).toBe('OLD:1');
  });

  it('always takes exactly the withdrawal, and the whole stock when the withdrawal equals it', () => {
    const report = compute('average', [
      receipt('A', '2001-01-01', 3, '1'),
      receipt('B', '2001-01-01', 9, '1'),
      receipt('C', '2001-01-01', 1, '1'),
      exportOf('E1', '2001-01-02', 7),
      domestic('E2', '2001-01-03', 6),
    ]);
    for (const w of report.withdrawals) expect(w.draws.reduce((s, d) => s + d.quantity, 0)).toBe(w.quantity);
    expect(report.remaining).toEqual([]);
  });

  it('refuses a withdrawal larger than the stock', () => {
    expect(() => compute('average', [receipt('A', '2001-01-01', 3, '1'), exportOf('E1', '2001-01-02', 4)])).toThrow(
      /withdrawal E1 on 2001-01-02 takes 4 units but only 3/,
    );
  });
});
