// Starts a worker thread of main from the TypeScript sources (the CLI via tsx, vitest, the bench); a
// bundled build (electron-vite) starts its emitted .js workers directly and never comes here.
// A worker thread starts without the loader that lets the parent import .ts files, so this registers
// tsx in the worker, then loads the worker module the parent named:
//   new Worker(TS_WORKER_BOOTSTRAP, { argv: [workerModuleUrl, ...packagesToLoadFirst], workerData })
// CommonJS on purpose: tsx's ESM loader starts a hooks thread per worker and transforms the packages'
// files too (~0.5 s before the first row); its require hook, with the packages required beforehand as
// plain Node, starts in ~0.15 s.
//
// It lives in src-main/workers, outside the layers, because services (importing, matching) and the
// engine's designation both start workers; it is referenced by URL, never imported.
//
// A failure to start is posted as { type: 'error', message } to the parent, and on workerData.port
// when the worker talks over a port of its own: a parent blocked in Atomics.wait (the receipt import's
// writer) hears no 'error' event but does poll its port.
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessagePort, parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const [moduleUrl, ...packages] = process.argv.slice(2);
try {
  if (!moduleUrl) throw new Error('no worker module was named (argv[0] of the Worker)');
  for (const name of packages) require(name);
  require('tsx/cjs/api').register();
  require(fileURLToPath(moduleUrl));
} catch (error) {
  const failure = { type: 'error', message: `the worker ${moduleUrl ? basename(fileURLToPath(moduleUrl)) : ''} did not start: ${error?.stack ?? error}` };
  parentPort?.postMessage(failure);
  if (workerData?.port instanceof MessagePort) workerData.port.postMessage(failure);
}
