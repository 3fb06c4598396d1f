import type { ClassedRequest, ClassLayout } from './build-classes';
import type { FlowSink } from './network-simplex';
import { int32s } from './typed-memory';

/** The columns of ClassDesignations, which a worker thread gets (shared memory) to write into. */
export interface DesignationColumns {
  imp: Int32Array;
  exp: Int32Array;
  qty: Int32Array;
  count: Int32Array;
}

/**
 * The designation of every class, as (import position, export position, quantity) in class
 * positions, written by whichever thread solves the class: class c's allocations are the first
 * count[c] entries from from(c) = importStart[c] + exportStart[c], which leaves room for one per
 * line of the class — a simplex designation is a set of tree arcs, one per line at most, and in
 * date order each allocation uses up an import or fills an export. Quantities are at most a
 * line's quantity, so Int32. In shared memory when a worker thread writes here too.
 */
export class ClassDesignations {
  readonly imp: Int32Array;
  readonly exp: Int32Array;
  readonly qty: Int32Array;
  readonly count: Int32Array;
  private readonly replaced = new Map<number, number[]>();

  /** Over existing columns: a worker thread gets them, shared, from the designating thread. */
  constructor(
    private readonly layout: ClassLayout,
    readonly columns: DesignationColumns,
  ) {
    ({ imp: this.imp, exp: this.exp, qty: this.qty, count: this.count } = columns);
  }

  static allocate(layout: ClassLayout, shared: boolean): ClassDesignations {
    const size = layout.importOrder.length + layout.exportOrder.length;
    return new ClassDesignations(layout, {
      imp: int32s(size, shared),
      exp: int32s(size, shared),
      qty: int32s(size, shared),
      count: int32s(layout.importStart.length - 1, shared),
    });
  }

  from(c: number): number {
    return this.layout.importStart[c]! + this.layout.exportStart[c]!;
  }

  /** Where a solver writes class c's designation (it starts empty). */
  sinkFor(c: number): FlowSink {
    const from = this.from(c);
    const room = this.from(c + 1) - from;
    this.count[c] = 0;
    return (i, e, quantity) => {
      // Cannot happen (see above); a bug must not spill into the next class's slots unnoticed.
      if (this.count[c]! >= room) throw new Error(`internal error: class ${c} has more allocations than lines`);
      const at = from + this.count[c]!++;
      this.imp[at] = i;
      this.exp[at] = e;
      this.qty[at] = quantity;
    };
  }

  /**
   * Where this thread writes class c's designation instead, when it took the class over from a
   * worker that may still be writing into the class's columns; it replaces whatever is there.
   */
  replacementSink(c: number): FlowSink {
    const triples: number[] = [];
    this.replaced.set(c, triples);
    return (i, e, quantity) => triples.push(i, e, quantity);
  }

  /** Every allocation in request positions (import, export), class by class. */
  forEach(classed: ClassedRequest, visit: (i: number, e: number, quantity: number) => void): void {
    const { importOrder, importStart, exportOrder, exportStart } = classed.layout;
    const request = (c: number, i: number, e: number, quantity: number) =>
      visit(importOrder[importStart[c]! + i]!, exportOrder[exportStart[c]! + e]!, quantity);
    for (let c = 0; c < this.count.length; c++) {
      const triples = this.replaced.get(c);
      if (triples) for (let t = 0; t < triples.length; t += 3) request(c, triples[t]!, triples[t + 1]!, triples[t + 2]!);
      else for (let at = this.from(c); at < this.from(c) + this.count[c]!; at++) request(c, this.imp[at]!, this.exp[at]!, this.qty[at]!);
    }
  }
}
