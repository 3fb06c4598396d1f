import { formatAmount, formatMoney } from '../../../src-shared/money';
import type { MethodResult } from './run-accounting-method';
import type { MethodName, Purpose } from './types';

export interface DrawReport {
  receipt: string;
  quantity: number;
  /** The receipt's drawback per unit: two decimals, or up to four when it has a part below a cent. */
  drawbackPerUnit: string;
  /** quantity x drawbackPerUnit, rounded half-up to cents; "0.00" for a domestic withdrawal. */
  drawback: string;
}

export interface WithdrawalReport {
  id: string;
  purpose: Purpose;
  quantity: number;
  /** Exact sum of the draws' drawback, rounded once to cents; only exports earn drawback. */
  drawback: string;
  unattributedQuantity: number;
  draws: DrawReport[];
}

export interface MethodReport {
  method: MethodName;
  withdrawals: WithdrawalReport[];
  totalExportDrawback: string;
  remaining: { receipt: string; quantity: number }[];
}

/**
 * The JSON the `compute` command prints. Amounts are computed exactly in scaled bigint and rounded
 * half-up to cents only here, once per figure (per draw, per withdrawal, and once for the total).
 */
export function buildMethodReport(result: MethodResult): MethodReport {
  const receipts = result.receipts;
  const rateText: (string | undefined)[] = new Array(receipts.length);
  const withdrawals: WithdrawalReport[] = [];
  for (let k = 0; k < result.recorded.length; k += 1) {
    const withdrawal = result.withdrawals[result.recorded[k]!]!;
    const firstDraw = k === 0 ? 0 : result.drawEnd[k - 1]!;
    const endDraw = result.drawEnd[k]!;
    const exporting = withdrawal.purpose === 'export';
    const draws: DrawReport[] = [];
    let drawback = 0n;
    for (let d = firstDraw; d < endDraw; d += 1) {
      const seq = result.drawReceipt[d]!;
      const quantity = result.drawQuantity[d]!;
      const receipt = receipts[seq]!;
      const amount = exporting ? BigInt(quantity) * receipt.drawbackPerUnit : 0n;
      drawback += amount;
      const perUnit = (rateText[seq] ??= formatAmount(receipt.drawbackPerUnit));
      draws.push({ receipt: receipt.id, quantity, drawbackPerUnit: perUnit, drawback: amount === 0n ? '0.00' : formatMoney(amount) });
    }
    withdrawals.push({
      id: withdrawal.id,
      purpose: withdrawal.purpose,
      quantity: withdrawal.quantity,
      drawback: formatMoney(drawback),
      unattributedQuantity: result.unattributed[k]!,
      draws,
    });
  }
  const remaining: MethodReport['remaining'] = [];
  for (let i = 0; i < receipts.length; i += 1) {
    if (result.remaining[i]! > 0) remaining.push({ receipt: receipts[i]!.id, quantity: result.remaining[i]! });
  }
  return { method: result.method, withdrawals, totalExportDrawback: formatMoney(result.totalExportDrawback), remaining };
}
