import type { SolverState } from './solver-state';

export interface SearchOutcome<N> {
  /** Smallest reduced cost of a way to give export z one more unit, capped at beta[z]. */
  best: N;
  /** Node that ends that way (import with spare quantity, or export that gives a unit up); -1: none. */
  target: number;
}

/**
 * Dijkstra from export z over the residual graph with reduced costs (all >= 0 by dual feasibility):
 * export e -> import i in e's window costs alpha_i + beta_e - w(i,e) (z takes or e re-takes a unit
 * of i); import i -> export e along an arc with flow costs 0 (the arc is tight). A path ends at an
 * import with spare quantity (cost so far) or at an export that gives its unit up (cost + beta_e).
 * Ending is worth it only below beta[z], z's remaining dual; nodes at or beyond the best end so far
 * are never settled, so a search costs only what lies closer than the answer.
 */
export function searchFromExport<N extends number | bigint>(s: SolverState<N>, z: number): SearchOutcome<N> {
  const K = s.p.kernel;
  const { lo, hi, importWeight, exportWeight } = s.p;
  const { alpha, beta, distI, distE, settledI, settledE, reachedI, heap, arcs, capI } = s;
  const nI = s.nI;
  let best = beta[z]!;
  let target = -1;
  s.reachExport(z, K.zero, -1);
  while (heap.size > 0) {
    const D = heap.topKey();
    if (D >= best) break;
    const node = heap.pop();
    if (node >= nI) {
      const e = node - nI;
      if (settledE[e] || D > distE[e]!) continue;
      settledE[e] = 1;
      const be = beta[e]!;
      if (e !== z && K.add(D, be) < best) {
        best = K.add(D, be);
        target = node;
      }
      const base = K.add(D, be);
      const ve = exportWeight[e]!;
      for (let i = lo[e]!, end = hi[e]!; i <= end; i++) {
        if (settledI[i]) continue;
        const di = importWeight[i]!;
        const nd = K.sub(K.add(base, alpha[i]!), di < ve ? di : ve);
        if (nd < best && (!reachedI[i] || nd < distI[i]!)) s.reachImport(i, nd, e);
      }
    } else {
      const i = node;
      if (settledI[i] || D > distI[i]!) continue;
      settledI[i] = 1;
      if (capI[i]! > 0) {
        best = D;
        target = i;
        break;
      }
      for (let k = arcs.head[i]!; k >= 0; k = arcs.nextOf(k)) {
        const e = arcs.exp[k]!;
        if (!settledE[e] && (!s.reachedE[e] || D < distE[e]!)) s.reachExport(e, D, k);
      }
    }
  }
  return { best, target };
}
