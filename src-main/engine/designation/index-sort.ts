import type { Slots } from './numeric-kernel';

/**
 * Sorts positions order[0..count) by key[position] ascending, in place. A plain quicksort on typed
 * arrays, with no closures made per call: the solver sorts tens of thousands of short lists, where
 * a comparator passed to Array.prototype.sort (and the arrays it needs) would cost more than the
 * solving. It is deterministic: the same list in gives the same order out, so designations are
 * too (equal keys keep no particular order).
 */
export function sortPositionsByKey<N extends number | bigint>(order: Int32Array, key: Slots<N>, count: number): void {
  const pending: number[] = [];
  let left = 0;
  let right = count - 1;
  for (;;) {
    while (right - left > 16) {
      const mid = (left + right) >> 1;
      // Median of three as the pivot, the three put in order; then Hoare partition around it.
      if (before(key, order[mid]!, order[left]!)) swap(order, mid, left);
      if (before(key, order[right]!, order[mid]!)) swap(order, right, mid);
      if (before(key, order[mid]!, order[left]!)) swap(order, mid, left);
      const pivot = order[mid]!;
      let i = left;
      let j = right;
      while (i <= j) {
        while (before(key, order[i]!, pivot)) i++;
        while (before(key, pivot, order[j]!)) j--;
        if (i <= j) swap(order, i++, j--);
      }
      // Sort the smaller part later, loop on the larger: the list of pending parts stays short.
      if (j - left < right - i) {
        pending.push(i, right);
        right = j;
      } else {
        pending.push(left, j);
        left = i;
      }
    }
    for (let s = left + 1; s <= right; s++) {
      const x = order[s]!;
      let t = s - 1;
      for (; t >= left && before(key, x, order[t]!); t--) order[t + 1] = order[t]!;
      order[t + 1] = x;
    }
    if (pending.length === 0) return;
    right = pending.pop()!;
    left = pending.pop()!;
  }
}

function before<N extends number | bigint>(key: Slots<N>, a: number, b: number): boolean {
  return key[a]! < key[b]!;
}

function swap(order: Int32Array, a: number, b: number): void {
  const t = order[a]!;
  order[a] = order[b]!;
  order[b] = t;
}
