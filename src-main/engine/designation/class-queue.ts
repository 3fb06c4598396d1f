import { NEXT } from './worker-signal';

/**
 * The max-refund classes as one queue that the designating thread and a worker thread take
 * classes from (max-refund-classes.ts): entry k is class `classOf[k]`, largest class first, so the
 * last ones taken are small and neither thread is left with a long class at the end. In shared
 * memory when there is a worker.
 *
 * Who solves an entry is settled through `status` with compare-and-swap, so a class is designated
 * exactly once: the worker claims an entry it took (FREE -> CLAIMED) and publishes it once its
 * designation is written (CLAIMED -> DONE); the designating thread may take over an entry the
 * worker is too slow with (-> TAKEN_OVER), after which the worker's late answer is ignored.
 * MAIN_ONLY entries are for the designating thread alone: the worker solves only classes whose
 * weights are their whole duties (class-problem.ts).
 */
export const FREE = 0;
export const CLAIMED = 1;
export const DONE = 2;
export const TAKEN_OVER = 3;
export const MAIN_ONLY = 4;

export interface ClassQueue {
  classOf: Int32Array;
  status: Int32Array;
  /** The worker's signal (worker-signal.ts), whose NEXT slot is the queue's cursor. */
  control: Int32Array;
}

/** The next entry to solve, or -1 when the queue is used up. */
export function takeEntry(queue: ClassQueue): number {
  const k = Atomics.add(queue.control, NEXT, 1);
  return k < queue.classOf.length ? k : -1;
}
