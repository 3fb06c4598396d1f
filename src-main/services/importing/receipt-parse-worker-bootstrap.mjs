// Runs from the TypeScript sources (CLI via tsx, vitest, the bench): a worker thread starts without
// the loader that lets the parent import .ts files, so this registers tsx in the worker first.
// CommonJS on purpose: tsx's ESM loader starts a hooks thread per worker and transforms zod's files
// too (~0.5 s before the first row); its require hook, with the packages required beforehand, as
// plain Node, starts in ~0.15 s. A failure to start is posted as the final batch: the writer, blocked
// in Atomics.wait, would otherwise wait for rows that never come.
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
try {
  require('zod');
  require('csv-parse/sync');
  require('tsx/cjs/api').register();
  require('./receipt-parse-worker.ts');
} catch (error) {
  workerData.port.postMessage({ strings: [], cells: new Float64Array(0), literals: [], extras: [], references: [], done: true, error: `the receipt reader did not start: ${error?.stack ?? error}` });
  const signal = new Int32Array(workerData.signal);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
