import { sortPositionsByKey } from './index-sort';
import type { Kernel, Slots } from './numeric-kernel';

/**
 * Arcs with a negative reduced cost found by one pricing pass, as (tail, head, gain, reduced cost),
 * handed to the pivots most negative first. Pivoting changes potentials, so the simplex re-checks
 * each arc's reduced cost before using it; one pass still feeds many pivots.
 */
export class CandidateArcs<N extends number | bigint> {
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly gain: Slots<N>;
  readonly rc: Slots<N>;
  private readonly order: Int32Array;
  count = 0;
  private cursor = 0;

  constructor(kernel: Kernel<N>, capacity: number) {
    this.tail = new Int32Array(capacity);
    this.head = new Int32Array(capacity);
    this.gain = kernel.slots(capacity);
    this.rc = kernel.slots(capacity);
    this.order = new Int32Array(capacity);
  }

  clear(): void {
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

  /** Next arc to try, or -1 when the pass is used up. */
  take(): number {
    return this.cursor < this.count ? this.order[this.cursor++]! : -1;
  }
}
