import type { Allocation } from './allocation';
import type { SpanningTree } from './spanning-tree';
import { pairWeight, slackNodeOf, type TransportProblem } from './transport-problem';
import { capacityFor } from './typed-memory';

/**
 * The first basis of the simplex: the starting allocation's forest (starting-allocation.ts),
 * joined to the slack node by the slack arcs of its leftovers (import i -> slack for units left,
 * slack -> export e for units unserved) and, for a part with no leftover, by an import's slack arc
 * carrying nothing. Every arc then carries flow except those zero arcs, which point to the root:
 * the tree is strongly feasible, as Cunningham's rule requires. Should the allocation ever not fit
 * a tree, the simplex starts from the all-slack tree instead (nothing designated), which is always
 * one. The builder's arrays are reused from class to class.
 */
export class StartingTree {
  /** Arcs of the tree as (tail, head, flow, pair: allocation k, or -1 for a slack arc). */
  private tail = new Int32Array(0);
  private head = new Int32Array(0);
  private flow = new Float64Array(0);
  private pair = new Int32Array(0);
  private group = new Int32Array(0);
  private start = new Int32Array(0);
  private fill = new Int32Array(0);
  private arcsAt = new Int32Array(0);
  private queue = new Int32Array(0);
  private placed = new Uint8Array(0);
  private arcs = 0;

  build<N extends number | bigint>(p: TransportProblem<N>, allocation: Allocation, tree: SpanningTree<N>): void {
    const nI = p.imports;
    const nE = p.exports;
    const slack = slackNodeOf(p);
    this.ensure(slack + 1);
    for (let v = 0; v <= slack; v++) this.group[v] = v;
    this.arcs = 0;
    const { imp, exp, qty, importLeft, exportLeft } = allocation;
    let fits = true;
    for (let k = 0; k < allocation.count && fits; k++) fits = this.join(imp[k]!, nI + exp[k]!, qty[k]!, k);
    for (let i = 0; i < nI && fits; i++) if (importLeft[i]! > 0) fits = this.join(i, slack, importLeft[i]!, -1);
    for (let e = 0; e < nE && fits; e++) if (exportLeft[e]! > 0) fits = this.join(slack, nI + e, exportLeft[e]!, -1);
    for (let i = 0; i < nI && fits; i++) if (this.find(i) !== this.find(slack)) this.join(i, slack, 0, -1);
    tree.reset(slack + 1);
    if (!fits || this.arcs !== slack) {
      slackTree(p, tree);
      return;
    }
    this.hangFromRoot(p, allocation, tree);
  }

  /** Hangs the arcs from the root outwards (breadth first over an adjacency list). */
  private hangFromRoot<N extends number | bigint>(p: TransportProblem<N>, allocation: Allocation, tree: SpanningTree<N>): void {
    const slack = slackNodeOf(p);
    const { tail, head, start, fill, arcsAt, queue, placed } = this;
    start.fill(0, 0, slack + 2);
    for (let k = 0; k < this.arcs; k++) {
      start[tail[k]! + 1]!++;
      start[head[k]! + 1]!++;
    }
    for (let v = 0; v <= slack; v++) start[v + 1]! += start[v]!;
    fill.set(start.subarray(0, slack + 1));
    for (let k = 0; k < this.arcs; k++) {
      arcsAt[fill[tail[k]!]!++] = k;
      arcsAt[fill[head[k]!]!++] = k;
    }
    placed.fill(0, 0, slack + 1);
    queue[0] = slack;
    placed[slack] = 1;
    for (let at = 0, size = 1; at < size; at++) {
      const v = queue[at]!;
      for (let j = start[v]!; j < start[v + 1]!; j++) {
        const k = arcsAt[j]!;
        const child = tail[k] === v ? head[k]! : tail[k]!;
        if (placed[child]) continue;
        placed[child] = 1;
        queue[size++] = child;
        const pair = this.pair[k]!;
        const gain = pair >= 0 ? pairWeight(p, allocation.imp[pair]!, allocation.exp[pair]!) : p.kernel.zero;
        tree.attach(child, v, tail[k] === child, this.flow[k]!, gain);
      }
    }
  }

  private find(v: number): number {
    const { group } = this;
    while (group[v] !== v) v = group[v] = group[group[v]!]!;
    return v;
  }

  /** Adds the arc unless it would close a cycle (then the allocation is not a forest). */
  private join(tail: number, head: number, flow: number, pair: number): boolean {
    const a = this.find(tail);
    const b = this.find(head);
    if (a === b) return false;
    this.group[a] = b;
    const k = this.arcs++;
    this.tail[k] = tail;
    this.head[k] = head;
    this.flow[k] = flow;
    this.pair[k] = pair;
    return true;
  }

  private ensure(nodes: number): void {
    if (nodes <= this.group.length) return;
    const size = capacityFor(this.group.length, nodes);
    this.tail = new Int32Array(size);
    this.head = new Int32Array(size);
    this.flow = new Float64Array(size);
    this.pair = new Int32Array(size);
    this.group = new Int32Array(size);
    this.start = new Int32Array(size + 1);
    this.fill = new Int32Array(size);
    this.arcsAt = new Int32Array(2 * size);
    this.queue = new Int32Array(size);
    this.placed = new Uint8Array(size);
  }
}

/** Every import sends its units to the slack node, which serves every export: nothing designated. */
export function slackTree<N extends number | bigint>(p: TransportProblem<N>, tree: SpanningTree<N>): void {
  const nI = p.imports;
  const slack = slackNodeOf(p);
  tree.reset(slack + 1);
  for (let i = 0; i < nI; i++) tree.attach(i, slack, true, p.importQty[i]!, p.kernel.zero);
  for (let e = 0; e < p.exports; e++) tree.attach(nI + e, slack, false, p.exportQty[e]!, p.kernel.zero);
}
