import { addYearsToDay } from '../../../src-main/engine/accounting-methods/epoch-days';
import type { MethodInput, ReceiptRecord, WithdrawalRecord } from '../../../src-main/engine/accounting-methods/types';

/**
 * Deliberately naive versions of the methods, written straight from the rule text with no clever
 * data structure (O(receipts x withdrawals)), to check the fast engine against. Draws are listed as
 * "withdrawalId>receiptId:units", in the order each withdrawal takes them.
 */
export interface ReferenceOutcome {
  draws: string[];
  unattributed: Map<string, number>;
  remaining: Map<string, number>;
  /** The first recorded withdrawal that exceeds the stock, for methods that record every withdrawal. */
  overdrawn?: string;
}

const byDate = <T extends { day: number; index: number }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.day - b.day || a.index - b.index);

export function referenceRun(input: MethodInput): ReferenceOutcome {
  const receipts = byDate(input.receipts);
  const withdrawals = byDate(input.withdrawals);
  const left = receipts.map((r) => r.quantity);
  const recordsDomestic = input.method !== 'low-to-high-turnover' && input.method !== 'low-to-high-blanket';
  const outcome: ReferenceOutcome = { draws: [], unattributed: new Map(), remaining: new Map() };
  for (const w of withdrawals) {
    if (!recordsDomestic && w.purpose === 'domestic') continue;
    const inStock = receipts.map((r, i) => i).filter((i) => receipts[i]!.day <= w.day && left[i]! > 0);
    if (recordsDomestic && inStock.reduce((s, i) => s + left[i]!, 0) < w.quantity) {
      outcome.overdrawn = w.id;
      return outcome;
    }
    const takes = input.method === 'average' ? averageTakes(inStock, left, w.quantity) : orderedTakes(input, receipts, inStock, left, w);
    let taken = 0;
    for (const [i, units] of takes) {
      left[i] = left[i]! - units;
      taken += units;
      outcome.draws.push(`${w.id}>${receipts[i]!.id}:${units}`);
    }
    outcome.unattributed.set(w.id, w.quantity - taken);
  }
  receipts.forEach((r, i) => outcome.remaining.set(r.id, left[i]!));
  return outcome;
}

function orderedTakes(input: MethodInput, receipts: ReceiptRecord[], inStock: number[], left: number[], w: WithdrawalRecord): [number, number][] {
  let order = [...inStock];
  if (input.method === 'lifo') order.reverse();
  if (input.method.startsWith('low-to-high')) order.sort((a, b) => cmp(receipts[a]!.drawbackPerUnit, receipts[b]!.drawbackPerUnit) || a - b);
  if (input.method === 'low-to-high-turnover') order = order.filter((i) => receipts[i]!.day >= w.day - input.turnoverDays!);
  if (input.method === 'low-to-high-blanket') order = order.filter((i) => addYearsToDay(receipts[i]!.day, 5) > w.day);
  const takes: [number, number][] = [];
  let need = w.quantity;
  for (const i of order) {
    if (need === 0) break;
    const units = Math.min(need, left[i]!);
    takes.push([i, units]);
    need -= units;
  }
  return takes;
}

/** Largest remainder with bigint arithmetic: floor(w q / Q) each, then +1 by remainder desc, oldest first. */
function averageTakes(inStock: number[], left: number[], want: number): [number, number][] {
  const total = BigInt(inStock.reduce((s, i) => s + left[i]!, 0));
  const parts = inStock.map((i) => ({ i, units: (BigInt(left[i]!) * BigInt(want)) / total, rest: (BigInt(left[i]!) * BigInt(want)) % total }));
  let missing = BigInt(want) - parts.reduce((s, p) => s + p.units, 0n);
  for (const p of [...parts].sort((a, b) => cmp(b.rest, a.rest) || a.i - b.i)) {
    if (missing === 0n) break;
    p.units += 1n;
    missing -= 1n;
  }
  return parts.filter((p) => p.units > 0n).map((p) => [p.i, Number(p.units)]);
}

const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
