import { greedyAllocation } from './greedy-allocation';
import { SpanningTree } from './spanning-tree';
import { pairWeight, slackNodeOf, type TransportProblem } from './transport-problem';

/**
 * The first basis of the simplex: the greedy allocation's forest, joined to the slack node by the
 * slack arcs of its leftovers (import i -> slack for units left, slack -> export e for units
 * unserved) and, for a part with no leftover, by an import's slack arc carrying nothing. Every arc
 * then carries flow except those zero arcs, which point to the root: the tree is strongly feasible,
 * as Cunningham's rule requires. Should the allocation ever not fit a tree, the simplex starts
 * from the all-slack tree instead (nothing designated), which is always one.
 */
export function startingTree<N extends number | bigint>(p: TransportProblem<N>): SpanningTree<N> {
  const nI = p.importQty.length;
  const nE = p.exportQty.length;
  const slack = slackNodeOf(p);
  const tree = new SpanningTree(p.kernel, slack + 1, slack);
  const { imp, exp, qty, importLeft, exportLeft } = greedyAllocation(p);
  // Arcs of the tree as (tail, head, flow, gain index: pair k, or -1 for a slack arc).
  const tails: number[] = [];
  const heads: number[] = [];
  const flows: number[] = [];
  const pairs: number[] = [];
  const group = Int32Array.from({ length: slack + 1 }, (_, v) => v);
  const find = (v: number): number => {
    while (group[v] !== v) v = group[v] = group[group[v]!]!;
    return v;
  };
  const join = (tail: number, head: number, flow: number, pair: number): boolean => {
    const a = find(tail);
    const b = find(head);
    if (a === b) return false;
    group[a] = b;
    tails.push(tail);
    heads.push(head);
    flows.push(flow);
    pairs.push(pair);
    return true;
  };
  let fits = true;
  for (let k = 0; k < imp.length && fits; k++) fits = join(imp[k]!, nI + exp[k]!, qty[k]!, k);
  for (let i = 0; i < nI && fits; i++) if (importLeft[i]! > 0) fits = join(i, slack, importLeft[i]!, -1);
  for (let e = 0; e < nE && fits; e++) if (exportLeft[e]! > 0) fits = join(slack, nI + e, exportLeft[e]!, -1);
  for (let i = 0; i < nI && fits; i++) if (find(i) !== find(slack)) join(i, slack, 0, -1);
  if (!fits || tails.length !== slack) return slackTree(p);
  // Hang the arcs from the root outwards (breadth first over an adjacency list).
  const start = new Int32Array(slack + 2);
  for (let k = 0; k < tails.length; k++) {
    start[tails[k]! + 1]!++;
    start[heads[k]! + 1]!++;
  }
  for (let v = 0; v <= slack; v++) start[v + 1]! += start[v]!;
  const arcsAt = new Int32Array(2 * tails.length);
  const fill = start.slice(0, slack + 1);
  for (let k = 0; k < tails.length; k++) {
    arcsAt[fill[tails[k]!]!++] = k;
    arcsAt[fill[heads[k]!]!++] = k;
  }
  const queue = new Int32Array(slack + 1);
  const placed = new Uint8Array(slack + 1);
  queue[0] = slack;
  placed[slack] = 1;
  for (let head = 0, size = 1; head < size; head++) {
    const v = queue[head]!;
    for (let j = start[v]!; j < start[v + 1]!; j++) {
      const k = arcsAt[j]!;
      const child = tails[k] === v ? heads[k]! : tails[k]!;
      if (placed[child]) continue;
      placed[child] = 1;
      queue[size++] = child;
      const gain = pairs[k]! >= 0 ? pairWeight(p, imp[pairs[k]!]!, exp[pairs[k]!]!) : p.kernel.zero;
      tree.attach(child, v, tails[k] === child, flows[k]!, gain);
    }
  }
  return tree;
}

/** Every import sends its units to the slack node, which serves every export: nothing designated. */
export function slackTree<N extends number | bigint>(p: TransportProblem<N>): SpanningTree<N> {
  const nI = p.importQty.length;
  const slack = slackNodeOf(p);
  const tree = new SpanningTree(p.kernel, slack + 1, slack);
  for (let i = 0; i < nI; i++) tree.attach(i, slack, true, p.importQty[i]!, p.kernel.zero);
  for (let e = 0; e < p.exportQty.length; e++) tree.attach(nI + e, slack, false, p.exportQty[e]!, p.kernel.zero);
  return tree;
}
