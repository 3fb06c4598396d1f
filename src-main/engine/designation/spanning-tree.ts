import type { Kernel, Slots } from './numeric-kernel';
import { capacityFor } from './typed-memory';

/**
 * The basis of the network simplex: a spanning tree rooted at the slack node (the last node). Each
 * other node keeps the arc to its parent: its direction (`up`: the arc runs from the node to its
 * parent), its flow and its gain (the pair's weight; 0 for a slack arc). Potentials make every tree
 * arc's reduced cost pi[from] - pi[to] - gain zero; the root's potential stays 0. Children are
 * doubly linked lists, so a subtree is walked and re-hung in time proportional to its size. Arcs
 * have no upper bound (quantities bind at the slack node's arcs), so only arcs running against the
 * cycle can block a pivot. One tree is reset and reused for class after class.
 */
export class SpanningTree<N extends number | bigint> {
  parent = new Int32Array(0);
  up = new Uint8Array(0);
  flow = new Float64Array(0);
  gain: Slots<N>;
  pi: Slots<N>;
  private depth = new Int32Array(0);
  private first = new Int32Array(0);
  private next = new Int32Array(0);
  private prev = new Int32Array(0);
  private stack = new Int32Array(0);
  private capacity = 0;
  /** Nodes in use; the root is size - 1. */
  size = 0;

  constructor(private readonly kernel: Kernel<N>) {
    this.gain = kernel.slots(0);
    this.pi = kernel.slots(0);
  }

  /** A tree of `size` nodes holding only the root; nodes are then attached root first. */
  reset(size: number): void {
    if (size > this.capacity) this.grow(capacityFor(this.capacity, size));
    this.size = size;
    this.parent.fill(-1, 0, size);
    this.first.fill(-1, 0, size);
    this.depth[size - 1] = 0;
    this.pi[size - 1] = this.kernel.zero;
  }

  /** Hangs `node` under `parent`, which must already hang in the tree. */
  attach(node: number, parent: number, up: boolean, flow: number, gain: N): void {
    this.setArc(node, parent, up ? 1 : 0, flow, gain);
    this.depth[node] = this.depth[parent]! + 1;
    this.pi[node] = up ? this.kernel.add(this.pi[parent]!, gain) : this.kernel.sub(this.pi[parent]!, gain);
  }

  /**
   * Brings arc a -> b (gain `gain`, reduced cost rc < 0) into the tree. The cycle it closes is
   * a -> b, up from b to the join, down to a. The leaving arc is the last blocking arc met going
   * round the cycle from the join (Cunningham's rule): it keeps the tree strongly feasible, which
   * rules out cycling through degenerate pivots, so the method terminates.
   */
  pivot(a: number, b: number, gain: N, rc: N): void {
    const { parent, up, flow, depth } = this;
    let x = a;
    let y = b;
    while (x !== y) {
      if (depth[x]! >= depth[y]!) x = parent[x]!;
      else y = parent[y]!;
    }
    const join = x;
    let delta = Infinity;
    let out = -1;
    let onA = true;
    for (let v = a; v !== join; v = parent[v]!) {
      if (up[v] && flow[v]! < delta) {
        delta = flow[v]!;
        out = v;
      }
    }
    for (let v = b; v !== join; v = parent[v]!) {
      if (!up[v] && flow[v]! <= delta) {
        delta = flow[v]!;
        out = v;
        onA = false;
      }
    }
    if (delta > 0) {
      for (let v = a; v !== join; v = parent[v]!) flow[v]! += up[v] ? -delta : delta;
      for (let v = b; v !== join; v = parent[v]!) flow[v]! += up[v] ? delta : -delta;
    }
    // The side of `out` leaves the root's component; it hangs again from the entering arc.
    const inside = onA ? a : b;
    this.rehang(inside, onA ? b : a, onA ? 1 : 0, delta, gain, out);
    this.shiftSubtree(inside, onA ? this.kernel.sub(this.kernel.zero, rc) : rc);
  }

  /** Calls visit for every tree arc with flow, as (tail, head, flow). */
  forEachArc(visit: (tail: number, head: number, flow: number) => void): void {
    for (let v = 0; v < this.size - 1; v++) {
      if (this.flow[v] === 0) continue;
      if (this.up[v]) visit(v, this.parent[v]!, this.flow[v]!);
      else visit(this.parent[v]!, v, this.flow[v]!);
    }
  }

  /** Reverses the path inside..out so that `inside` hangs from `outside` by the entering arc. */
  private rehang(inside: number, outside: number, up: number, flow: number, gain: N, out: number): void {
    let v = inside;
    let newParent = outside;
    for (;;) {
      const oldParent = this.parent[v]!;
      const oldUp = this.up[v]!;
      const oldFlow = this.flow[v]!;
      const oldGain = this.gain[v]!;
      this.unlink(v);
      this.setArc(v, newParent, up, flow, gain);
      if (v === out) return;
      // The arc v had to its old parent now belongs to that parent, pointing the other way.
      up = oldUp ? 0 : 1;
      flow = oldFlow;
      gain = oldGain;
      newParent = v;
      v = oldParent;
    }
  }

  /** Adds `delta` to the potentials of the subtree at `top` and recomputes its depths. */
  private shiftSubtree(top: number, delta: N): void {
    const { stack, first, next, parent, depth, pi } = this;
    let size = 0;
    stack[size++] = top;
    while (size > 0) {
      const v = stack[--size]!;
      pi[v] = this.kernel.add(pi[v]!, delta);
      depth[v] = depth[parent[v]!]! + 1;
      for (let c = first[v]!; c >= 0; c = next[c]!) stack[size++] = c;
    }
  }

  private setArc(node: number, parent: number, up: number, flow: number, gain: N): void {
    this.parent[node] = parent;
    this.up[node] = up;
    this.flow[node] = flow;
    this.gain[node] = gain;
    this.prev[node] = -1;
    this.next[node] = this.first[parent]!;
    if (this.first[parent]! >= 0) this.prev[this.first[parent]!] = node;
    this.first[parent] = node;
  }

  private unlink(node: number): void {
    const p = this.parent[node]!;
    if (this.prev[node]! >= 0) this.next[this.prev[node]!] = this.next[node]!;
    else this.first[p] = this.next[node]!;
    if (this.next[node]! >= 0) this.prev[this.next[node]!] = this.prev[node]!;
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.parent = new Int32Array(capacity);
    this.up = new Uint8Array(capacity);
    this.flow = new Float64Array(capacity);
    this.gain = this.kernel.slots(capacity);
    this.pi = this.kernel.slots(capacity);
    this.depth = new Int32Array(capacity);
    this.first = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.stack = new Int32Array(capacity);
  }
}
