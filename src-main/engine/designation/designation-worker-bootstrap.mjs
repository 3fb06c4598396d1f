// Runs from the TypeScript sources (CLI via tsx, vitest, the bench): a worker thread starts without
// the loader that lets the parent import .ts files, so this registers tsx's require hook first
// (CommonJS: it starts in a fraction of the time of the ESM loader, see
// importing/receipt-parse-worker-bootstrap.mjs). A worker that fails to start takes no class, so
// the designating thread simply solves every class itself.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('tsx/cjs/api').register();
require('./designation-worker.ts');
