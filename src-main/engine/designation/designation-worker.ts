import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { ClassDesignations } from './class-designations';
import { WholeDutyProblems } from './class-problem';
import { CLAIMED, DONE, FREE, takeEntry } from './class-queue';
import type { WorkerShare } from './max-refund-classes';
import { TransportSolver } from './network-simplex';
import { numberKernel } from './numeric-kernel';
import { POSTED, STATE, WAITING } from './worker-signal';

/**
 * The second thread of a parallel max-refund designation (max-refund-classes.ts): it waits for its
 * share — the class queue, the columns to read, the designations to write, all shared memory —
 * then takes classes from the queue until it is used up. It reads and writes nothing else.
 */
const { signal, port } = workerData as { signal: Int32Array; port: MessagePort };
Atomics.wait(signal, STATE, WAITING);
const posted = Atomics.load(signal, STATE) === POSTED ? receiveMessageOnPort(port) : undefined;
port.close();
if (posted) solveShare(posted.message as WorkerShare);

function solveShare({ queue, source, designations: columns }: WorkerShare): void {
  const designations = new ClassDesignations(source.layout, columns);
  const problems = new WholeDutyProblems(source);
  const solver = new TransportSolver(numberKernel);
  for (let k = takeEntry(queue); k >= 0; k = takeEntry(queue)) {
    if (Atomics.compareExchange(queue.status, k, FREE, CLAIMED) !== FREE) continue;
    const c = queue.classOf[k]!;
    solver.solve(problems.problem(c), designations.sinkFor(c));
    // Published once written: the designating thread reads a class only after it sees DONE.
    if (Atomics.compareExchange(queue.status, k, CLAIMED, DONE) === CLAIMED) Atomics.notify(queue.status, k);
  }
}
