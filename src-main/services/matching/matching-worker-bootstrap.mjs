// Runs from the TypeScript sources (CLI via tsx, vitest, the bench): a worker thread starts without
// the loader that lets the parent import .ts files, so this registers tsx's require hook first
// (see importing/receipt-parse-worker-bootstrap.mjs for why CommonJS). A failure to start is posted
// as an error message so the run ends as failed instead of waiting forever.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
try {
  require('better-sqlite3');
  require('tsx/cjs/api').register();
  require('./matching-worker.ts');
} catch (error) {
  parentPort.postMessage({ type: 'error', message: `the matching worker did not start: ${error?.stack ?? error}` });
}
