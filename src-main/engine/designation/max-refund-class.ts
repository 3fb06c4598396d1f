import type { DesignationClass } from './build-classes';
import type { ClassFlow } from './class-flow';
import { solveTransport } from './network-simplex';
import { classWeights } from './scaled-weights';

/**
 * The maximum-refund designation of one class: its exact integer weights (scaled-weights.ts) fed to
 * the network simplex in the number or bigint representation the class needs. The factor 0.99
 * is common to every pair, so it does not change which designation is best and is applied to amounts.
 */
export function solveMaxRefundClass(cls: DesignationClass): ClassFlow {
  const weights = classWeights(cls);
  const importQty = quantities(cls.imports);
  const exportQty = quantities(cls.exports);
  const shape = { importQty, exportQty, lo: cls.lo, hi: cls.hi };
  if (weights.kind === 'number') return solveTransport({ ...shape, kernel: weights.kernel, importWeight: weights.imports, exportWeight: weights.exports });
  return solveTransport({ ...shape, kernel: weights.kernel, importWeight: weights.imports, exportWeight: weights.exports });
}

/** A plain loop: TypedArray.from with a mapping function is several times slower here. */
function quantities(items: readonly { line: { quantity: number } }[]): Float64Array {
  const out = new Float64Array(items.length);
  for (let k = 0; k < items.length; k++) out[k] = items[k]!.line.quantity;
  return out;
}
