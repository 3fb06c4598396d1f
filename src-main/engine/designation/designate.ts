import { buildClasses, type DesignationClass } from './build-classes';
import type { ClassFlow } from './class-flow';
import { solveDateOrder } from './date-order-solver';
import { AllocationList } from './allocation-list';
import type { DesignationRequest, DesignationResult, Objective } from './designation-types';
import { solveMaxRefundClass } from './max-refund-class';
import { allocationRefund, formatCents, RefundTotal } from './refund-amounts';
import { lesserDuty } from './unit-duty';
import { coveredImports, quantityPrefix, unusedExportReason, unusedImportReason } from './unused-reasons';

/**
 * Designates import lines against exports under substitution (19 U.S.C. 1313(j)(2) or 1313(b)).
 * Pure: a validated request in, the allocation out; nothing is read or written.
 * - max-refund: the exactly optimal designation (largest total refund), per class;
 * - fifo / lifo: exports in date order take the oldest / newest eligible import first.
 */
export function designate(request: DesignationRequest): DesignationResult {
  const classed = buildClasses(request);
  const importLeft = request.imports.map((line) => line.quantity);
  const exportLeft = request.exports.map((line) => line.quantity);
  const picked = new AllocationList();
  const total = new RefundTotal();
  const importWhy: (string | undefined)[] = [...classed.importReasons];
  const exportWhy: (string | undefined)[] = [...classed.exportReasons];
  for (const cls of classed.classes) {
    const flow = solveClass(cls, request.objective);
    for (let k = 0; k < flow.qty.length; k++) {
      const item = cls.imports[flow.imp[k]!]!;
      const target = cls.exports[flow.exp[k]!]!;
      const qty = flow.qty[k]!;
      const duty = lesserDuty(item.duty, target.value);
      total.add(qty, duty);
      picked.push(item.index, target.index, qty, allocationRefund(qty, duty));
      importLeft[item.index]! -= qty;
      exportLeft[target.index]! -= qty;
    }
    explainLeftovers(cls, request.objective, importLeft, exportLeft, importWhy, exportWhy);
  }
  const allocations = picked.toAllocations(request);
  return {
    provision: request.provision,
    objective: request.objective,
    claimDate: request.claimDate,
    allocations,
    totalRefund: formatCents(total.cents()),
    unusedExports: unused(request.exports, exportLeft, (line, quantity, e) => ({ export: line.id, quantity, reason: exportWhy[e]! })),
    unusedImports: unused(request.imports, importLeft, (line, quantity, i) => ({ import: line.id, quantity, reason: importWhy[i]! })),
  };
}

/** Lines with quantity left over, in request order (a loop: flatMap would build a list per line). */
function unused<L, U>(lines: readonly L[], left: readonly number[], make: (line: L, quantity: number, index: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < lines.length; k++) if (left[k]! > 0) out.push(make(lines[k]!, left[k]!, k));
  return out;
}

function solveClass(cls: DesignationClass, objective: Objective): ClassFlow {
  if (cls.imports.length === 0 || cls.exports.length === 0) return { imp: [], exp: [], qty: [] };
  if (objective === 'max-refund') return solveMaxRefundClass(cls);
  const importQty = cls.imports.map((item) => item.line.quantity);
  const exportQty = cls.exports.map((item) => item.line.quantity);
  return solveDateOrder(importQty, exportQty, cls.lo, cls.hi, objective);
}

function explainLeftovers(cls: DesignationClass, objective: Objective, importLeft: number[], exportLeft: number[], importWhy: (string | undefined)[], exportWhy: (string | undefined)[]): void {
  const prefix = quantityPrefix(cls);
  cls.exports.forEach((item, e) => {
    if (exportLeft[item.index]! > 0) exportWhy[item.index] = unusedExportReason(cls, e, objective, prefix);
  });
  const covered = coveredImports(cls);
  cls.imports.forEach((item, i) => {
    if (importLeft[item.index]! > 0) importWhy[item.index] = unusedImportReason(cls, covered[i] === 1, objective);
  });
}
