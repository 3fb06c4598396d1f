import { buildClasses, type ClassedRequest } from './build-classes';
import { ClassDesignations } from './class-designations';
import { solveDateOrder } from './date-order-solver';
import { DesignationThread } from './designation-thread';
import type { DesignationRequest, DesignationResult } from './designation-types';
import { designateMaxRefund } from './max-refund-classes';
import { publishAllocations } from './published-allocations';
import { explainLeftovers } from './unused-reasons';

export interface DesignateOptions {
  /**
   * Solve max-refund classes on a worker thread too (max-refund-classes.ts): by default from
   * PARALLEL_FROM lines, where starting the worker (~0.2 s) is small beside the solving. The
   * designation is the same either way.
   */
  parallel?: boolean;
}

export const PARALLEL_FROM = 100_000;

/**
 * Designates import lines against exports under substitution (19 U.S.C. 1313(j)(2) or 1313(b)).
 * Pure: a validated request in, the allocation out; nothing is read or written (a large
 * designation computes on a second thread too, and still returns synchronously).
 * - max-refund: the exactly optimal designation (largest total refund), per class;
 * - fifo / lifo: exports in date order take the oldest / newest eligible import first.
 */
export function designate(request: DesignationRequest, options: DesignateOptions = {}): DesignationResult {
  const maxRefund = request.objective === 'max-refund';
  const parallel = maxRefund && (options.parallel ?? request.imports.length + request.exports.length >= PARALLEL_FROM);
  // Started first, so that the worker loads while the classes are built.
  const thread = parallel ? DesignationThread.start() : undefined;
  try {
    return designateOn(request, thread);
  } finally {
    thread?.end();
  }
}

function designateOn(request: DesignationRequest, thread: DesignationThread | undefined): DesignationResult {
  const classed = buildClasses(request, thread !== undefined);
  const designations = ClassDesignations.allocate(classed.layout, thread !== undefined);
  if (request.objective === 'max-refund') designateMaxRefund(classed, designations, thread);
  else designateByDate(classed, request.objective, designations);
  const { lines } = classed;
  const importLeft = lines.importQty.slice();
  const exportLeft = lines.exportQty.slice();
  designations.forEach(classed, (i, e, quantity) => {
    importLeft[i]! -= quantity;
    exportLeft[e]! -= quantity;
  });
  explainLeftovers(request, classed, importLeft, exportLeft);
  const { allocations, totalRefund } = publishAllocations(designations, classed, request);
  return {
    provision: request.provision,
    objective: request.objective,
    claimDate: request.claimDate,
    allocations,
    totalRefund,
    unusedExports: unused(exportLeft, (e, quantity) => ({ export: request.exports[e]!.id, quantity, reason: classed.exportReasons[e]! })),
    unusedImports: unused(importLeft, (i, quantity) => ({ import: request.imports[i]!.id, quantity, reason: classed.importReasons[i]! })),
  };
}

function designateByDate(classed: ClassedRequest, order: 'fifo' | 'lifo', designations: ClassDesignations): void {
  const { lines } = classed;
  classed.classes.forEach((cls, c) => {
    if (cls.imports.length === 0 || cls.exports.length === 0) return;
    solveDateOrder(gather(lines.importQty, cls.imports), gather(lines.exportQty, cls.exports), cls.hi, order, designations.sinkFor(c));
  });
}

/** The values of a column at a class's positions, in class order. */
function gather(column: Int32Array, positions: Int32Array): Float64Array {
  const out = new Float64Array(positions.length);
  for (let k = 0; k < positions.length; k++) out[k] = column[positions[k]!]!;
  return out;
}

/** Lines with quantity left over, in request order (a loop: flatMap would build a list per line). */
function unused<U>(left: Int32Array, make: (index: number, quantity: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < left.length; k++) if (left[k]! > 0) out.push(make(k, left[k]!));
  return out;
}
