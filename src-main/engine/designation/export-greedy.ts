import type { Allocation } from './allocation';
import { RankPool } from './rank-pool';
import type { TransportProblem } from './transport-problem';
import type { WeightRanks } from './weight-ranks';

/**
 * A greedy start, by exports: from the oldest to the newest (the oldest have the fewest imports to
 * choose from), each export takes, among the imports in its window with quantity left, the
 * lightest one weighing at least as much as the export (the export's full value, keeping heavier
 * imports for heavier exports), else the heaviest lighter one. An export uses up every import it
 * takes except perhaps the last, so, as for the import greedy (import-greedy.ts), the allocation
 * is a forest.
 */
export class ExportGreedy {
  private readonly pool = new RankPool();

  allocate<N extends number | bigint>(p: TransportProblem<N>, ranks: WeightRanks, into: Allocation): void {
    const { byRank, rankOf, notHeavier } = ranks;
    const { pool } = this;
    pool.clear(p.imports);
    into.reset(p);
    // Windows grow with the export date: imports join the pool as the windows reach them.
    let joined = 0;
    for (let e = 0; e < p.exports; e++) {
      for (; joined <= p.hi[e]!; joined++) pool.add(rankOf[joined]!);
      const first = this.firstRankAtLeast(p, ranks, e, notHeavier[e]!);
      while (into.exportLeft[e]! > 0) {
        let rank = pool.atOrAbove(first);
        if (rank < 0) rank = pool.below(first);
        if (rank < 0) break;
        into.take(byRank[rank]!, e);
        if (into.importLeft[byRank[rank]!] === 0) pool.remove(rank);
      }
    }
  }

  /** First import rank weighing at least export e (at most `notHeavier`: ranks below it weigh no more). */
  private firstRankAtLeast<N extends number | bigint>(p: TransportProblem<N>, ranks: WeightRanks, e: number, notHeavier: number): number {
    let low = 0;
    let high = notHeavier;
    const we = p.exportWeight[e]!;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (p.importWeight[ranks.byRank[mid]!]! >= we) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
