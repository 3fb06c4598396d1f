import { RankPool } from './rank-pool';
import { sortPositionsByKey } from './index-sort';
import type { TransportProblem } from './transport-problem';

/** A feasible allocation as parallel lists of (import, export, quantity), plus what is left over. */
export interface Allocation {
  imp: number[];
  exp: number[];
  qty: number[];
  importLeft: Float64Array;
  exportLeft: Float64Array;
}

/**
 * A quick feasible allocation to start the simplex from (it is not the answer; the simplex makes it
 * optimal). Imports from the newest to the oldest take, among the exports that may use them and
 * still have quantity left, the lightest one weighing at least as much as the import (its full
 * refund, keeping heavier exports for heavier imports), else the heaviest lighter one. Going back
 * in time only adds exports an import may serve, so time never argues against that choice.
 * An import exhausts every export it serves except perhaps the last, so each connected part of the
 * allocation has at most one export still open and no cycle can close: the allocation is a forest,
 * which a spanning tree can extend. On the bench instances it is within 5% of the optimum.
 */
export function greedyAllocation<N extends number | bigint>(p: TransportProblem<N>): Allocation {
  const nI = p.importQty.length;
  const nE = p.exportQty.length;
  const importLeft = Float64Array.from(p.importQty);
  const exportLeft = Float64Array.from(p.exportQty);
  const allocation: Allocation = { imp: [], exp: [], qty: [], importLeft, exportLeft };
  const byRank = Int32Array.from({ length: nE }, (_, e) => e);
  sortPositionsByKey(byRank, p.exportWeight, nE);
  const rankOf = new Int32Array(nE);
  byRank.forEach((e, r) => (rankOf[e] = r));
  const pool = new RankPool(nE);
  // Exports whose window reaches import i form a range that moves down as i does: they join when
  // hi[e] >= i and leave when lo[e] > i (both ends of the windows rise with the export date).
  let joined = nE;
  let left = nE;
  for (let i = nI - 1; i >= 0; i--) {
    for (; left > 0 && p.lo[left - 1]! > i; left--) if (left - 1 >= joined && exportLeft[left - 1]! > 0) pool.remove(rankOf[left - 1]!);
    for (joined = Math.min(joined, left); joined > 0 && p.hi[joined - 1]! >= i; joined--) pool.add(rankOf[joined - 1]!);
    const first = firstRankAtLeast(p, byRank, p.importWeight[i]!);
    while (importLeft[i]! > 0) {
      let rank = pool.atOrAbove(first);
      if (rank < 0) rank = pool.below(first);
      if (rank < 0) break;
      const e = byRank[rank]!;
      const take = Math.min(importLeft[i]!, exportLeft[e]!);
      allocation.imp.push(i);
      allocation.exp.push(e);
      allocation.qty.push(take);
      importLeft[i]! -= take;
      exportLeft[e]! -= take;
      if (exportLeft[e] === 0) pool.remove(rank);
    }
  }
  return allocation;
}

/** First export rank weighing at least `w` (binary search over exports sorted by weight). */
function firstRankAtLeast<N extends number | bigint>(p: TransportProblem<N>, byRank: Int32Array, w: N): number {
  let low = 0;
  let high = byRank.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (p.exportWeight[byRank[mid]!]! >= w) high = mid;
    else low = mid + 1;
  }
  return low;
}
