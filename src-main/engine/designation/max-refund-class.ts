import type { DesignationClass } from './build-classes';
import { addToFlow, emptyFlow, type ClassFlow } from './class-flow';
import { solveMaxRefund } from './primal-dual-solver';
import { classWeights } from './scaled-weights';

/**
 * The maximum-refund designation of one class: its exact integer weights (scaled-weights.ts) fed to
 * the primal-dual solver in the number or bigint representation the class needs. The factor 0.99
 * is common to every pair, so it does not change which designation is best and is applied to amounts.
 */
export function solveMaxRefundClass(cls: DesignationClass): ClassFlow {
  const weights = classWeights(cls);
  const importQty = Float64Array.from(cls.imports, (item) => item.line.quantity);
  const exportQty = Float64Array.from(cls.exports, (item) => item.line.quantity);
  const flow = emptyFlow();
  const collect = (arcs: ReturnType<typeof solveMaxRefund>) => arcs.forEach((i, e, qty) => addToFlow(flow, i, e, qty));
  const shape = { importQty, exportQty, lo: cls.lo, hi: cls.hi };
  if (weights.kind === 'number') collect(solveMaxRefund({ ...shape, kernel: weights.kernel, importWeight: weights.imports, exportWeight: weights.exports }));
  else collect(solveMaxRefund({ ...shape, kernel: weights.kernel, importWeight: weights.imports, exportWeight: weights.exports }));
  return flow;
}
