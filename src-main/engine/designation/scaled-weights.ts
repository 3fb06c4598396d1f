import type { DesignationClass } from './build-classes';
import { bigintKernel, numberKernel, type Kernel, type Slots } from './numeric-kernel';
import { lcm } from './unit-duty';

/**
 * Per-unit duties of one class as integers on one common scale, so sums and comparisons of weights
 * are exact. A per-unit duty num/den (1/10,000 units) becomes num * (S / den) where S is the least
 * common multiple of the class's denominators; an export's value V becomes V * S. Then
 * min(d, v) compares exactly and every weight is an integer count of 1/(10,000 * S) units.
 *
 * The solver only forms duals and distances bounded by a few times the largest weight W (duals lie
 * in [0, W], path lengths in [0, W], one relaxation adds at most 2W), so if W < 2^50 every
 * intermediate is an integer below 2^52 and Float64 arithmetic on it is exact. Otherwise the class
 * is solved in bigint.
 */
export const NUMBER_SAFE_LIMIT = 2n ** 50n;

export type ClassWeights =
  | { kind: 'number'; kernel: Kernel<number>; imports: Slots<number>; exports: Slots<number>; scale: bigint }
  | { kind: 'bigint'; kernel: Kernel<bigint>; imports: Slots<bigint>; exports: Slots<bigint>; scale: bigint };

export function classWeights(cls: DesignationClass): ClassWeights {
  let scale = 1n;
  for (const item of cls.imports) if (item.duty.den !== 1n) scale = lcm(scale, item.duty.den);
  const imports = cls.imports.map((item) => item.duty.num * (scale / item.duty.den));
  const exports = cls.exports.map((item) => item.value.num * scale);
  let largest = 0n;
  for (const w of imports) if (w > largest) largest = w;
  for (const w of exports) if (w > largest) largest = w;
  if (largest < NUMBER_SAFE_LIMIT) {
    return { kind: 'number', kernel: numberKernel, imports: Float64Array.from(imports, Number), exports: Float64Array.from(exports, Number), scale };
  }
  return { kind: 'bigint', kernel: bigintKernel, imports, exports, scale };
}
