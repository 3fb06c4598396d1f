import type { TransportProblem } from './transport-problem';
import { capacityFor } from './typed-memory';

/**
 * A feasible allocation of one class as lists of (import, export, quantity) — the first `count`
 * entries of imp, exp, qty — and what is left of every import and export. The starts of the
 * simplex (starting-allocation.ts) fill one; its arrays are reused from class to class.
 */
export class Allocation {
  imp = new Int32Array(0);
  exp = new Int32Array(0);
  qty = new Float64Array(0);
  count = 0;
  importLeft = new Float64Array(0);
  exportLeft = new Float64Array(0);

  /** Empty, with every quantity left. */
  reset<N extends number | bigint>(p: TransportProblem<N>): void {
    // Every allocation of a greedy start uses up an import or fills an export: at most one per line.
    if (p.imports + p.exports > this.imp.length) {
      const size = capacityFor(this.imp.length, p.imports + p.exports);
      this.imp = new Int32Array(size);
      this.exp = new Int32Array(size);
      this.qty = new Float64Array(size);
    }
    if (p.imports > this.importLeft.length) this.importLeft = new Float64Array(capacityFor(this.importLeft.length, p.imports));
    if (p.exports > this.exportLeft.length) this.exportLeft = new Float64Array(capacityFor(this.exportLeft.length, p.exports));
    this.importLeft.set(p.importQty.subarray(0, p.imports));
    this.exportLeft.set(p.exportQty.subarray(0, p.exports));
    this.count = 0;
  }

  /** Allocates all that import i and export e have left in common; returns the quantity. */
  take(i: number, e: number): number {
    const quantity = Math.min(this.importLeft[i]!, this.exportLeft[e]!);
    this.imp[this.count] = i;
    this.exp[this.count] = e;
    this.qty[this.count] = quantity;
    this.count++;
    this.importLeft[i]! -= quantity;
    this.exportLeft[e]! -= quantity;
    return quantity;
  }

  /**
   * The allocation's value, in floating point: only to choose between two starts, where a
   * rounding in the last place cannot matter (the simplex makes either one optimal).
   */
  value<N extends number | bigint>(p: TransportProblem<N>): number {
    let value = 0;
    for (let k = 0; k < this.count; k++) {
      const a = Number(p.importWeight[this.imp[k]!]!);
      const b = Number(p.exportWeight[this.exp[k]!]!);
      value += this.qty[k]! * (a < b ? a : b);
    }
    return value;
  }
}
