import type { DesignationOrder, MatchLot, MatchMethod } from './matching-types';

type Compare = (a: MatchLot, b: MatchLot) => number;
const oldestReceipt: Compare = (a, b) => a.receivedDay - b.receivedDay || a.id - b.id;

/**
 * The order an approved accounting method draws commingled lots in (19 CFR 191.14(c)):
 * - FIFO: the oldest remaining receipt first; LIFO: the newest first;
 * - low-to-high (all three variants): the lowest drawback per unit first (zero lowest), ties to the
 *   oldest receipt; the turnover and blanket variants differ only in which receipts are eligible;
 * - average: every eligible lot gives in proportion to what it holds; this order only breaks ties in
 *   the rounding (to the oldest receipt).
 * Ties on the same day go to the lower lot id (the older record).
 */
export function methodOrder(method: MatchMethod): Compare {
  switch (method) {
    case 'fifo':
    case 'average':
      return oldestReceipt;
    case 'lifo':
      return (a, b) => b.receivedDay - a.receivedDay || b.id - a.id;
    case 'low-to-high':
    case 'low-to-high-turnover':
    case 'low-to-high-blanket':
      return (a, b) => a.dutyPerUnit4dp - b.dutyPerUnit4dp || oldestReceipt(a, b);
  }
}

/** The order substitutes are designated in (19 U.S.C. 1313(j)(2): the claimant designates). */
export function designationOrder(order: DesignationOrder): Compare {
  switch (order) {
    case 'fifo':
      return oldestReceipt;
    case 'lifo':
      return (a, b) => b.receivedDay - a.receivedDay || b.id - a.id;
    case 'oldest-import':
      return (a, b) => a.importDay - b.importDay || a.receivedDay - b.receivedDay || a.id - b.id;
    case 'highest-duty':
      return (a, b) => b.dutyPerUnit4dp - a.dutyPerUnit4dp || a.importDay - b.importDay || a.id - b.id;
  }
}

/**
 * Lots of one group (one item, or one HTS-8 and origin) in drawing order, with a skip list over the
 * used-up ones: `next[i]` points at the first lot at or after i that may still have units, and is
 * compressed as lots run out, so a year of exports does not rescan exhausted lots.
 */
export class CandidatePool {
  private readonly next: Int32Array;

  constructor(readonly lots: MatchLot[]) {
    this.next = new Int32Array(lots.length + 1);
    for (let i = 0; i <= lots.length; i++) this.next[i] = i;
  }

  /** Index of the first lot at or after `from` that is not used up (lots.length when none). */
  live(from: number): number {
    let i = from;
    while (this.next[i] !== i) i = this.next[i]!;
    // path compression
    for (let j = from; this.next[j] !== i;) {
      const k = this.next[j]!;
      this.next[j] = i;
      j = k;
    }
    return i;
  }

  /** Marks lot `i` used up. */
  exhaust(i: number): void {
    this.next[i] = i + 1;
  }
}
