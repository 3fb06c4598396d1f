import type { ClassedRequest } from './build-classes';
import type { ClassDesignations } from './class-designations';
import type { Allocation, DesignationRequest } from './designation-types';
import { allocationRefund, formatCents, RefundTotal, wholeAllocationRefund } from './refund-amounts';
import { lesserDuty } from './unit-duty';

/**
 * The allocations as published — by export, then import — each with its refund to the cent, and the
 * exact total rounded once. Both duties of a pair are nearly always whole numbers of 1/10,000 units
 * held in their columns: the lesser is then the smaller number and the amounts are computed in
 * Number arithmetic where that is exact; anything else goes through the exact fractions.
 */
export function publishAllocations(
  designations: ClassDesignations,
  classed: ClassedRequest,
  request: DesignationRequest,
): { allocations: Allocation[]; totalRefund: string } {
  const { importDuty, exportValue } = classed.lines;
  const { imp, exp, qty } = inPublishedOrder(designations, classed, request.exports.length);
  const total = new RefundTotal();
  // Allocations go by export, so imports are visited all over the request: their ids are read in
  // request order first, into one array, instead of from a million scattered line objects.
  const importIds = request.imports.map((line) => line.id);
  const allocations = new Array<Allocation>(qty.length);
  for (let k = 0; k < qty.length; k++) {
    const i = imp[k]!;
    const e = exp[k]!;
    const quantity = qty[k]!;
    let refund: string;
    if (importDuty.isWhole(i) && exportValue.isWhole(e)) {
      const num = Math.min(importDuty.whole[i]!, exportValue.whole[e]!);
      if (!total.addWhole(quantity, num)) total.add(quantity, { num: BigInt(num), den: 1n });
      refund = wholeAllocationRefund(quantity, num) ?? allocationRefund(quantity, { num: BigInt(num), den: 1n });
    } else {
      const duty = lesserDuty(importDuty.duty(i), exportValue.duty(e));
      total.add(quantity, duty);
      refund = allocationRefund(quantity, duty);
    }
    allocations[k] = { import: importIds[i]!, export: request.exports[e]!.id, quantity, refund };
  }
  return { allocations, totalRefund: formatCents(total.cents()) };
}

/**
 * Every allocation in request positions, ordered by export, then import: a counting sort over
 * export positions (linear, where a comparator sort of a million allocations is not), then each
 * export's few allocations by import. Pairs are distinct, so the order is fully determined.
 */
function inPublishedOrder(
  designations: ClassDesignations,
  classed: ClassedRequest,
  exportCount: number,
): { imp: Int32Array; exp: Int32Array; qty: Int32Array } {
  const start = new Int32Array(exportCount + 1);
  let count = 0;
  designations.forEach(classed, (_i, e) => {
    start[e + 1]!++;
    count++;
  });
  for (let e = 0; e < exportCount; e++) start[e + 1]! += start[e]!;
  const imp = new Int32Array(count);
  const exp = new Int32Array(count);
  const qty = new Int32Array(count);
  designations.forEach(classed, (i, e, quantity) => {
    // start[e] runs up through export e's slots; afterwards it is where export e + 1 began.
    const at = start[e]!++;
    imp[at] = i;
    exp[at] = e;
    qty[at] = quantity;
  });
  for (let from = 0, e = 0; e < exportCount; e++) {
    sortByImport(imp, qty, from, start[e]!);
    from = start[e]!;
  }
  return { imp, exp, qty };
}

/** One export's allocations by import: a few at most, so insertion sort. */
function sortByImport(imp: Int32Array, qty: Int32Array, from: number, to: number): void {
  for (let a = from + 1; a < to; a++) {
    const i = imp[a]!;
    const q = qty[a]!;
    let b = a - 1;
    for (; b >= from && imp[b]! > i; b--) {
      imp[b + 1] = imp[b]!;
      qty[b + 1] = qty[b]!;
    }
    imp[b + 1] = i;
    qty[b + 1] = q;
  }
}
