import type { CandidateArcs } from './candidate-arcs';
import type { Kernel, Slots } from './numeric-kernel';
import type { SpanningTree } from './spanning-tree';
import type { TransportProblem } from './transport-problem';
import { capacityFor } from './typed-memory';
import type { WeightRanks } from './weight-ranks';

/**
 * Pricing for the network simplex: every slack arc with a negative reduced cost and, per export,
 * the pair of its window with the least reduced cost if that is negative. For export e and import
 * i the reduced cost is pi_i - pi_e - min(w_i, w_e): (pi_i - w_i) - pi_e for imports weighing at
 * most w_e, (pi_i - w_e) - pi_e for heavier ones. Windows are prefixes of the import order, so one
 * sweep over the exports in date order, adding imports to two Fenwick trees over weight rank as
 * windows grow (least pi_i - w_i over the lightest ranks, least pi_i over the heaviest), finds
 * every export's exact minimum in O((imports + exports) log imports) instead of O(pairs).
 */
export class ArcPricing<N extends number | bigint> {
  /** Fenwick trees of (key, import); a key of `empty` marks an empty cell. */
  private light: Slots<N>;
  private heavy: Slots<N>;
  private lightAt = new Int32Array(0);
  private heavyAt = new Int32Array(0);

  constructor(private readonly kernel: Kernel<N>) {
    this.light = kernel.slots(0);
    this.heavy = kernel.slots(0);
  }

  /**
   * Fills `into` with this pass's improving arcs, most negative first; none means optimal. `empty`
   * is above every key of the class (Kernel.above).
   */
  collect(p: TransportProblem<N>, ranks: WeightRanks, tree: SpanningTree<N>, into: CandidateArcs<N>, empty: N): void {
    const K = p.kernel;
    const { pi } = tree;
    const nI = p.imports;
    const slack = nI + p.exports;
    this.ensure(nI + 1);
    into.clear(slack);
    for (let j = 0; j <= nI; j++) {
      this.light[j] = empty;
      this.heavy[j] = empty;
    }
    let added = 0;
    for (let e = 0; e < p.exports; e++) {
      const node = nI + e;
      let tail = slack;
      let gain = K.zero;
      let rc = K.sub(pi[slack]!, pi[node]!);
      const hi = p.hi[e]!;
      if (hi >= 0) {
        for (; added <= hi; added++) this.insert(p, ranks, added, pi, slack, into);
        const best = this.bestOfPrefix(p, ranks, e, empty);
        const wi = p.importWeight[best]!;
        const we = p.exportWeight[e]!;
        const pairGain = wi < we ? wi : we;
        const pairRc = K.sub(K.sub(pi[best]!, pi[node]!), pairGain);
        if (pairRc < rc) {
          tail = best;
          gain = pairGain;
          rc = pairRc;
        }
      }
      if (rc < K.zero) into.push(tail, node, gain, rc);
    }
    for (let i = added; i < nI; i++) if (pi[i]! < pi[slack]!) into.push(i, slack, K.zero, K.sub(pi[i]!, pi[slack]!));
    into.sort();
  }

  /** Import i enters both trees (pi_i - w_i at its rank, pi_i at its mirrored rank); its slack arc is priced. */
  private insert(p: TransportProblem<N>, ranks: WeightRanks, i: number, pi: Slots<N>, slack: number, into: CandidateArcs<N>): void {
    const n = p.imports;
    const rank = ranks.rankOf[i]! + 1;
    const heavyKey = pi[i]!;
    const lightKey = p.kernel.sub(heavyKey, p.importWeight[i]!);
    if (heavyKey < pi[slack]!) into.push(i, slack, p.kernel.zero, p.kernel.sub(heavyKey, pi[slack]!));
    const { light, lightAt, heavy, heavyAt } = this;
    for (let j = rank; j <= n; j += j & -j) {
      if (lightKey < light[j]!) {
        light[j] = lightKey;
        lightAt[j] = i;
      }
    }
    for (let j = n + 1 - rank; j <= n; j += j & -j) {
      if (heavyKey < heavy[j]!) {
        heavy[j] = heavyKey;
        heavyAt[j] = i;
      }
    }
  }

  /** The import of e's window with the least pi_i - min(w_i, w_e), from the two trees. */
  private bestOfPrefix(p: TransportProblem<N>, ranks: WeightRanks, e: number, empty: N): number {
    const n = p.imports;
    const split = ranks.notHeavier[e]!;
    const { light, lightAt, heavy, heavyAt } = this;
    let lightBest = -1;
    let lightKey = empty;
    for (let j = split; j > 0; j -= j & -j) {
      if (light[j]! < lightKey) {
        lightBest = lightAt[j]!;
        lightKey = light[j]!;
      }
    }
    let heavyBest = -1;
    let heavyKey = empty;
    for (let j = n - split; j > 0; j -= j & -j) {
      if (heavy[j]! < heavyKey) {
        heavyBest = heavyAt[j]!;
        heavyKey = heavy[j]!;
      }
    }
    if (heavyBest < 0) return lightBest;
    if (lightBest < 0) return heavyBest;
    return p.kernel.sub(heavyKey, p.exportWeight[e]!) < lightKey ? heavyBest : lightBest;
  }

  private ensure(cells: number): void {
    if (cells <= this.lightAt.length) return;
    const size = capacityFor(this.lightAt.length, cells);
    this.light = this.kernel.slots(size);
    this.heavy = this.kernel.slots(size);
    this.lightAt = new Int32Array(size);
    this.heavyAt = new Int32Array(size);
  }
}
