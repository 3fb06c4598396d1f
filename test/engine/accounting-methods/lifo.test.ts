import { describe, expect, it } from 'vitest';
import { compute, drawsOf, exportOf, receipt, remainingOf, WORKED_INVENTORY } from './helpers';

// 19 CFR 191.14(c), LIFO method: the last merchandise received is the first withdrawn; every withdrawal is recorded.
describe('LIFO', () => {
  it('works the shared inventory newest receipt first, domestic withdrawals included', () => {
    const report = compute('lifo', WORKED_INVENTORY);
    // W1 (export 150): all of R3 at $2.00, then 50 of R2 = $200.00
    expect(drawsOf(report, 'W1')).toBe('R3:100 R2:50');
    expect(report.withdrawals[0]!.drawback).toBe('200.00');
    // W2 (domestic 60): the newest stock left is R2 (50), then R1 (10)
    expect(drawsOf(report, 'W2')).toBe('R2:50 R1:10');
    // W3 (export 50): 50 of R1 at $1.00
    expect(drawsOf(report, 'W3')).toBe('R1:50');
    expect(report.totalExportDrawback).toBe('250.00');
    expect(remainingOf(report)).toBe('R1:40');
  });

  it('treats the later-listed of two same-date receipts as the newer one', () => {
    const report = compute('lifo', [receipt('R1', '2001-01-02', 5, '1.00'), receipt('R2', '2001-01-02', 5, '2.00'), exportOf('W1', '2001-01-03', 6)]);
    expect(drawsOf(report, 'W1')).toBe('R2:5 R1:1');
  });

  it('goes back to older stock once newer receipts are used up, and takes later receipts first again', () => {
    const report = compute('lifo', [
      receipt('R1', '2001-01-02', 10, '1.00'),
      exportOf('W1', '2001-01-03', 4),
      receipt('R2', '2001-01-04', 3, '2.00'),
      exportOf('W2', '2001-01-05', 5),
    ]);
    expect(drawsOf(report, 'W1')).toBe('R1:4');
    expect(drawsOf(report, 'W2')).toBe('R2:3 R1:2');
    expect(remainingOf(report)).toBe('R1:4');
  });

  it('refuses an over-withdrawal naming the withdrawal', () => {
    expect(() => compute('lifo', [receipt('R1', '2001-01-02', 1, '1.00'), exportOf('W9', '2001-01-03', 2)])).toThrow(/withdrawal W9/);
  });
});
