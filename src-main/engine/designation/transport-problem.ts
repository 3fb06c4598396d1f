import type { Kernel, Slots } from './numeric-kernel';

/**
 * One class as a transportation problem: imports (sorted by date) with quantities and per-unit
 * weights, exports (sorted by date) with quantities, weights and windows lo..hi of imports
 * (non-decreasing in both ends). Maximize sum of x[i][e] * min(w_i, w_e) with
 * sum_e x[i][e] <= q_i, sum_i x[i][e] <= r_e and x >= 0 on pairs inside the windows.
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

/**
 * Nodes of the network the solver works on: imports 0..nI-1, exports nI..nI+nE-1 and one slack
 * node nI+nE, which absorbs unused import units and supplies unserved export units at no cost.
 */
export const slackNodeOf = (p: TransportProblem<number | bigint>): number => p.importQty.length + p.exportQty.length;

/** Weight of the pair: the lesser per-unit duty (already on the class's common scale). */
export function pairWeight<N extends number | bigint>(p: TransportProblem<N>, i: number, e: number): N {
  const a = p.importWeight[i]!;
  const b = p.exportWeight[e]!;
  return a < b ? a : b;
}
