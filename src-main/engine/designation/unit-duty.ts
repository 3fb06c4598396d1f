/**
 * A per-unit duty as an exact fraction of 1/10,000 currency units: `num / den` with den > 0 and the
 * fraction reduced. Per-unit averaging (19 CFR 190.51(b)(1)) makes lineDuty / quantity a rational
 * that is kept exact, never rounded before the claim total. Lines keep their duties in columns
 * (duty-column.ts); this form is for the few that do not fit a Number, and for exact comparisons.
 */
export interface UnitDuty {
  num: bigint;
  den: bigint;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** Exact comparison by cross-multiplication: negative, zero or positive like a comparator. */
export function compareDuty(a: UnitDuty, b: UnitDuty): number {
  if (a.den === b.den) return a.num < b.num ? -1 : a.num > b.num ? 1 : 0;
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The "lesser of" rule (19 CFR 190.22(a)(1)(ii), 190.32(b)): the smaller per-unit duty. */
export function lesserDuty(a: UnitDuty, b: UnitDuty): UnitDuty {
  return compareDuty(a, b) <= 0 ? a : b;
}
