import { Worker } from 'node:worker_threads';
import type { MatchingRunStatus } from '../../../src-shared/domain/exports';
import { AppError } from '../../../src-shared/errors';
import type { StartMatchingInput } from '../../../src-shared/schemas/export-inputs';
import { resolveMatchPolicy } from './match-policy';
import type { Actor, ServiceContext } from '../service-context';
import { applyMatchPlan } from './apply-match-plan';
import type { MatchingWorkerInput, MatchingWorkerMessage } from './matching-worker-protocol';
import { describeRun } from './run-sentence';
import { workerEntry } from '../../workers/ts-worker';

/** From the sources (tsx, vitest) the shared bootstrap registers tsx in the worker (better-sqlite3 loaded first, as plain Node); a bundled build emits matching-worker.js next to this chunk. */
const WORKER = workerEntry(import.meta.url, 'matching-worker', ['better-sqlite3']);
const KEEP_FINISHED = 20;

interface ActiveRun {
  status: MatchingRunStatus;
  worker: Worker;
  done: Promise<MatchingRunStatus>;
}

export interface RunRequest extends StartMatchingInput {
  trigger: string;
}

/**
 * Matching runs, one at a time: each computes in a worker thread (so the desk never freezes on a year
 * of exports), reports progress as `matching:run-changed` events, can be cancelled, and is applied on
 * this thread in one audited transaction. A run triggered by a confirmed shipment while another is
 * running is queued and starts when that one ends.
 */
export class MatchingRunner {
  private active: ActiveRun | undefined;
  private readonly finished = new Map<string, MatchingRunStatus>();
  private readonly resolvers = new Map<string, (status: MatchingRunStatus) => void>();
  private queued: { actor: Actor; request: RunRequest } | undefined;
  private closed = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: { dbPath: string; nativeBinding?: string; log: (message: string, error?: unknown) => void },
  ) {}

  start(actor: Actor, request: RunRequest): MatchingRunStatus {
    if (this.closed) throw new AppError('CONFLICT', 'the desk is closing; matching was not started');
    if (this.active) {
      const { runId, done, total } = this.active.status;
      throw new AppError('CONFLICT', `matching run ${runId} is still running (${done} of ${total} export lines); wait for it or cancel it first`);
    }
    const policy = resolveMatchPolicy(this.ctx.db, request.policy);
    const runId = this.ctx.ids.next();
    const startedAt = this.ctx.clock.now().toISOString();
    const input: MatchingWorkerInput = {
      dbPath: this.options.dbPath,
      policy,
      shipmentReferences: request.shipmentReferences,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    };
    const worker = new Worker(WORKER.url, { argv: WORKER.argv, workerData: input });
    const status: MatchingRunStatus = { runId, state: 'running', done: 0, total: 0, message: null, summary: null };
    const end = (next: Partial<MatchingRunStatus>) => {
      if (this.active?.status.runId !== runId) return; // already ended (cancelled)
      void worker.terminate();
      this.finish({ ...this.active.status, ...next });
    };
    worker.on('message', (message: MatchingWorkerMessage) => {
      // A message the worker posted before it was cancelled can still arrive after: it belongs to a
      // run that has ended, and must neither move another run's progress nor write its plan.
      if (this.active?.status.runId !== runId) return;
      if (message.type === 'progress') this.update({ done: message.done, total: message.total });
      else if (message.type === 'error') end({ state: 'failed', message: `matching failed: ${message.message.split('\n')[0]}` });
      else {
        this.update({ state: 'applying', done: message.result.outcomes.length, total: message.result.outcomes.length });
        try {
          const summary = applyMatchPlan(this.ctx, actor, {
            uid: runId,
            trigger: request.trigger,
            policy,
            startedAt,
            result: message.result,
            exportLabels: new Map(message.exportLabels),
          });
          const counts = {
            considered: summary.linesConsidered,
            matched: summary.linesMatched,
            partial: summary.linesPartial,
            unmatched: summary.linesUnmatched,
            units: summary.unitsAllocated,
          };
          end({ state: 'done', summary, message: describeRun({ ...counts, inScope: message.inScope, scoped: (request.shipmentReferences?.length ?? 0) > 0 }) });
          this.ctx.emit('claims:changed', { claimNumber: null, reason: 'allocations changed' });
        } catch (error) {
          this.options.log(`matching run ${runId} could not be applied`, error);
          end({ state: 'failed', message: `matching could not be written: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
    });
    worker.on('error', (error) => end({ state: 'failed', message: `matching failed: ${error.message}` }));
    worker.on('exit', (code) => end({ state: 'failed', message: `the matching worker stopped (exit ${code}) before it finished` }));
    this.active = { status, worker, done: new Promise((resolve) => this.resolvers.set(runId, resolve)) };
    this.ctx.emit('matching:run-changed', status);
    return status;
  }

  /** A run from an event (a confirmed shipment): started now, or queued behind the one running. */
  trigger(actor: Actor, request: RunRequest): void {
    if (this.closed) return;
    if (!this.active) {
      this.start(actor, request);
      return;
    }
    const merged =
      this.queued?.request.shipmentReferences && request.shipmentReferences
        ? [...this.queued.request.shipmentReferences, ...request.shipmentReferences]
        : undefined;
    this.queued = { actor, request: { ...request, shipmentReferences: merged ?? (this.queued ? undefined : request.shipmentReferences) } };
  }

  current(): MatchingRunStatus | null {
    return this.active?.status ?? [...this.finished.values()].pop() ?? null;
  }

  status(runId: string): MatchingRunStatus {
    if (this.active?.status.runId === runId) return this.active.status;
    const status = this.finished.get(runId);
    if (!status) throw new AppError('NOT_FOUND', `there is no matching run ${runId} since the desk started`, [{ field: 'runId', message: 'not found' }]);
    return status;
  }

  /** Stops a running run; nothing of it is written. A run already writing its result finishes. */
  cancel(runId: string): MatchingRunStatus {
    const run = this.active;
    if (!run || run.status.runId !== runId) return this.status(runId);
    if (run.status.state === 'applying') throw new AppError('CONFLICT', `matching run ${runId} is already writing its result and cannot be cancelled`);
    void run.worker.terminate();
    this.finish({ ...run.status, state: 'cancelled', message: 'cancelled: nothing was written' });
    return this.finished.get(runId)!;
  }

  /** Resolves when the run ends, however it ends. */
  async wait(runId: string): Promise<MatchingRunStatus> {
    if (this.active?.status.runId === runId) return this.active.done;
    return this.status(runId);
  }

  /** Resolves when no run is running or queued. */
  async idle(): Promise<void> {
    while (this.active) await this.wait(this.active.status.runId);
  }

  close(): void {
    this.closed = true;
    this.queued = undefined;
    if (this.active) this.cancel(this.active.status.runId);
  }

  private update(change: Partial<MatchingRunStatus>): void {
    if (!this.active) return;
    this.active.status = { ...this.active.status, ...change };
    this.ctx.emit('matching:run-changed', this.active.status);
  }

  private finish(status: MatchingRunStatus): void {
    this.active = undefined;
    this.finished.set(status.runId, status);
    if (this.finished.size > KEEP_FINISHED) this.finished.delete(this.finished.keys().next().value!);
    this.ctx.emit('matching:run-changed', status);
    this.resolvers.get(status.runId)?.(status);
    this.resolvers.delete(status.runId);
    const next = this.queued;
    this.queued = undefined;
    if (next && !this.closed) {
      try {
        this.start(next.actor, next.request);
      } catch (error) {
        this.options.log('a queued matching run could not start', error);
      }
    }
  }
}
