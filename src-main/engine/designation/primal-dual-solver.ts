import type { FlowArcs } from './flow-arcs';
import { searchFromExport } from './shortest-path-search';
import { SolverState, type TransportProblem } from './solver-state';

/**
 * Exact maximum-refund designation for one class: a primal-dual (Hungarian / successive shortest
 * path) method for the transportation LP
 *   maximize  sum x[i][e] * w(i,e),  w(i,e) = min(d_i, v_e)
 *   s.t.      sum_e x[i][e] <= q_i,  sum_i x[i][e] <= r_e,  x >= 0 on eligible pairs,
 * whose dual is: minimize sum q_i alpha_i + sum r_e beta_e with alpha_i + beta_e >= w(i,e) and
 * alpha, beta >= 0.
 *
 * Exports are added in date order. An export only pairs with imports dated on or before it, so when
 * export z arrives every import it can use is already present. Invariant after each export: the flow
 * is feasible, the duals are feasible, and complementary slackness holds (alpha_i > 0 only for a
 * fully used import, beta_e > 0 only for a fully used export, flow only on pairs with
 * alpha_i + beta_e = w(i,e)). By LP duality the flow is then optimal for the exports added so far.
 *
 * Adding z: beta_z = max(0, max over its window of w(i,z) - alpha_i) keeps the duals feasible; only
 * z may break slackness (beta_z > 0 while z has quantity left). Each round finds, with Dijkstra on
 * reduced costs, the cheapest way to give z one more unit; shifts duals by the distances, which
 * keeps every reduced cost >= 0 and makes that path tight; and pushes as much as the path allows.
 * Rounds end when z is full or beta_z reaches 0. Every round moves at least one unit, so it ends.
 * The LP has integral optimal solutions for integral quantities, and every flow here is integral.
 */
export function solveMaxRefund<N extends number | bigint>(problem: TransportProblem<N>): FlowArcs {
  const s = new SolverState(problem);
  for (let z = 0; z < s.nE; z++) addExport(s, z);
  return s.arcs;
}

function addExport<N extends number | bigint>(s: SolverState<N>, z: number): void {
  const K = s.p.kernel;
  const { lo, hi } = s.p;
  if (lo[z]! > hi[z]!) return;
  let opening = K.zero;
  for (let i = lo[z]!; i <= hi[z]!; i++) {
    const gain = K.sub(s.weight(i, z), s.alpha[i]!);
    if (gain > opening) opening = gain;
  }
  s.beta[z] = opening;
  while (s.capE[z]! > 0 && s.beta[z]! > K.zero) {
    const { best, target } = searchFromExport(s, z);
    shiftDuals(s, best);
    if (target >= 0) augment(s, z, target);
    s.resetSearch();
    if (target < 0) break;
  }
}

/** alpha_i += best - dist_i and beta_e -= best - dist_e for every node settled closer than best. */
function shiftDuals<N extends number | bigint>(s: SolverState<N>, best: N): void {
  const K = s.p.kernel;
  for (let j = 0; j < s.touchedICount; j++) {
    const i = s.touchedI[j]!;
    if (s.settledI[i] && s.distI[i]! < best) s.alpha[i] = K.add(s.alpha[i]!, K.sub(best, s.distI[i]!));
  }
  for (let j = 0; j < s.touchedECount; j++) {
    const e = s.touchedE[j]!;
    if (s.settledE[e] && s.distE[e]! < best) s.beta[e] = K.sub(s.beta[e]!, K.sub(best, s.distE[e]!));
  }
}

/** Pushes the largest amount the path allows from z to the target, then updates the flow. */
function augment<N extends number | bigint>(s: SolverState<N>, z: number, target: number): void {
  const { nI, arcs, capI, capE, predI, predArcE } = s;
  let amount = capE[z]!;
  amount = Math.min(amount, target >= nI ? arcs.qty[predArcE[target - nI]!]! : capI[target]!);
  for (let node = target; node !== nI + z; ) {
    if (node >= nI) {
      const arc = predArcE[node - nI]!;
      amount = Math.min(amount, arcs.qty[arc]!);
      node = arcs.imp[arc]!;
    } else node = nI + predI[node]!;
  }
  if (target >= nI) capE[target - nI]! += amount;
  else capI[target]! -= amount;
  for (let node = target; node !== nI + z; ) {
    if (node >= nI) {
      const arc = predArcE[node - nI]!;
      const i = arcs.imp[arc]!;
      arcs.add(i, node - nI, -amount, arc);
      node = i;
    } else {
      const e = predI[node]!;
      arcs.add(node, e, amount);
      node = nI + e;
    }
  }
  capE[z]! -= amount;
}
