import type { DesignationClass } from './build-classes';
import { bigintKernel, numberKernel, type Kernel, type Slots } from './numeric-kernel';
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

export type ClassWeights =
  | { kind: 'number'; kernel: Kernel<number>; imports: Slots<number>; exports: Slots<number>; scale: bigint }
  | { kind: 'bigint'; kernel: Kernel<bigint>; imports: Slots<bigint>; exports: Slots<bigint>; scale: bigint };

export function classWeights(cls: DesignationClass): ClassWeights {
  let scale = 1n;
  for (const item of cls.imports) if (item.duty.den !== 1n) scale = lcm(scale, item.duty.den);
  // Per-unit duties (denominator 1) need no scaling: the common case, kept free of bigint work.
  const imports = scale === 1n ? cls.imports.map((item) => item.duty.num) : cls.imports.map((item) => item.duty.num * (scale / item.duty.den));
  const exports = scale === 1n ? cls.exports.map((item) => item.value.num) : cls.exports.map((item) => item.value.num * scale);
  let largest = 0n;
  for (const w of imports) if (w > largest) largest = w;
  for (const w of exports) if (w > largest) largest = w;
  const nodes = BigInt(cls.imports.length + cls.exports.length + 1);
  if ((2n * nodes + 2n) * largest <= NUMBER_SAFE_LIMIT) {
    return { kind: 'number', kernel: numberKernel, imports: toNumbers(imports), exports: toNumbers(exports), scale };
  }
  return { kind: 'bigint', kernel: bigintKernel, imports, exports, scale };
}

/** Exact: every value is at most 2^53 / (2 * nodes + 2). */
function toNumbers(values: bigint[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) out[k] = Number(values[k]!);
  return out;
}
