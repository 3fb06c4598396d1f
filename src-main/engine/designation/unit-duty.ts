import { parseMoney } from '../../../src-shared/money';

/**
 * A per-unit duty as an exact fraction of 1/10,000 currency units: `num / den` with den > 0 and the
 * fraction reduced. Per-unit averaging (19 CFR 190.51(b)(1)) makes lineDuty / quantity a rational
 * that is kept exact, never rounded before the claim total.
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

/** Up to 11 whole digits: the scaled amount stays below 10^15 < 2^53, so Number holds it exactly. */
const PLAIN_AMOUNT = /^\d{1,11}(\.\d{1,4})?$/;

/** A 4-decimal amount per unit, e.g. dutyPerUnit or dutyPerUnitIfImported. */
export function perUnitDuty(amount: string): UnitDuty {
  return { num: PLAIN_AMOUNT.test(amount) ? BigInt(plainAmount(amount)) : parseMoney(amount), den: 1n };
}

/** "12.5" -> 125000 (1/10,000 units), in integer Number arithmetic; a million lines parse fast. */
function plainAmount(text: string): number {
  const dot = text.indexOf('.');
  if (dot < 0) return Number(text) * 10_000;
  const fraction = text.slice(dot + 1);
  return Number(text.slice(0, dot)) * 10_000 + Number(fraction) * 10 ** (4 - fraction.length);
}

/** Line duty spread evenly over the line's units: exact, reduced. */
export function averagedDuty(lineDuty: string, quantity: number): UnitDuty {
  const num = parseMoney(lineDuty);
  const den = BigInt(quantity);
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
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

export function isZeroDuty(a: UnitDuty): boolean {
  return a.num === 0n;
}
