import { describe, expect, it } from 'vitest';
import { buildClasses, type ClassedRequest } from '../../../src-main/engine/designation/build-classes';
import { ClassDesignations } from '../../../src-main/engine/designation/class-designations';
import { CLAIMED, DONE, FREE, TAKEN_OVER, type ClassQueue } from '../../../src-main/engine/designation/class-queue';
import { designate } from '../../../src-main/engine/designation/designate';
import { parseDesignationRequest } from '../../../src-main/engine/designation/designation-schema';
import { DesignationThread } from '../../../src-main/engine/designation/designation-thread';
import type { DesignationRequest } from '../../../src-main/engine/designation/designation-types';
import { designateMaxRefund, queueClasses, workerShare, type ClassHelper } from '../../../src-main/engine/designation/max-refund-classes';
import { NEXT, SIGNAL_SLOTS } from '../../../src-main/engine/designation/worker-signal';
import { checkDesignation } from './allocation-checks';
import { lpOptimum } from './lp-reference';
import { randomRequest } from './random-requests';
import { realisticRequest } from './realistic-instances';

/**
 * Large designations solve max-refund classes on two threads (the caller and a worker taking classes
 * from one queue). Whichever thread solves a class, the designation must be the same, and optimal.
 */
const oneThread = (request: DesignationRequest) => designate(request, { parallel: false });

/** A designation as request-position allocations "import>export:quantity", sorted. */
function listed(classed: ClassedRequest, designations: ClassDesignations): string[] {
  const out: string[] = [];
  designations.forEach(classed, (i, e, quantity) => out.push(`${i}>${e}:${quantity}`));
  return out.sort();
}

/** The designation of every class on this thread alone. */
function onThisThread(request: DesignationRequest): string[] {
  const classed = buildClasses(request);
  const designations = ClassDesignations.allocate(classed.layout, false);
  designateMaxRefund(classed, designations, undefined);
  return listed(classed, designations);
}

describe('max-refund on two threads', () => {
  it('gives the very designation one thread gives, and the LP optimum', async () => {
    const request = parseDesignationRequest(realisticRequest({ imports: 3000, exports: 3000, classes: 30, seed: 5 }));
    const parallel = designate(request, { parallel: true });
    expect(parallel).toEqual(oneThread(request));
    const lp = await lpOptimum(request);
    expect(Math.abs(checkDesignation(request, parallel) - lp.objective)).toBeLessThanOrEqual(1e-9 * lp.objective);
  }, 120_000);

  it('has the worker thread solve the classes it takes, exactly as this thread would', async () => {
    // Per-unit duties only: every class has whole-duty weights, which is what the worker solves.
    const request = parseDesignationRequest(realisticRequest({ imports: 1500, exports: 1500, classes: 12, seed: 41 }));
    const classed = buildClasses(request, true);
    const designations = ClassDesignations.allocate(classed.layout, true);
    const thread = DesignationThread.start()!;
    try {
      const queue = queueClasses(classed, thread);
      thread.post(workerShare(classed, queue, designations));
      // This thread takes nothing, so the worker answers every class.
      await until(() => queue.status.every((status) => status === DONE));
      expect(listed(classed, designations)).toEqual(onThisThread(request));
    } finally {
      thread.end();
    }
  }, 60_000);

  it('solves a class itself when the worker took it and never answered', () => {
    const request = parseDesignationRequest(realisticRequest({ imports: 400, exports: 400, classes: 6, seed: 42 }));
    let queue: ClassQueue | undefined;
    // A stand-in for a worker that takes the first (largest) class and then hangs.
    const stuck: ClassHelper = {
      signal: new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4)),
      post(share) {
        queue = share.queue;
        const k = Atomics.add(queue.control, NEXT, 1);
        Atomics.compareExchange(queue.status, k, FREE, CLAIMED);
      },
    };
    const classed = buildClasses(request, true);
    const designations = ClassDesignations.allocate(classed.layout, true);
    designateMaxRefund(classed, designations, stuck);
    expect(queue!.status[0]).toBe(TAKEN_OVER);
    expect(listed(classed, designations)).toEqual(onThisThread(request));
  }, 60_000);

  it('keeps classes that need bigint on this thread, still optimal', async () => {
    const primes = [999_983, 999_979, 999_961, 999_959, 999_953, 999_931, 999_917, 999_907];
    const request = randomRequest(31, { imports: 24, exports: 24, classes: 1, spanDays: 1500 });
    request.imports.forEach((line, i) => {
      line.quantity = primes[i % primes.length]!;
      delete line.dutyPerUnit;
      line.lineDuty = `${(1 + (i % 7)) * 123457}.${String(1000 + i).slice(1)}7`;
    });
    request.exports.forEach((line, e) => (line.quantity = 200_000 + e * 50_000));
    const parsed = parseDesignationRequest(request);
    const parallel = designate(parsed, { parallel: true });
    expect(parallel).toEqual(oneThread(parsed));
    const lp = await lpOptimum(parsed);
    // the total is rounded down to the cent (never over 99%): at most a cent under the optimum
    expect(lp.objective - Number(parallel.totalRefund)).toBeGreaterThan(-1e-6);
    expect(lp.objective - Number(parallel.totalRefund)).toBeLessThan(0.0100001);
  }, 60_000);
});

async function until(condition: () => boolean, timeoutMs = 50_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the designation worker did not answer every class');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
