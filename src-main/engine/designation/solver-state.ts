import { DistanceHeap } from './distance-heap';
import { FlowArcs } from './flow-arcs';
import type { Kernel, Slots } from './numeric-kernel';

/**
 * One class as a transportation problem: imports (sorted by date) with quantities and per-unit
 * weights, exports (sorted by date) with quantities, weights and windows lo..hi of imports.
 * Maximize sum of x[i][e] * min(w_i, w_e) with sum_e x[i][e] <= q_i and sum_i x[i][e] <= r_e.
 */
export interface TransportProblem<N extends number | bigint> {
  kernel: Kernel<N>;
  importWeight: Slots<N>;
  exportWeight: Slots<N>;
  importQty: Float64Array;
  exportQty: Float64Array;
  lo: Int32Array;
  hi: Int32Array;
}

/** Primal (flow, residual quantities), dual (alpha, beta) and the search scratch of the solver. */
export class SolverState<N extends number | bigint> {
  readonly nI: number;
  readonly nE: number;
  readonly capI: Float64Array;
  readonly capE: Float64Array;
  readonly alpha: Slots<N>;
  readonly beta: Slots<N>;
  readonly arcs: FlowArcs;
  readonly distI: Slots<N>;
  readonly distE: Slots<N>;
  readonly reachedI: Uint8Array;
  readonly reachedE: Uint8Array;
  readonly settledI: Uint8Array;
  readonly settledE: Uint8Array;
  /** Export from which an import was reached; arc by which an export was reached. */
  readonly predI: Int32Array;
  readonly predArcE: Int32Array;
  readonly touchedI: Int32Array;
  readonly touchedE: Int32Array;
  touchedICount = 0;
  touchedECount = 0;
  readonly heap: DistanceHeap<N>;

  constructor(readonly p: TransportProblem<N>) {
    const K = p.kernel;
    this.nI = p.importQty.length;
    this.nE = p.exportQty.length;
    this.capI = Float64Array.from(p.importQty);
    this.capE = Float64Array.from(p.exportQty);
    this.alpha = K.slots(this.nI);
    this.beta = K.slots(this.nE);
    this.arcs = new FlowArcs(this.nI);
    this.distI = K.slots(this.nI);
    this.distE = K.slots(this.nE);
    this.reachedI = new Uint8Array(this.nI);
    this.reachedE = new Uint8Array(this.nE);
    this.settledI = new Uint8Array(this.nI);
    this.settledE = new Uint8Array(this.nE);
    this.predI = new Int32Array(this.nI);
    this.predArcE = new Int32Array(this.nE);
    this.touchedI = new Int32Array(this.nI);
    this.touchedE = new Int32Array(this.nE);
    this.heap = new DistanceHeap(K);
  }

  /** Weight of the pair: the lesser per-unit duty (already on the class's common scale). */
  weight(i: number, e: number): N {
    const d = this.p.importWeight[i]!;
    const v = this.p.exportWeight[e]!;
    return d < v ? d : v;
  }

  reachImport(i: number, dist: N, from: number): void {
    if (!this.reachedI[i]) {
      this.reachedI[i] = 1;
      this.touchedI[this.touchedICount++] = i;
    }
    this.distI[i] = dist;
    this.predI[i] = from;
    this.heap.push(dist, i);
  }

  reachExport(e: number, dist: N, arc: number): void {
    if (!this.reachedE[e]) {
      this.reachedE[e] = 1;
      this.touchedE[this.touchedECount++] = e;
    }
    this.distE[e] = dist;
    this.predArcE[e] = arc;
    this.heap.push(dist, this.nI + e);
  }

  /** Forgets the last search (only what it touched, so a search costs what it explored). */
  resetSearch(): void {
    for (let j = 0; j < this.touchedICount; j++) {
      const i = this.touchedI[j]!;
      this.reachedI[i] = 0;
      this.settledI[i] = 0;
    }
    for (let j = 0; j < this.touchedECount; j++) {
      const e = this.touchedE[j]!;
      this.reachedE[e] = 0;
      this.settledE[e] = 0;
    }
    this.touchedICount = 0;
    this.touchedECount = 0;
    this.heap.clear();
  }
}
