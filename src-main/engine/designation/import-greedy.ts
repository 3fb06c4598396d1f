import type { Allocation } from './allocation';
import { sortPositionsByKey } from './index-sort';
import { RankPool } from './rank-pool';
import type { TransportProblem } from './transport-problem';
import { capacityFor } from './typed-memory';

/**
 * A greedy start, by imports: from the newest to the oldest, each import takes, among the exports
 * that may use it and still have quantity left, the lightest one weighing at least as much as the
 * import (its full refund, keeping heavier exports for heavier imports), else the heaviest lighter
 * one. Going back in time only adds exports an import may serve, so time never argues against that
 * choice. An import uses up every export it serves except perhaps the last, so each connected part
 * of the allocation has at most one export still open and no cycle can close: the allocation is a
 * forest, which a spanning tree can extend (starting-tree.ts).
 */
export class ImportGreedy {
  private byRank = new Int32Array(0);
  private rankOf = new Int32Array(0);
  private readonly pool = new RankPool();

  allocate<N extends number | bigint>(p: TransportProblem<N>, into: Allocation): void {
    const nE = p.exports;
    if (nE > this.byRank.length) {
      this.byRank = new Int32Array(capacityFor(this.byRank.length, nE));
      this.rankOf = new Int32Array(this.byRank.length);
    }
    const { byRank, rankOf, pool } = this;
    for (let e = 0; e < nE; e++) byRank[e] = e;
    sortPositionsByKey(byRank, p.exportWeight, nE);
    for (let r = 0; r < nE; r++) rankOf[byRank[r]!] = r;
    pool.clear(nE);
    into.reset(p);
    // Exports whose window reaches import i are those with hi[e] >= i: a range at the end of the
    // date order that grows as i goes back in time (exports with an empty window never join).
    let joined = nE;
    for (let i = p.imports - 1; i >= 0; i--) {
      while (joined > 0 && p.hi[joined - 1]! >= i) pool.add(rankOf[--joined]!);
      const first = this.firstRankAtLeast(p, p.importWeight[i]!, nE);
      while (into.importLeft[i]! > 0) {
        let rank = pool.atOrAbove(first);
        if (rank < 0) rank = pool.below(first);
        if (rank < 0) break;
        into.take(i, byRank[rank]!);
        if (into.exportLeft[byRank[rank]!] === 0) pool.remove(rank);
      }
    }
  }

  /** First export rank weighing at least `w` (binary search over exports sorted by weight). */
  private firstRankAtLeast<N extends number | bigint>(p: TransportProblem<N>, w: N, nE: number): number {
    let low = 0;
    let high = nE;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (p.exportWeight[this.byRank[mid]!]! >= w) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
