import type { FlowSink } from './network-simplex';

/**
 * FIFO / LIFO designation for one class: exports in date order, each taking the oldest (fifo) or
 * newest (lifo) eligible import with quantity left in its window 0..hi[e], until it is full or the
 * window is exhausted. An emptied import is skipped for good through a path-compressed pointer
 * towards newer (fifo) or older (lifo) imports, so a class costs near-linear time.
 */
export function solveDateOrder(importQty: Float64Array, exportQty: Float64Array, hi: Int32Array, order: 'fifo' | 'lifo', sink: FlowSink): void {
  const left = Float64Array.from(importQty);
  const n = left.length;
  const step = order === 'fifo' ? 1 : -1;
  // link[i + 1] is i while import i has quantity left, else a position further in `step` direction;
  // positions -1 and n are sentinels that point at themselves.
  const link = Int32Array.from({ length: n + 2 }, (_, k) => k - 1);
  const find = (start: number): number => {
    let root = start;
    while (link[root + 1] !== root) root = link[root + 1]!;
    for (let i = start; link[i + 1] !== root;) {
      const next = link[i + 1]!;
      link[i + 1] = root;
      i = next;
    }
    return root;
  };
  exportQty.forEach((wanted, e) => {
    let need = wanted;
    let i = find(order === 'fifo' ? 0 : hi[e]!);
    while (need > 0 && i >= 0 && i <= hi[e]!) {
      const take = Math.min(need, left[i]!);
      sink(i, e, take);
      left[i]! -= take;
      need -= take;
      if (left[i] === 0) {
        link[i + 1] = i + step;
        i = find(i);
      }
    }
  });
}
