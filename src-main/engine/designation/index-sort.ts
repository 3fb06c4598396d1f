import type { Slots } from './numeric-kernel';

/**
 * Sorts positions order[0..count) by key[position] ascending, equal keys by position, in place.
 * A plain quicksort on typed arrays: the solver sorts thousands of short lists, where a comparator
 * passed to Array.prototype.sort (and the arrays it needs) would cost more than the solving.
 * The tie rule makes the result independent of the input order, so designations are deterministic.
 */
export function sortPositionsByKey<N extends number | bigint>(order: Int32Array, key: Slots<N>, count: number): void {
  const before = (a: number, b: number) => key[a]! < key[b]! || (key[a] === key[b] && a < b);
  const swap = (a: number, b: number) => {
    const t = order[a]!;
    order[a] = order[b]!;
    order[b] = t;
  };
  const pending: number[] = [0, count - 1];
  while (pending.length > 0) {
    let right = pending.pop()!;
    let left = pending.pop()!;
    while (right - left > 16) {
      const mid = (left + right) >> 1;
      if (before(order[mid]!, order[left]!)) swap(mid, left);
      if (before(order[right]!, order[left]!)) swap(right, left);
      if (before(order[right]!, order[mid]!)) swap(right, mid);
      const pivot = order[mid]!;
      let i = left;
      let j = right;
      while (i <= j) {
        while (before(order[i]!, pivot)) i++;
        while (before(pivot, order[j]!)) j--;
        if (i <= j) swap(i++, j--);
      }
      // Recurse into the smaller part later, loop on the larger: the stack stays logarithmic.
      if (j - left < right - i) {
        pending.push(i, right);
        right = j;
      } else {
        pending.push(left, j);
        left = i;
      }
    }
    for (let a = left + 1; a <= right; a++) {
      const x = order[a]!;
      let b = a - 1;
      while (b >= left && before(x, order[b]!)) order[b + 1] = order[b--]!;
      order[b + 1] = x;
    }
  }
}
