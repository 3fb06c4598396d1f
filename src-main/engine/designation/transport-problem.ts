import type { Kernel, Slots } from './numeric-kernel';

/**
 * One class as a transportation problem: `imports` import lines (sorted by date) with quantities
 * and per-unit weights, `exports` export lines (sorted by date) with quantities, weights and
 * windows: export e may use the imports at positions 0..hi[e] (none when hi[e] is -1), so windows
 * are prefixes that grow with the export date (build-classes.ts says why they are prefixes).
 * Maximize sum of x[i][e] * min(w_i, w_e) with sum_e x[i][e] <= q_i, sum_i x[i][e] <= r_e and
 * x >= 0 on pairs inside the windows. The arrays may be longer than the counts (reused buffers).
 */
export interface TransportProblem<N extends number | bigint> {
  kernel: Kernel<N>;
  imports: number;
  exports: number;
  importWeight: Slots<N>;
  exportWeight: Slots<N>;
  importQty: Float64Array;
  exportQty: Float64Array;
  hi: Int32Array;
}

/**
 * Nodes of the network the solver works on: imports 0..imports-1, exports imports..imports+exports-1
 * and one slack node last, which absorbs unused import units and supplies unserved export units at
 * no cost.
 */
export const slackNodeOf = (p: TransportProblem<number | bigint>): number => p.imports + p.exports;

/** Weight of the pair: the lesser per-unit duty (already on the class's common scale). */
export function pairWeight<N extends number | bigint>(p: TransportProblem<N>, i: number, e: number): N {
  const a = p.importWeight[i]!;
  const b = p.exportWeight[e]!;
  return a < b ? a : b;
}
