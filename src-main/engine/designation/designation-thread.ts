import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ClassHelper, WorkerShare } from './max-refund-classes';
import { CANCELLED, POSTED, SIGNAL_SLOTS, STATE, WAITING } from './worker-signal';
import { workerEntry } from '../../workers/ts-worker';

/**
 * The worker thread of a parallel designation, seen from the designating thread. It is started
 * before the classes are built so that it loads meanwhile (~0.2 s), then gets its share of the work.
 * From the TypeScript sources (tsx: the CLI, the bench; vitest) the shared bootstrap registers tsx
 * inside the worker; a bundled build (electron-vite) emits designation-worker.js next to this chunk.
 * A worker that cannot start only means one thread does every class.
 */
const WORKER = workerEntry(import.meta.url, 'designation-worker');

export class DesignationThread implements ClassHelper {
  private constructor(
    private readonly worker: Worker,
    /** Shared from the start; the class queue uses it as its control array. */
    readonly signal: Int32Array,
    private readonly port: MessagePort,
  ) {}

  static start(): DesignationThread | undefined {
    const signal = new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4));
    const { port1, port2 } = new MessageChannel();
    // A worker that cannot start only means one thread does all the classes (it never takes one),
    // so its failure is not the designation's; and it never keeps the process alive.
    let worker: Worker;
    try {
      worker = new Worker(WORKER.url, { argv: WORKER.argv, workerData: { signal, port: port2 }, transferList: [port2] });
    } catch {
      port1.close();
      return undefined;
    }
    worker.on('error', () => {});
    worker.unref();
    return new DesignationThread(worker, signal, port1);
  }

  /** Hands the worker its share: it starts taking classes from the queue. */
  post(share: WorkerShare): void {
    this.port.postMessage(share);
    Atomics.store(this.signal, STATE, POSTED);
    Atomics.notify(this.signal, STATE);
  }

  /** Ends the worker, whatever it is doing; a designation never needs it after its last class. */
  end(): void {
    if (Atomics.compareExchange(this.signal, STATE, WAITING, CANCELLED) === WAITING) Atomics.notify(this.signal, STATE);
    this.port.close();
    void this.worker.terminate();
  }
}
