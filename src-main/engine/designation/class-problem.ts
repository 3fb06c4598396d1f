import type { ClassLayout } from './build-classes';
import { numberKernel } from './numeric-kernel';
import type { TransportProblem } from './transport-problem';
import { capacityFor } from './typed-memory';

/**
 * What either thread reads to solve a class whose weights are its duties themselves (every duty
 * of the class whole, scaled-weights.ts): the class layout and the quantity and duty columns, by
 * request position. All of it shared memory when a worker thread reads it.
 */
export interface WholeDutySource {
  layout: ClassLayout;
  importQty: Int32Array;
  exportQty: Int32Array;
  importDuty: Float64Array;
  exportValue: Float64Array;
}

/**
 * Class c as a transportation problem with Number weights, gathered from the columns into buffers
 * that grow to the largest class and are reused, so a class allocates nothing.
 */
export class WholeDutyProblems {
  private readonly p: TransportProblem<number> & { importWeight: Float64Array; exportWeight: Float64Array };

  constructor(private readonly source: WholeDutySource) {
    this.p = {
      kernel: numberKernel,
      imports: 0,
      exports: 0,
      importWeight: new Float64Array(0),
      exportWeight: new Float64Array(0),
      importQty: new Float64Array(0),
      exportQty: new Float64Array(0),
      hi: new Int32Array(0),
    };
  }

  problem(c: number): TransportProblem<number> {
    const { layout, importQty, exportQty, importDuty, exportValue } = this.source;
    const i0 = layout.importStart[c]!;
    const e0 = layout.exportStart[c]!;
    const nI = layout.importStart[c + 1]! - i0;
    const nE = layout.exportStart[c + 1]! - e0;
    const p = this.p;
    if (nI > p.importQty.length) {
      p.importQty = new Float64Array(capacityFor(p.importQty.length, nI));
      p.importWeight = new Float64Array(p.importQty.length);
    }
    if (nE > p.exportQty.length) {
      p.exportQty = new Float64Array(capacityFor(p.exportQty.length, nE));
      p.exportWeight = new Float64Array(p.exportQty.length);
    }
    p.imports = nI;
    p.exports = nE;
    for (let k = 0; k < nI; k++) {
      const i = layout.importOrder[i0 + k]!;
      p.importQty[k] = importQty[i]!;
      p.importWeight[k] = importDuty[i]!;
    }
    for (let k = 0; k < nE; k++) {
      const e = layout.exportOrder[e0 + k]!;
      p.exportQty[k] = exportQty[e]!;
      p.exportWeight[k] = exportValue[e]!;
    }
    p.hi = layout.hi.subarray(e0, e0 + nE);
    return p;
  }
}
