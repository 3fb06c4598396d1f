import { sortPositionsByKey } from './index-sort';
import type { Kernel, Slots } from './numeric-kernel';
import { capacityFor } from './typed-memory';

/**
 * Arcs with a negative reduced cost found by one pricing pass, as (tail, head, gain, reduced cost),
 * handed to the pivots most negative first. Pivoting changes potentials, so the simplex re-checks
 * each arc's reduced cost before using it; one pass still feeds many pivots. Reused across passes
 * and classes.
 */
export class CandidateArcs<N extends number | bigint> {
  tail = new Int32Array(0);
  head = new Int32Array(0);
  gain: Slots<N>;
  private rc: Slots<N>;
  private order = new Int32Array(0);
  count = 0;
  private cursor = 0;

  constructor(private readonly kernel: Kernel<N>) {
    this.gain = kernel.slots(0);
    this.rc = kernel.slots(0);
  }

  /** Empties the list, with room for `capacity` arcs (one per node at most). */
  clear(capacity: number): void {
    if (capacity > this.tail.length) {
      const size = capacityFor(this.tail.length, capacity);
      this.tail = new Int32Array(size);
      this.head = new Int32Array(size);
      this.gain = this.kernel.slots(size);
      this.rc = this.kernel.slots(size);
      this.order = new Int32Array(size);
    }
    this.count = 0;
    this.cursor = 0;
  }

  push(tail: number, head: number, gain: N, rc: N): void {
    const k = this.count++;
    this.tail[k] = tail;
    this.head[k] = head;
    this.gain[k] = gain;
    this.rc[k] = rc;
    this.order[k] = k;
  }

  /** Orders the pass's arcs by reduced cost (ties by discovery order, so runs are deterministic). */
  sort(): void {
    sortPositionsByKey(this.order, this.rc, this.count);
  }

  /** Starts the list over, in the same order. */
  rewind(): void {
    this.cursor = 0;
  }

  /** Next arc to try, or -1 when the pass is used up. */
  take(): number {
    return this.cursor < this.count ? this.order[this.cursor++]! : -1;
  }
}
