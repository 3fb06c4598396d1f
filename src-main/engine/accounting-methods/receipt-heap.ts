/**
 * A binary min-heap of receipt positions ordered by (priority, position): the lower priority first,
 * and on equal priority the older receipt (lower position in date order) first. Priorities live in a
 * Float64Array the caller owns; a receipt's priority must not change while it is in the heap.
 * push/pop O(log n), peek O(1); storage is one Int32Array sized for every receipt.
 */
export class ReceiptHeap {
  private readonly items: Int32Array;
  private count = 0;

  constructor(
    capacity: number,
    private readonly priority: Float64Array,
  ) {
    this.items = new Int32Array(Math.max(capacity, 1));
  }

  get size(): number {
    return this.count;
  }

  /** The first receipt in order, or -1 when empty. */
  peek(): number {
    return this.count > 0 ? this.items[0]! : -1;
  }

  push(seq: number): void {
    const items = this.items;
    let at = this.count;
    this.count += 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = items[parent]!;
      if (!this.before(seq, above)) break;
      items[at] = above;
      at = parent;
    }
    items[at] = seq;
  }

  /** Removes and returns the first receipt, or -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const items = this.items;
    const first = items[0]!;
    this.count -= 1;
    if (this.count > 0) {
      const last = items[this.count]!;
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= this.count) break;
        if (child + 1 < this.count && this.before(items[child + 1]!, items[child]!)) child += 1;
        if (!this.before(items[child]!, last)) break;
        items[at] = items[child]!;
        at = child;
      }
      items[at] = last;
    }
    return first;
  }

  private before(a: number, b: number): boolean {
    const pa = this.priority[a]!;
    const pb = this.priority[b]!;
    return pa < pb || (pa === pb && a < b);
  }
}
