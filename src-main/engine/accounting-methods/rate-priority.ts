import type { ReceiptRecord } from './types';

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Heap priorities for the low-to-high methods (191.14(c)): a receipt's drawback per unit, lowest
 * first; zero-drawback receipts (domestic or duty-free goods) therefore come first of all.
 * Scaled amounts up to 2^53 are exact as numbers and serve directly; beyond that each distinct amount
 * is replaced by its rank, which orders the receipts the same way.
 */
export function ratePriorities(receipts: readonly ReceiptRecord[]): Float64Array {
  const priorities = new Float64Array(receipts.length);
  let exact = true;
  for (let i = 0; i < receipts.length; i += 1) {
    const rate = receipts[i]!.drawbackPerUnit;
    if (rate > MAX_EXACT) {
      exact = false;
      break;
    }
    priorities[i] = Number(rate);
  }
  if (exact) return priorities;
  const distinct = [...new Set(receipts.map((r) => r.drawbackPerUnit))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(distinct.map((rate, i) => [rate, i]));
  for (let i = 0; i < receipts.length; i += 1) priorities[i] = rank.get(receipts[i]!.drawbackPerUnit)!;
  return priorities;
}
