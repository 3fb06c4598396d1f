import { buildClasses, type DesignationClass } from './build-classes';
import type { ClassFlow } from './class-flow';
import { solveDateOrder } from './date-order-solver';
import type { Allocation, DesignationRequest, DesignationResult, Objective } from './designation-types';
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
  const picked: { imp: number; exp: number; qty: number; refund: string }[] = [];
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
      picked.push({ imp: item.index, exp: target.index, qty, refund: allocationRefund(qty, duty) });
      importLeft[item.index]! -= qty;
      exportLeft[target.index]! -= qty;
    }
    explainLeftovers(cls, request.objective, importLeft, exportLeft, importWhy, exportWhy);
  }
  picked.sort((a, b) => a.exp - b.exp || a.imp - b.imp);
  const allocations: Allocation[] = picked.map((p) => ({ import: request.imports[p.imp]!.id, export: request.exports[p.exp]!.id, quantity: p.qty, refund: p.refund }));
  return {
    provision: request.provision,
    objective: request.objective,
    claimDate: request.claimDate,
    allocations,
    totalRefund: formatCents(total.cents()),
    unusedExports: request.exports.flatMap((line, e) => (exportLeft[e]! > 0 ? [{ export: line.id, quantity: exportLeft[e]!, reason: exportWhy[e]! }] : [])),
    unusedImports: request.imports.flatMap((line, i) => (importLeft[i]! > 0 ? [{ import: line.id, quantity: importLeft[i]!, reason: importWhy[i]! }] : [])),
  };
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
