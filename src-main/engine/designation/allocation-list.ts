import type { Allocation, DesignationRequest } from './designation-types';

/**
 * The designation's allocations as they are found (request line indexes, quantity, refund text),
 * kept in typed arrays rather than one object each, and put in the published order — by export,
 * then import — with a counting sort over export positions instead of a comparator sort.
 */
export class AllocationList {
  private imp = new Int32Array(1024);
  private exp = new Int32Array(1024);
  private qty = new Float64Array(1024);
  private readonly refund: string[] = [];
  private count = 0;

  push(imp: number, exp: number, qty: number, refund: string): void {
    if (this.count === this.imp.length) this.grow();
    this.imp[this.count] = imp;
    this.exp[this.count] = exp;
    this.qty[this.count] = qty;
    this.refund.push(refund);
    this.count++;
  }

  toAllocations(request: DesignationRequest): Allocation[] {
    const start = new Int32Array(request.exports.length + 1);
    for (let k = 0; k < this.count; k++) start[this.exp[k]! + 1]!++;
    for (let e = 0; e < request.exports.length; e++) start[e + 1]! += start[e]!;
    const order = new Int32Array(this.count);
    const fill = start.slice();
    for (let k = 0; k < this.count; k++) order[fill[this.exp[k]!]!++] = k;
    for (let e = 0; e < request.exports.length; e++) this.sortByImport(order, start[e]!, start[e + 1]!);
    const allocations = new Array<Allocation>(this.count);
    for (let j = 0; j < this.count; j++) {
      const k = order[j]!;
      allocations[j] = { import: request.imports[this.imp[k]!]!.id, export: request.exports[this.exp[k]!]!.id, quantity: this.qty[k]!, refund: this.refund[k]! };
    }
    return allocations;
  }

  /** One export's allocations by import: a few at most, so insertion sort. */
  private sortByImport(order: Int32Array, from: number, to: number): void {
    for (let a = from + 1; a < to; a++) {
      const k = order[a]!;
      let b = a - 1;
      while (b >= from && this.imp[order[b]!]! > this.imp[k]!) order[b + 1] = order[b--]!;
      order[b + 1] = k;
    }
  }

  private grow(): void {
    const size = this.imp.length * 2;
    const copy = <T extends Int32Array | Float64Array>(from: T, to: T) => (to.set(from), to);
    this.imp = copy(this.imp, new Int32Array(size));
    this.exp = copy(this.exp, new Int32Array(size));
    this.qty = copy(this.qty, new Float64Array(size));
  }
}
