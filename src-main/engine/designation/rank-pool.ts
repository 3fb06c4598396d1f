import { capacityFor } from './typed-memory';

/**
 * A set of ranks 0..size-1 with the nearest member at or above a rank, or below it, in O(log size):
 * a complete binary tree of member counts, searched by climbing to the first sibling subtree that
 * has a member and descending to its nearest leaf. Cleared and reused from class to class.
 */
export class RankPool {
  private leaves = 1;
  private count = new Int32Array(2);

  clear(size: number): void {
    let leaves = 2;
    while (leaves < size) leaves *= 2;
    this.leaves = leaves;
    if (2 * leaves > this.count.length) this.count = new Int32Array(capacityFor(this.count.length, 2 * leaves));
    else this.count.fill(0, 0, 2 * leaves);
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
