import type { MatchLot, Order } from './matching-types';

/** The order candidate lots are drawn in, per the desk's policy; ties go to the lower lot id (older record). */
export function compareLots(order: Order): (a: MatchLot, b: MatchLot) => number {
  switch (order) {
    case 'fifo':
      return (a, b) => a.receivedDay - b.receivedDay || a.id - b.id;
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
    for (let j = from; this.next[j] !== i; ) {
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
