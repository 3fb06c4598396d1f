/**
 * A set of ranks 0..size-1 (imports on hand, by weight rank) with the nearest member at or above a
 * rank, or below it, in O(log size): a complete binary tree of member counts, searched by climbing
 * to the first sibling subtree that has a member and descending to its nearest leaf.
 */
export class RankPool {
  private readonly leaves: number;
  private readonly count: Int32Array;

  constructor(size: number) {
    this.leaves = 1 << Math.ceil(Math.log2(Math.max(2, size)));
    this.count = new Int32Array(2 * this.leaves);
  }

  add(rank: number): void {
    for (let j = rank + this.leaves; j >= 1; j >>= 1) this.count[j]!++;
  }

  remove(rank: number): void {
    for (let j = rank + this.leaves; j >= 1; j >>= 1) this.count[j]!--;
  }

  /** Smallest member >= rank, or -1. */
  atOrAbove(rank: number): number {
    if (rank >= this.leaves) return -1;
    let j = rank + this.leaves;
    if (this.count[j]! > 0) return rank;
    for (; j > 1; j >>= 1) {
      if ((j & 1) === 0 && this.count[j + 1]! > 0) return this.descend(j + 1, 0);
    }
    return -1;
  }

  /** Largest member < rank, or -1. */
  below(rank: number): number {
    if (rank <= 0) return -1;
    let j = Math.min(rank, this.leaves) - 1 + this.leaves;
    if (this.count[j]! > 0) return j - this.leaves;
    for (; j > 1; j >>= 1) {
      if ((j & 1) === 1 && this.count[j - 1]! > 0) return this.descend(j - 1, 1);
    }
    return -1;
  }

  /** Leaf of the subtree at j nearest to its left (side 0) or right (side 1) end. */
  private descend(j: number, side: 0 | 1): number {
    while (j < this.leaves) {
      const near = 2 * j + side;
      j = this.count[near]! > 0 ? near : near ^ 1;
    }
    return j - this.leaves;
  }
}
