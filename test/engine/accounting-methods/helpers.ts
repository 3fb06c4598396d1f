import { parseMethodInput } from '../../../src-main/engine/accounting-methods/input-schema';
import { buildMethodReport, type MethodReport } from '../../../src-main/engine/accounting-methods/method-report';
import { runAccountingMethod } from '../../../src-main/engine/accounting-methods/run-accounting-method';
import type { MethodName } from '../../../src-main/engine/accounting-methods/types';

/** Transactions as the input file writes them. */
export type FileTransaction =
  | { id: string; type: 'receipt'; date: string; quantity: number; drawbackPerUnit: string }
  | { id: string; type: 'withdrawal'; date: string; quantity: number; purpose: 'export' | 'domestic' };

export const receipt = (id: string, date: string, quantity: number, drawbackPerUnit: string): FileTransaction => ({
  id,
  type: 'receipt',
  date,
  quantity,
  drawbackPerUnit,
});
export const exportOf = (id: string, date: string, quantity: number): FileTransaction => ({ id, type: 'withdrawal', date, quantity, purpose: 'export' });
export const domestic = (id: string, date: string, quantity: number): FileTransaction => ({ id, type: 'withdrawal', date, quantity, purpose: 'domestic' });

/** Runs a method the way the `compute` command does: validate, identify, report. */
export function compute(method: MethodName, transactions: FileTransaction[], turnoverDays?: number): MethodReport {
  const file = turnoverDays === undefined ? { method, transactions } : { method, turnoverDays, transactions };
  return buildMethodReport(runAccountingMethod(parseMethodInput(file)));
}

/** "R1:50 R2:10" — a withdrawal's draws, compact enough to read in an assertion. */
export function drawsOf(report: MethodReport, withdrawalId: string): string {
  const withdrawal = report.withdrawals.find((w) => w.id === withdrawalId);
  if (!withdrawal) throw new Error(`${withdrawalId} is not among the recorded withdrawals`);
  return withdrawal.draws.map((d) => `${d.receipt}:${d.quantity}`).join(' ');
}

export function remainingOf(report: MethodReport): string {
  return report.remaining.map((r) => `${r.receipt}:${r.quantity}`).join(' ');
}

/**
 * The inventory used by the worked examples (§191.14(c) methods side by side):
 * R1 100 units at $1.00, R2 100 units with no drawback (domestic goods), R3 100 units at $2.00;
 * then an export of 150, a domestic sale of 60 and an export of 50.
 */
export const WORKED_INVENTORY: FileTransaction[] = [
  receipt('R1', '2001-01-02', 100, '1.00'),
  receipt('R2', '2001-01-10', 100, '0.00'),
  receipt('R3', '2001-01-20', 100, '2.00'),
  exportOf('W1', '2001-01-25', 150),
  domestic('W2', '2001-02-01', 60),
  exportOf('W3', '2001-02-05', 50),
];
