import type { Kernel, Slots } from './numeric-kernel';

/**
 * Binary min-heap of (distance, node) for Dijkstra, with exact keys from the class's kernel.
 * Entries are never decreased in place: a node is pushed again and stale entries are skipped.
 */
export class DistanceHeap<N extends number | bigint> {
  private keys: Slots<N>;
  private nodes = new Int32Array(256);
  size = 0;

  constructor(private readonly kernel: Kernel<N>) {
    this.keys = kernel.slots(256);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): N {
    return this.keys[0]!;
  }

  push(key: N, node: number): void {
    if (this.size === this.nodes.length) {
      this.keys = this.kernel.grow(this.keys, this.size * 2);
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let j = this.size++;
    while (j > 0) {
      const parent = (j - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[j] = this.keys[parent]!;
      this.nodes[j] = this.nodes[parent]!;
      j = parent;
    }
    this.keys[j] = key;
    this.nodes[j] = node;
  }

  /** Removes the smallest entry and returns its node (read its key with topKey() first). */
  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.size;
    const key = this.keys[last]!;
    const node = this.nodes[last]!;
    let j = 0;
    for (;;) {
      let child = 2 * j + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[j] = this.keys[child]!;
      this.nodes[j] = this.nodes[child]!;
      j = child;
    }
    this.keys[j] = key;
    this.nodes[j] = node;
    return top;
  }
}
