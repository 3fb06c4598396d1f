// Runs from the TypeScript sources (CLI via tsx, vitest, the bench): a worker thread starts without
// the loader that lets the parent import .ts files, so this registers tsx in the worker first (its
// CommonJS require hook, as receipt-parse-worker-bootstrap.mjs explains). A failure to start is
// answered to every request, so the importing thread never waits for a reply that cannot come.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
try {
  require('zod');
  require('csv-parse/sync');
  require('node-x12');
  require('tsx/cjs/api').register();
  require('./post-entry-check-worker.ts');
} catch (error) {
  parentPort.on('message', (request) => parentPort.postMessage({ id: request.id, error: `the post-entry file checker did not start: ${error?.stack ?? error}` }));
}
