import type { CandidateArcs } from './candidate-arcs';
import type { Slots } from './numeric-kernel';
import type { SpanningTree } from './spanning-tree';
import { pairWeight, slackNodeOf, type TransportProblem } from './transport-problem';
import type { WeightRanks } from './weight-ranks';

/**
 * Pricing for the network simplex: every slack arc with a negative reduced cost and, per export,
 * the pair of its window with the least reduced cost if that is negative. For export e and import
 * i the reduced cost is pi_i - pi_e - min(w_i, w_e): (pi_i - w_i) - pi_e for imports weighing at
 * most w_e, (pi_i - w_e) - pi_e for heavier ones. Windows are prefixes of the import order in
 * practice (the five-year bound is implied, see time-windows.ts), so one sweep over the exports in
 * date order, adding imports to two Fenwick trees over weight rank as windows grow (least
 * pi_i - w_i over the lightest ranks, least pi_i over the heaviest), finds every export's exact
 * minimum in O((imports + exports) log imports) instead of O(pairs). Windows that do not start at
 * the first import are priced by scanning them, which is exact too, only slower.
 */
export class ArcPricing<N extends number | bigint> {
  private readonly prefixWindows: boolean;
  /** Fenwick trees of (key, import); an import of -1 marks an empty cell. */
  private readonly light: Slots<N>;
  private readonly heavy: Slots<N>;
  private readonly lightAt: Int32Array;
  private readonly heavyAt: Int32Array;

  constructor(private readonly p: TransportProblem<N>, private readonly ranks: WeightRanks) {
    const cells = p.importQty.length + 1;
    this.prefixWindows = p.lo.every((lo, e) => lo === 0 || lo > p.hi[e]!);
    this.light = p.kernel.slots(cells);
    this.heavy = p.kernel.slots(cells);
    this.lightAt = new Int32Array(cells);
    this.heavyAt = new Int32Array(cells);
  }

  /** Fills `into` with this pass's improving arcs, most negative first; none means optimal. */
  collect(tree: SpanningTree<N>, into: CandidateArcs<N>): void {
    const { p } = this;
    const K = p.kernel;
    const { pi } = tree;
    const nI = p.importQty.length;
    const slack = slackNodeOf(p);
    into.clear();
    for (let i = 0; i < nI; i++) if (pi[i]! < pi[slack]!) into.push(i, slack, K.zero, K.sub(pi[i]!, pi[slack]!));
    this.lightAt.fill(-1);
    this.heavyAt.fill(-1);
    let added = 0;
    for (let e = 0; e < p.exportQty.length; e++) {
      const node = nI + e;
      let tail = slack;
      let gain = K.zero;
      let rc = K.sub(pi[slack]!, pi[node]!);
      if (p.lo[e]! <= p.hi[e]!) {
        let best: number;
        if (this.prefixWindows) {
          for (; added <= p.hi[e]!; added++) this.insert(added, pi);
          best = this.bestOfPrefix(e);
        } else best = this.bestByScan(e, pi);
        const pairGain = pairWeight(p, best, e);
        const pairRc = K.sub(K.sub(pi[best]!, pi[node]!), pairGain);
        if (pairRc < rc) {
          tail = best;
          gain = pairGain;
          rc = pairRc;
        }
      }
      if (rc < K.zero) into.push(tail, node, gain, rc);
    }
    into.sort();
  }

  /** Import i enters both trees: pi_i - w_i at its rank, pi_i at its mirrored rank. */
  private insert(i: number, pi: Slots<N>): void {
    const n = this.p.importQty.length;
    const rank = this.ranks.rankOf[i]! + 1;
    const lightKey = this.p.kernel.sub(pi[i]!, this.p.importWeight[i]!);
    const heavyKey = pi[i]!;
    for (let j = rank; j <= n; j += j & -j) {
      if (this.lightAt[j]! < 0 || lightKey < this.light[j]!) {
        this.light[j] = lightKey;
        this.lightAt[j] = i;
      }
    }
    for (let j = n + 1 - rank; j <= n; j += j & -j) {
      if (this.heavyAt[j]! < 0 || heavyKey < this.heavy[j]!) {
        this.heavy[j] = heavyKey;
        this.heavyAt[j] = i;
      }
    }
  }

  /** The import of e's (prefix) window with the least pi_i - min(w_i, w_e), from the two trees. */
  private bestOfPrefix(e: number): number {
    const n = this.p.importQty.length;
    const split = this.ranks.notHeavier[e]!;
    let light = -1;
    let lightKey = this.p.kernel.zero;
    for (let j = split; j > 0; j -= j & -j) {
      if (this.lightAt[j]! >= 0 && (light < 0 || this.light[j]! < lightKey)) {
        light = this.lightAt[j]!;
        lightKey = this.light[j]!;
      }
    }
    let heavy = -1;
    let heavyKey = this.p.kernel.zero;
    for (let j = n - split; j > 0; j -= j & -j) {
      if (this.heavyAt[j]! >= 0 && (heavy < 0 || this.heavy[j]! < heavyKey)) {
        heavy = this.heavyAt[j]!;
        heavyKey = this.heavy[j]!;
      }
    }
    if (heavy < 0) return light;
    if (light < 0) return heavy;
    return this.p.kernel.sub(heavyKey, this.p.exportWeight[e]!) < lightKey ? heavy : light;
  }

  private bestByScan(e: number, pi: Slots<N>): number {
    const K = this.p.kernel;
    let best = this.p.lo[e]!;
    let bestKey = K.sub(pi[best]!, pairWeight(this.p, best, e));
    for (let i = best + 1; i <= this.p.hi[e]!; i++) {
      const key = K.sub(pi[i]!, pairWeight(this.p, i, e));
      if (key < bestKey) {
        best = i;
        bestKey = key;
      }
    }
    return best;
  }
}
