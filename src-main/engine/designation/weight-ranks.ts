import { sortPositionsByKey } from './index-sort';
import type { TransportProblem } from './transport-problem';

/**
 * Imports of a class ordered by weight (equal weights by position): `byRank[r]` is the import of
 * rank r and `rankOf[i]` the rank of import i. For each export, how many imports weigh less than
 * it (`lighter`) and at most as much (`notHeavier`): min(w_i, w_e) is w_i for ranks below
 * `notHeavier[e]` and w_e from there on, which is what lets pricing and the greedy start work on
 * rank ranges instead of pairs.
 */
export interface WeightRanks {
  byRank: Int32Array;
  rankOf: Int32Array;
  lighter: Int32Array;
  notHeavier: Int32Array;
}

export function weightRanks<N extends number | bigint>(p: TransportProblem<N>): WeightRanks {
  const nI = p.importQty.length;
  const nE = p.exportQty.length;
  const byRank = Int32Array.from({ length: nI }, (_, i) => i);
  sortPositionsByKey(byRank, p.importWeight, nI);
  const rankOf = new Int32Array(nI);
  byRank.forEach((i, r) => (rankOf[i] = r));
  const lighter = new Int32Array(nE);
  const notHeavier = new Int32Array(nE);
  // Binary searches on the sorted weights: first rank at or above the export's weight, and above it.
  const firstRank = (stop: (w: N) => boolean) => {
    let low = 0;
    let high = nI;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (stop(p.importWeight[byRank[mid]!]!)) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  for (let e = 0; e < nE; e++) {
    const we = p.exportWeight[e]!;
    lighter[e] = firstRank((w) => w >= we);
    notHeavier[e] = firstRank((w) => w > we);
  }
  return { byRank, rankOf, lighter, notHeavier };
}
