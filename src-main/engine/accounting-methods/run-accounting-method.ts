import { AppError } from '../../../src-shared/errors';
import { inDateOrder } from './date-order';
import { DrawLedger } from './draw-ledger';
import { formatIsoDay } from './epoch-days';
import { ACCOUNTING_METHODS } from './methods';
import type { MethodInput, MethodName, ReceiptRecord, WithdrawalRecord } from './types';

export interface MethodResult {
  method: MethodName;
  /** Receipts in date order; draws and `remaining` refer to them by position. */
  receipts: readonly ReceiptRecord[];
  /** Withdrawals in date order. */
  withdrawals: readonly WithdrawalRecord[];
  /**
   * The recorded withdrawals, in date order (turnover and blanket leave domestic ones out): entry k is
   * withdrawal `recorded[k]`, its draws are positions drawEnd[k-1] (0 for k = 0) up to drawEnd[k], and
   * `unattributed[k]` of its units found no eligible receipt.
   */
  recorded: Int32Array;
  drawEnd: Int32Array;
  unattributed: Float64Array;
  /** Each draw: the receipt's position in `receipts` and the units drawn. */
  drawReceipt: Int32Array;
  drawQuantity: Float64Array;
  /** Units left per receipt (position in `receipts`). */
  remaining: Float64Array;
  /** Sum of quantity x drawback per unit over every export draw, exact (4 decimals), not yet rounded. */
  totalExportDrawback: bigint;
}

/**
 * Runs one accounting method over an inventory's receipts and withdrawals. Records apply in date
 * order; on the same date receipts come before withdrawals; otherwise input order holds.
 * Pure: the input is not modified, nothing is read or written outside.
 *
 * Cost with n receipts, m withdrawals and D draws: date ordering O(n + m) for input already in date
 * order, O((n + m) log(n + m)) otherwise; then FIFO and LIFO O(n + m + D), the low-to-high variants and
 * average O((n + m + D) log n). Draws are kept in flat typed arrays (see DrawLedger).
 */
export function runAccountingMethod(input: MethodInput): MethodResult {
  const method = ACCOUNTING_METHODS[input.method];
  if (input.method === 'low-to-high-turnover' && !(Number.isInteger(input.turnoverDays) && input.turnoverDays! >= 0)) {
    throw new AppError('VALIDATION', 'low-to-high-turnover needs turnoverDays, the average inventory turnover period in days', [
      { field: 'turnoverDays', message: 'required for low-to-high-turnover: a whole number of days, e.g. 30' },
    ]);
  }
  const receipts = inDateOrder(input.receipts);
  const withdrawals = inDateOrder(input.withdrawals);
  const remaining = new Float64Array(receipts.length);
  let stock = 0;
  for (let i = 0; i < receipts.length; i += 1) {
    remaining[i] = receipts[i]!.quantity;
    stock += receipts[i]!.quantity;
  }
  if (stock > Number.MAX_SAFE_INTEGER) throw new AppError('VALIDATION', 'the receipts add up to more units than can be counted exactly; split the inventory');

  const engine = method.create({ receipts, remaining }, input);
  const ledger = new DrawLedger(receipts.length);
  let received = 0;
  let onHand = 0;
  for (let position = 0; position < withdrawals.length; position += 1) {
    const withdrawal = withdrawals[position]!;
    while (received < receipts.length && receipts[received]!.day <= withdrawal.day) {
      onHand += receipts[received]!.quantity;
      engine.receive(received);
      received += 1;
    }
    if (!method.recordsDomestic && withdrawal.purpose === 'domestic') continue;
    if (method.recordsDomestic && withdrawal.quantity > onHand) {
      const message = `withdrawal ${withdrawal.id} on ${formatIsoDay(withdrawal.day)} takes ${withdrawal.quantity} units but only ${onHand} are in the inventory; ${input.method} records every withdrawal, so check the quantity or add the missing receipt`;
      throw new AppError('VALIDATION', message, [{ field: `transactions.${withdrawal.index}.quantity`, message }]);
    }
    onHand -= withdrawal.quantity;
    ledger.begin(withdrawal);
    const unattributed = engine.withdraw(withdrawal, ledger);
    ledger.end(position, unattributed);
  }

  let totalExportDrawback = 0n;
  for (let i = 0; i < receipts.length; i += 1) {
    const units = ledger.exportUnits[i]!;
    if (units > 0) totalExportDrawback += BigInt(units) * receipts[i]!.drawbackPerUnit;
  }
  const recorded = ledger.recordedCount;
  const draws = ledger.drawCount;
  return {
    method: input.method,
    receipts,
    withdrawals,
    recorded: ledger.recorded.subarray(0, recorded),
    drawEnd: ledger.drawEnd.subarray(0, recorded),
    unattributed: ledger.unattributed.subarray(0, recorded),
    drawReceipt: ledger.drawReceipt.subarray(0, draws),
    drawQuantity: ledger.drawQuantity.subarray(0, draws),
    remaining,
    totalExportDrawback,
  };
}
