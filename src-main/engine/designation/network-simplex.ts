import { ArcPricing } from './arc-pricing';
import { CandidateArcs } from './candidate-arcs';
import { addToFlow, emptyFlow, type ClassFlow } from './class-flow';
import type { SpanningTree } from './spanning-tree';
import { startingTree } from './starting-tree';
import { slackNodeOf, type TransportProblem } from './transport-problem';
import { weightRanks } from './weight-ranks';

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
 */
export function solveTransport<N extends number | bigint>(p: TransportProblem<N>): ClassFlow {
  const ranks = weightRanks(p);
  const tree = startingTree(p);
  const pricing = new ArcPricing(p, ranks);
  const candidates = new CandidateArcs(p.kernel, p.importQty.length + p.exportQty.length);
  const { pi } = tree;
  for (;;) {
    pricing.collect(tree, candidates);
    if (candidates.count === 0) break;
    // Earlier pivots of the pass move potentials; an arc that no longer improves is skipped.
    for (let k = candidates.take(); k >= 0; k = candidates.take()) {
      const tail = candidates.tail[k]!;
      const head = candidates.head[k]!;
      const gain = candidates.gain[k]!;
      const rc = p.kernel.sub(p.kernel.sub(pi[tail]!, pi[head]!), gain);
      if (rc < p.kernel.zero) tree.pivot(tail, head, gain, rc);
    }
  }
  return flowOf(p, tree);
}

/** The designation: tree arcs between an import and an export that carry units. */
function flowOf<N extends number | bigint>(p: TransportProblem<N>, tree: SpanningTree<N>): ClassFlow {
  const nI = p.importQty.length;
  const slack = slackNodeOf(p);
  const flow = emptyFlow();
  tree.forEachArc((tail, head, qty) => {
    if (tail !== slack && head !== slack) addToFlow(flow, tail, head - nI, qty);
  });
  return flow;
}
