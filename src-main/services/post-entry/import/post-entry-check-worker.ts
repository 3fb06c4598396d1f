import { parentPort } from 'node:worker_threads';
import { checkPostEntryFile } from './check-file';
import type { CheckReply, CheckRequest } from './check-worker-protocol';

/**
 * The post-entry file checker in a worker thread (post-entry-batch-import.ts starts it): reads and
 * checks the next file of a batch, exactly as the importing thread would, while that thread writes
 * the file before it. A file's problems come back as its rejection; only a failure of the checker
 * itself is an error.
 */
parentPort!.on('message', (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    reply = { id: request.id, checked: checkPostEntryFile(request.kind, request.format, request.file, bytes) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
