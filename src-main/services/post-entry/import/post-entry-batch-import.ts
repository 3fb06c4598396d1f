import { Worker } from 'node:worker_threads';
import type { PostEntryImportKind, PostEntryImportSummary } from '../../../../src-shared/domain/post-entry';
import { workerEntry, type WorkerStartFailure } from '../../../workers/ts-worker';
import type { Actor, ServiceContext } from '../../service-context';
import type { CheckedFile } from './check-file';
import type { CheckReply, CheckRequest } from './check-worker-protocol';
import { commitPostEntryImport, preparePostEntryImport, readFile, type PreparedImport } from './post-entry-import';

/** The checker worker (workers/ts-worker.ts: the built .js, or the .ts through the one tsx bootstrap). */
const WORKER = workerEntry(import.meta.url, 'post-entry-check-worker', ['zod', 'csv-parse/sync', 'node-x12']);

type Started = { prepared: PreparedImport; checked?: Promise<CheckedFile> } | { error: unknown };

/** Files read and checked ahead of the one being written. */
const FILES_AHEAD = 2;

/**
 * Imports many post-entry files of one kind (a year of daily 350s, a broker's monthly lists), each
 * file exactly as importPostEntryFile does it: checked whole, then written in one transaction under
 * one audit record, or refused whole. The next files are read and checked in a worker thread while
 * this one is written, so reading (about half the work) runs on the second core. Stops at the first
 * file refused, by throwing its rejection: the files before it stay imported, none after it is written.
 */
export async function importPostEntryFiles(
  ctx: ServiceContext,
  actor: Actor,
  kind: PostEntryImportKind,
  paths: readonly string[],
  onFile?: (summary: PostEntryImportSummary) => void,
): Promise<PostEntryImportSummary[]> {
  const checker = new FileChecker();
  try {
    // A file that cannot be read, or a request refused, is thrown at its turn: the files before it are written.
    const start = (path: string): Started => {
      try {
        const bytes = readFile(path);
        const prepared = preparePostEntryImport(ctx, actor, { kind, file: path, bytes });
        if (prepared.done) return { prepared };
        const checked = checker.check({ kind, format: prepared.format, file: path, bytes });
        checked.catch(() => undefined); // a file after a refused one is never awaited: its failure is nobody's news
        return { prepared, checked };
      } catch (error) {
        return { error };
      }
    };
    const summaries: PostEntryImportSummary[] = [];
    const ahead: Started[] = [];
    let next = 0;
    // Two files handed to the checker ahead of the one being written: files differ in size, and with
    // one ahead the checker sat idle whenever a write outlasted the next file's check.
    const fill = () => {
      while (ahead.length < FILES_AHEAD && next < paths.length) ahead.push(start(paths[next++]!));
    };
    fill();
    for (let current = ahead.shift(); current; current = ahead.shift()) {
      if ('error' in current) throw current.error;
      const checked = current.checked ? await current.checked : undefined;
      fill();
      const summary = current.prepared.done ?? commitPostEntryImport(ctx, actor, current.prepared, checked!);
      summaries.push(summary);
      onFile?.(summary);
    }
    return summaries;
  } finally {
    checker.close();
  }
}

/** The worker and the replies it owes, by request id. */
class FileChecker {
  // A larger young generation: parsing a file allocates many short-lived strings, and the default
  // (16 MB) spent about a quarter of the checker's time in scavenges on a day's X12 350.
  private readonly worker = new Worker(WORKER.url, { argv: WORKER.argv, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
  private readonly waiting = new Map<number, { resolve: (checked: CheckedFile) => void; reject: (error: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (reply: CheckReply | WorkerStartFailure) => {
      if ('type' in reply) return this.failAll(new Error(reply.message)); // the checker could not start
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error !== undefined) waiter?.reject(new Error(`the post-entry file checker failed: ${reply.error}`));
      else waiter?.resolve(reply.checked);
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`the post-entry file checker stopped (exit code ${code})`)));
  }

  check(request: Omit<CheckRequest, 'id' | 'bytes'> & { bytes: Buffer }): Promise<CheckedFile> {
    const id = this.nextId++;
    const { bytes, ...rest } = request;
    // The file's own memory moves to the worker when nothing else shares it; otherwise it is copied.
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
    const view = owned ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...rest, id, bytes: view } satisfies CheckRequest, [view.buffer as ArrayBuffer]);
    });
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  close(): void {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
  }
}
