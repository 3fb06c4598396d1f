import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { matchExports } from '../../engine/matching/match-exports';
import { exportLinesInScope } from '../../ledger/repos/match-request-repo';
import { loadMatchRequest } from './load-match-request';
import type { MatchingWorkerInput, MatchingWorkerMessage } from './matching-worker-protocol';

/**
 * A matching run off the main thread (matching-runner.ts starts it): reads the ledger through its own
 * read-only connection, runs the engine with progress, and posts the plan back. It writes nothing;
 * the main thread applies the plan in one audited transaction, so killing this worker (cancel) is safe.
 */
const input = workerData as MatchingWorkerInput;
const post = (message: MatchingWorkerMessage) => parentPort!.postMessage(message);

try {
  const db = new Database(input.dbPath, { readonly: true, fileMustExist: true, ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}) });
  try {
    // One read transaction: every query sees the same snapshot of the ledger.
    const { request, inScope } = db.transaction(() => ({
      request: loadMatchRequest(db, input.policy, input.shipmentReferences),
      inScope: exportLinesInScope(db, input.shipmentReferences),
    }))();
    post({ type: 'progress', done: 0, total: request.exports.length });
    const result = matchExports(request, { progress: (done, total) => post({ type: 'progress', done, total }) });
    post({ type: 'result', result, exportLabels: [...request.exportLabels], inScope });
  } finally {
    db.close();
  }
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
