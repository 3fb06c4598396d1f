import type { ClassedRequest } from './build-classes';
import type { ClassDesignations } from './class-designations';
import { WholeDutyProblems, type WholeDutySource } from './class-problem';
import { DONE, MAIN_ONLY, TAKEN_OVER, takeEntry, type ClassQueue } from './class-queue';
import { TransportSolver, type FlowSink } from './network-simplex';
import { bigintKernel, numberKernel } from './numeric-kernel';
import { classWeights, wholeDutiesFit } from './scaled-weights';
import { int32s } from './typed-memory';
import { SIGNAL_SLOTS } from './worker-signal';

/** What a worker thread gets: the queue, the columns it reads and the designations it writes. */
export interface WorkerShare {
  queue: ClassQueue;
  source: WholeDutySource;
  designations: ClassDesignations['columns'];
}

/** What the designation needs of its worker thread (designation-thread.ts). */
export interface ClassHelper {
  /** The worker's shared signal, which the queue uses as its control array. */
  readonly signal: Int32Array;
  post(share: WorkerShare): void;
}

/**
 * A worker that has not answered in this long, plus ten times what this thread would need for the
 * class (measured on its own classes; solving grows about with the square of a class's size), is
 * taken to be dead or starved, and its class is solved here instead.
 */
const STALL_MS = 2000;

/**
 * The maximum-refund designation of every class: each class's exact integer weights
 * (scaled-weights.ts) fed to the network simplex (network-simplex.ts) in the Number or bigint
 * representation the class needs. The factor 0.99 is common to every pair, so it does not change
 * which designation is best and is applied to amounts.
 *
 * Classes are independent, so with a worker thread both threads take classes from one queue
 * (class-queue.ts) until it is used up; this thread then waits for the class the worker may still
 * be solving. Each class is solved by the same deterministic code whichever thread takes it, so
 * the designation does not depend on the timing. Without a worker this thread takes every class.
 */
export function designateMaxRefund(classed: ClassedRequest, designations: ClassDesignations, helper: ClassHelper | undefined): void {
  const queue = queueClasses(classed, helper);
  const share = workerShare(classed, queue, designations);
  helper?.post(share);
  const here = new ThisThread(classed, queue, share.source);
  const mine = new Uint8Array(queue.classOf.length);
  for (let k = takeEntry(queue); k >= 0; k = takeEntry(queue)) {
    mine[k] = 1;
    here.solve(k, designations.sinkFor(queue.classOf[k]!));
  }
  // A class taken from the worker is written aside: the worker may still be writing its own answer.
  for (let k = 0; k < queue.classOf.length; k++) {
    if (!mine[k] && !workerAnswered(queue, k, here.patienceFor(k))) here.solve(k, designations.replacementSink(queue.classOf[k]!));
  }
}

/** The designating thread's solvers, and how long it takes for its classes. */
class ThisThread {
  private readonly whole: WholeDutyProblems;
  private readonly numbers = new TransportSolver(numberKernel);
  private bigints: TransportSolver<bigint> | undefined;
  private spentMs = 0;
  private work = 0;

  constructor(
    private readonly classed: ClassedRequest,
    private readonly queue: ClassQueue,
    source: WholeDutySource,
  ) {
    this.whole = new WholeDutyProblems(source);
  }

  solve(k: number, sink: FlowSink): void {
    const started = performance.now();
    const c = this.queue.classOf[k]!;
    if (this.queue.status[k] !== MAIN_ONLY) this.numbers.solve(this.whole.problem(c), sink);
    else {
      // Weights that are not the whole duties: scaled to a common denominator, Number or bigint;
      // the quantities and windows are gathered as for any class.
      const weights = classWeights(this.classed.classes[c]!, this.classed.lines);
      const p = { ...this.whole.problem(c) };
      if (weights.kind === 'number') this.numbers.solve({ ...p, importWeight: weights.imports, exportWeight: weights.exports }, sink);
      else
        (this.bigints ??= new TransportSolver(bigintKernel)).solve(
          { ...p, kernel: bigintKernel, importWeight: weights.imports, exportWeight: weights.exports },
          sink,
        );
    }
    this.spentMs += performance.now() - started;
    this.work += this.size(k) ** 2;
  }

  /** How long to wait for the worker's answer to entry k (see STALL_MS). */
  patienceFor(k: number): number {
    return STALL_MS + (this.work > 0 ? (10 * this.size(k) ** 2 * this.spentMs) / this.work : 0);
  }

  private size(k: number): number {
    const cls = this.classed.classes[this.queue.classOf[k]!]!;
    return cls.imports.length + cls.exports.length;
  }
}

/**
 * The classes with something to designate, largest first; those whose weights are not their whole
 * duties are MAIN_ONLY. In shared memory when a helper will read it.
 */
export function queueClasses(classed: ClassedRequest, helper: ClassHelper | undefined): ClassQueue {
  const size = (c: number) => classed.classes[c]!.imports.length + classed.classes[c]!.exports.length;
  const entries = classed.classes.map((_, c) => c).filter((c) => classed.classes[c]!.imports.length > 0 && classed.classes[c]!.exports.length > 0);
  entries.sort((a, b) => size(b) - size(a) || a - b);
  const shared = helper !== undefined;
  const queue: ClassQueue = {
    classOf: int32s(entries.length, shared),
    status: int32s(entries.length, shared),
    control: helper?.signal ?? new Int32Array(SIGNAL_SLOTS),
  };
  entries.forEach((c, k) => {
    queue.classOf[k] = c;
    if (!wholeDutiesFit(classed.classes[c]!, classed.lines)) queue.status[k] = MAIN_ONLY;
  });
  return queue;
}

/** The worker's share: the queue, the columns it reads (all shared memory) and the designations it writes. */
export function workerShare(classed: ClassedRequest, queue: ClassQueue, designations: ClassDesignations): WorkerShare {
  const { layout, lines } = classed;
  return {
    queue,
    source: { layout, importQty: lines.importQty, exportQty: lines.exportQty, importDuty: lines.importDuty.whole, exportValue: lines.exportValue.whole },
    designations: designations.columns,
  };
}

/**
 * Waits for the worker's answer to entry k, which it took from the queue. False when this thread
 * must solve the entry itself: it is MAIN_ONLY, or the worker has not answered in time, in which
 * case the entry is taken over first so that a late answer is ignored.
 */
function workerAnswered(queue: ClassQueue, k: number, patienceMs: number): boolean {
  const deadline = performance.now() + patienceMs;
  for (;;) {
    const status = Atomics.load(queue.status, k);
    if (status === DONE) return true;
    if (status === MAIN_ONLY) return false;
    if (performance.now() > deadline) {
      if (Atomics.compareExchange(queue.status, k, status, TAKEN_OVER) === status) return false;
    } else Atomics.wait(queue.status, k, status, 50);
  }
}
