import { ArcPricing } from './arc-pricing';
import { CandidateArcs } from './candidate-arcs';
import type { Kernel } from './numeric-kernel';
import { SpanningTree } from './spanning-tree';
import { StartingAllocation } from './starting-allocation';
import { StartingTree } from './starting-tree';
import { slackNodeOf, type TransportProblem } from './transport-problem';
import { WeightRanks } from './weight-ranks';

function largestWeight<N extends number | bigint>(p: TransportProblem<N>): N {
  let largest = p.kernel.zero;
  for (let i = 0; i < p.imports; i++) if (p.importWeight[i]! > largest) largest = p.importWeight[i]!;
  for (let e = 0; e < p.exports; e++) if (p.exportWeight[e]! > largest) largest = p.exportWeight[e]!;
  return largest;
}

/** Receives the designation of a class: `quantity` units of import position i against export position e. */
export type FlowSink = (i: number, e: number, quantity: number) => void;

/**
 * Exact maximum-refund designation for one class by the primal network simplex, on the network
 * of transport-problem.ts: import i supplies q_i, export e demands r_e, a pair arc i -> e (i in
 * e's window) costs -min(w_i, w_e), and slack arcs i -> slack and slack -> e cost 0, so leaving
 * units undesignated is allowed. This is the transportation LP
 *   maximize  sum x[i][e] * w(i,e)  s.t.  sum_e x[i][e] <= q_i,  sum_i x[i][e] <= r_e,  x >= 0,
 * with duals alpha_i = pi_i - pi_slack, beta_e = pi_slack - pi_e.
 *
 * Why it is exact: each basis is a spanning tree whose flow is feasible and whose potentials give
 * every tree arc reduced cost 0. A pivot brings in an arc of negative reduced cost and keeps the
 * flow feasible; Cunningham's leaving-arc rule on a strongly feasible tree (spanning-tree.ts)
 * guarantees termination. The method stops only when a pricing pass, which computes every export's
 * least reduced cost over its whole window exactly (arc-pricing.ts), finds no negative arc: then
 * alpha, beta >= 0 and alpha_i + beta_e >= w(i,e) for every eligible pair, and tree arcs carry
 * flow only where that holds with equality, so by LP duality the flow is optimal. Flows stay
 * integral (integral quantities, integral pushes) and arithmetic is exact (numeric-kernel.ts).
 *
 * One solver serves class after class: its working arrays grow to the largest class and are reused.
 */
export class TransportSolver<N extends number | bigint> {
  private readonly ranks = new WeightRanks();
  private readonly allocation = new StartingAllocation();
  private readonly start = new StartingTree();
  private readonly tree: SpanningTree<N>;
  private readonly pricing: ArcPricing<N>;
  private readonly candidates: CandidateArcs<N>;

  constructor(kernel: Kernel<N>) {
    this.tree = new SpanningTree(kernel);
    this.pricing = new ArcPricing(kernel);
    this.candidates = new CandidateArcs(kernel);
  }

  solve(p: TransportProblem<N>, sink: FlowSink): void {
    const { tree, candidates } = this;
    const K = p.kernel;
    this.ranks.rank(p);
    this.start.build(p, this.allocation.choose(p, this.ranks), tree);
    const empty = K.above(largestWeight(p), slackNodeOf(p) + 1);
    for (;;) {
      this.pricing.collect(p, this.ranks, tree, candidates, empty);
      if (candidates.count === 0) break;
      // Earlier pivots of the pass move potentials; an arc that no longer improves is skipped.
      // Later pivots can make a skipped arc improve again, so the list is gone through twice.
      for (let round = 0; round < 2; round++) {
        for (let k = candidates.take(); k >= 0; k = candidates.take()) {
          const tail = candidates.tail[k]!;
          const head = candidates.head[k]!;
          const gain = candidates.gain[k]!;
          const rc = K.sub(K.sub(tree.pi[tail]!, tree.pi[head]!), gain);
          if (rc < K.zero) tree.pivot(tail, head, gain, rc);
        }
        candidates.rewind();
      }
    }
    // The designation: tree arcs between an import and an export that carry units.
    const slack = slackNodeOf(p);
    tree.forEachArc((tail, head, quantity) => {
      if (tail !== slack && head !== slack) sink(tail, head - p.imports, quantity);
    });
  }
}
