import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ImportFormat } from './import-kinds';
import { CONSUMED, POSTED, SIGNAL_SLOTS, type ReaderBatch, type ReaderInput } from './receipt-stream-protocol';
import { workerEntry, type WorkerStartFailure } from '../../workers/ts-worker';

/**
 * Where the reader worker's code is. From the TypeScript sources (tsx: the CLI, the bench; vitest)
 * the shared bootstrap registers tsx inside the worker, with zod and csv-parse loaded first as plain
 * Node, then loads receipt-parse-worker.ts. A bundled build (electron-vite) emits
 * receipt-parse-worker.js as its own entry (electron.vite.config.ts) next to this chunk.
 */
const WORKER = workerEntry(import.meta.url, 'receipt-parse-worker', ['zod', 'csv-parse/sync']);

/** No batch for this long means the reader died without a word (killed, out of memory). */
const STALL_MS = 120_000;

/**
 * The writer's side: batches are taken synchronously with receiveMessageOnPort, blocking in
 * Atomics.wait (allowed on Node's main thread) until the worker bumps POSTED. That keeps the whole
 * import inside one synchronous better-sqlite3 transaction: nothing awaits, no event loop turn.
 */
export class ReceiptStream {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4));
  private closed = false;

  /** Starts the worker at once: it loads (~0.2 s) while the caller reads and hashes the file. */
  constructor(format: ImportFormat, today: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const input: ReaderInput = { format, today, port: port2, signal: this.signal.buffer as SharedArrayBuffer };
    this.worker = new Worker(WORKER.url, { argv: WORKER.argv, workerData: input, transferList: [port2] });
    // Never keeps the process alive; close() ends it on every path anyway.
    this.worker.unref();
  }

  /** Hands the file to the worker, which starts reading it. */
  begin(bytes: Buffer): void {
    // The file's own memory moves to the worker when nothing else shares it (big files); a small
    // file read into Node's shared pool is copied.
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
    const view = owned ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes);
    this.port.postMessage(view, [view.buffer as ArrayBuffer]);
  }

  /** The next batch, in file order; throws when the reader failed or stopped answering. */
  next(): ReaderBatch {
    let quietSince = performance.now();
    for (;;) {
      const posted = Atomics.load(this.signal, POSTED);
      const message = receiveMessageOnPort(this.port);
      if (message) {
        Atomics.add(this.signal, CONSUMED, 1);
        Atomics.notify(this.signal, CONSUMED);
        const batch = message.message as ReaderBatch | WorkerStartFailure;
        if ('type' in batch) throw new Error(`the receipt reader failed: ${batch.message}`);
        if (batch.error !== undefined) throw new Error(`the receipt reader failed: ${batch.error}`);
        return batch;
      }
      if (Atomics.wait(this.signal, POSTED, posted, 1000) === 'timed-out' && performance.now() - quietSince > STALL_MS) {
        throw new Error(`the receipt reader sent nothing for ${STALL_MS / 1000} s; the import was stopped and nothing was written`);
      }
      if (Atomics.load(this.signal, POSTED) !== posted) quietSince = performance.now();
    }
  }

  /** Ends the worker: after the last batch, and on every error path (the import is rolled back). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    // Release a worker waiting for the writer to catch up, so it sees the termination at once.
    Atomics.store(this.signal, CONSUMED, 0x3fff_ffff);
    Atomics.notify(this.signal, CONSUMED);
    this.port.close();
    void this.worker.terminate();
  }
}
