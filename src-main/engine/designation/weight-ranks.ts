import { sortPositionsByKey } from './index-sort';
import type { TransportProblem } from './transport-problem';
import { capacityFor } from './typed-memory';

/**
 * Imports of a class ordered by weight (equal weights in a fixed order): `byRank[r]` is the import of
 * rank r and `rankOf[i]` the rank of import i; `notHeavier[e]` counts the imports weighing at most
 * export e. min(w_i, w_e) is w_i for ranks below `notHeavier[e]` and w_e from there on, which is
 * what lets pricing work on rank ranges instead of pairs. Reused from class to class.
 */
export class WeightRanks {
  byRank = new Int32Array(0);
  rankOf = new Int32Array(0);
  notHeavier = new Int32Array(0);

  rank<N extends number | bigint>(p: TransportProblem<N>): void {
    const nI = p.imports;
    if (nI > this.byRank.length) {
      this.byRank = new Int32Array(capacityFor(this.byRank.length, nI));
      this.rankOf = new Int32Array(this.byRank.length);
    }
    if (p.exports > this.notHeavier.length) this.notHeavier = new Int32Array(capacityFor(this.notHeavier.length, p.exports));
    const { byRank, rankOf, notHeavier } = this;
    for (let i = 0; i < nI; i++) byRank[i] = i;
    sortPositionsByKey(byRank, p.importWeight, nI);
    for (let r = 0; r < nI; r++) rankOf[byRank[r]!] = r;
    for (let e = 0; e < p.exports; e++) {
      // Binary search on the sorted weights: the first rank heavier than the export.
      const we = p.exportWeight[e]!;
      let low = 0;
      let high = nI;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (p.importWeight[byRank[mid]!]! > we) high = mid;
        else low = mid + 1;
      }
      notHeavier[e] = low;
    }
  }
}
