import { describe, expect, it } from 'vitest';
import { compute, domestic, drawsOf, exportOf, receipt, remainingOf, WORKED_INVENTORY } from './helpers';

// 19 CFR 191.14(c), ordinary low-to-high: every withdrawal, domestic too, takes the lowest drawback
// per unit first; receipts with no drawback count as the lowest; equal amounts go oldest first.
describe('low-to-high (ordinary)', () => {
  it('works the shared inventory lowest drawback first, domestic withdrawals included', () => {
    const report = compute('low-to-high', WORKED_INVENTORY);
    // W1 (export 150): R2 ($0, lowest) 100, then R1 ($1.00) 50 = $50.00
    expect(drawsOf(report, 'W1')).toBe('R2:100 R1:50');
    expect(report.withdrawals[0]!.drawback).toBe('50.00');
    // W2 (domestic 60) is recorded and also takes lowest first: R1's last 50, then R3 10
    expect(drawsOf(report, 'W2')).toBe('R1:50 R3:10');
    // W3 (export 50): only R3 ($2.00) is left = $100.00
    expect(drawsOf(report, 'W3')).toBe('R3:50');
    expect(report.totalExportDrawback).toBe('150.00');
    expect(remainingOf(report)).toBe('R3:40');
  });

  it('lets a domestic withdrawal use up zero-drawback stock before an export can reach higher rates', () => {
    const report = compute('low-to-high', [
      receipt('D1', '2001-01-02', 40, '0'),
      receipt('I1', '2001-01-03', 40, '2.50'),
      domestic('S1', '2001-01-04', 40),
      exportOf('E1', '2001-01-05', 10),
    ]);
    expect(drawsOf(report, 'S1')).toBe('D1:40');
    expect(drawsOf(report, 'E1')).toBe('I1:10');
    expect(report.totalExportDrawback).toBe('25.00');
  });

  it('breaks ties in drawback per unit by the oldest receipt, then input order on one date', () => {
    const report = compute('low-to-high', [
      receipt('B', '2001-01-05', 5, '1.00'),
      receipt('A', '2001-01-02', 5, '1.00'),
      receipt('C', '2001-01-05', 5, '1.00'),
      receipt('Z', '2001-01-01', 5, '1.0001'),
      exportOf('E1', '2001-01-06', 16),
    ]);
    expect(drawsOf(report, 'E1')).toBe('A:5 B:5 C:5 Z:1');
  });

  it('takes a receipt received after an earlier withdrawal into account for later ones', () => {
    const report = compute('low-to-high', [
      receipt('R1', '2001-01-02', 10, '2.00'),
      exportOf('E1', '2001-01-03', 5),
      receipt('R2', '2001-01-04', 10, '1.00'),
      exportOf('E2', '2001-01-05', 12),
    ]);
    expect(drawsOf(report, 'E1')).toBe('R1:5');
    expect(drawsOf(report, 'E2')).toBe('R2:10 R1:2');
  });

  it('refuses a withdrawal larger than the stock, domestic ones included', () => {
    expect(() => compute('low-to-high', [receipt('R1', '2001-01-02', 10, '2.00'), domestic('S1', '2001-01-03', 11)])).toThrow(
      /withdrawal S1 on 2001-01-03 takes 11 units but only 10/,
    );
  });
});
