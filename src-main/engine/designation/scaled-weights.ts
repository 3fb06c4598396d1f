import type { DesignationClass } from './build-classes';
import type { PreparedLines } from './prepared-lines';
import { lcm } from './unit-duty';

/**
 * Per-unit duties of one class as integers on one common scale, so sums and comparisons of weights
 * are exact. A per-unit duty num/den (1/10,000 units) becomes num * (S / den) where S is the least
 * common multiple of the class's denominators; an export's value V becomes V * S. Then
 * min(d, v) compares exactly and every weight is an integer count of 1/(10,000 * S) units.
 *
 * The network simplex forms potentials, sums of at most `nodes` arc weights along a tree path, and
 * reduced costs, differences of two potentials and a weight: all integers of magnitude below
 * 2 * nodes * W for the largest weight W. So if (2 * nodes + 2) * W <= 2^53, Float64 arithmetic on
 * them is exact; otherwise the class is solved in bigint.
 */
export const NUMBER_SAFE_LIMIT = 2n ** 53n;

export type ClassWeights = { kind: 'number'; imports: Float64Array; exports: Float64Array } | { kind: 'bigint'; imports: bigint[]; exports: bigint[] };

/**
 * The common case, kept free of bigint work: every duty of the class is a whole number of 1/10,000
 * units (S = 1) held exactly in its column, and the bound holds, so the duties themselves are the
 * Number weights (class-problem.ts reads them from the columns). The bound is checked on Numbers:
 * the product of two integers rounds monotonically, so "< 2^53" is decided correctly (2^53 itself
 * counts as too large).
 */
export function wholeDutiesFit(cls: DesignationClass, lines: PreparedLines): boolean {
  const { importDuty, exportValue } = lines;
  let largest = 0;
  for (const i of cls.imports) {
    if (!importDuty.isWhole(i)) return false;
    largest = Math.max(largest, importDuty.whole[i]!);
  }
  for (const e of cls.exports) {
    if (!exportValue.isWhole(e)) return false;
    largest = Math.max(largest, exportValue.whole[e]!);
  }
  const nodes = cls.imports.length + cls.exports.length + 1;
  return (2 * nodes + 2) * largest < 2 ** 53;
}

/** Any class's weights, exact, as Numbers when the bound allows it and as bigints otherwise. */
export function classWeights(cls: DesignationClass, lines: PreparedLines): ClassWeights {
  const importDuties = Array.from(cls.imports, (i) => lines.importDuty.duty(i));
  const exportValues = Array.from(cls.exports, (e) => lines.exportValue.duty(e));
  let scale = 1n;
  for (const duty of [...importDuties, ...exportValues]) if (duty.den !== 1n) scale = lcm(scale, duty.den);
  const imports = importDuties.map((duty) => duty.num * (scale / duty.den));
  const exports = exportValues.map((duty) => duty.num * (scale / duty.den));
  let largest = 0n;
  for (const w of imports) if (w > largest) largest = w;
  for (const w of exports) if (w > largest) largest = w;
  const nodes = BigInt(cls.imports.length + cls.exports.length + 1);
  // Exact as Numbers when every value is at most 2^53 / (2 * nodes + 2).
  if ((2n * nodes + 2n) * largest <= NUMBER_SAFE_LIMIT)
    return { kind: 'number', imports: Float64Array.from(imports, Number), exports: Float64Array.from(exports, Number) };
  return { kind: 'bigint', imports, exports };
}
