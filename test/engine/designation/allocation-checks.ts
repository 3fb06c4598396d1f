import type { DesignationRequest, DesignationResult } from '../../../src-main/engine/designation/designation-types';
import { eligiblePair, importDuty } from './reference-rules';

/**
 * What every designation must satisfy, checked against the independent reference rules: each
 * allocation is an eligible pair, no import or export is used beyond its quantity, leftovers add
 * up, each allocation's refund is 99% of the lesser duty rounded down to the cent, and the total is
 * the exact sum rounded down once. Returns the designation's value in currency (float, for comparing with the LP).
 */
export function checkDesignation(request: DesignationRequest, result: DesignationResult): number {
  const importAt = new Map(request.imports.map((line, i) => [line.id, i]));
  const exportAt = new Map(request.exports.map((line, e) => [line.id, e]));
  const usedI = new Array<number>(request.imports.length).fill(0);
  const usedE = new Array<number>(request.exports.length).fill(0);
  let value = 0;
  let exactNumerator = 0n;
  let exactDenominator = 1n;
  for (const a of result.allocations) {
    const i = importAt.get(a.import)!;
    const e = exportAt.get(a.export)!;
    const imp = request.imports[i]!;
    const exp = request.exports[e]!;
    if (!eligiblePair(request, imp, exp)) throw new Error(`allocation ${a.import} -> ${a.export} is not an eligible pair`);
    if (!(a.quantity > 0) || !Number.isInteger(a.quantity)) throw new Error(`allocation ${a.import} -> ${a.export} has quantity ${a.quantity}`);
    usedI[i]! += a.quantity;
    usedE[e]! += a.quantity;
    const [num, den] = lesserExact(imp.dutyPerUnit ?? imp.lineDuty!, imp.dutyPerUnit === undefined ? imp.quantity : 1, exp.dutyPerUnitIfImported);
    const cents = (99n * BigInt(a.quantity) * num) / (den * 10_000n); // down: never over 99%
    if (a.refund !== centsText(cents)) throw new Error(`allocation ${a.import} -> ${a.export}: refund ${a.refund}, expected ${centsText(cents)}`);
    const g = gcd(exactDenominator, den);
    exactNumerator = exactNumerator * (den / g) + BigInt(a.quantity) * num * (exactDenominator / g);
    exactDenominator = (exactDenominator / g) * den;
    value += a.quantity * 0.99 * Math.min(importDuty(imp), Number(exp.dutyPerUnitIfImported));
  }
  request.imports.forEach((line, i) => check(usedI[i]! + leftover(result.unusedImports, 'import', line.id), line.quantity, `import ${line.id}`));
  request.exports.forEach((line, e) => check(usedE[e]! + leftover(result.unusedExports, 'export', line.id), line.quantity, `export ${line.id}`));
  const total = centsText((99n * exactNumerator) / (exactDenominator * 10_000n));
  if (result.totalRefund !== total) throw new Error(`totalRefund ${result.totalRefund}, exact sum rounded once is ${total}`);
  return value;
}

function check(actual: number, expected: number, what: string): void {
  if (actual !== expected) throw new Error(`${what}: designated + unused = ${actual}, quantity is ${expected}`);
}

function leftover(list: { quantity: number; reason: string }[], key: 'import' | 'export', id: string): number {
  const found = list.find((u) => (u as unknown as Record<string, string>)[key] === id);
  if (found && !found.reason) throw new Error(`unused ${key} ${id} has no reason`);
  return found?.quantity ?? 0;
}

/** Lesser per-unit duty as an exact fraction of 1/10,000 units. */
function lesserExact(importAmount: string, perQuantity: number, exportAmount: string): [bigint, bigint] {
  const a = scaled(importAmount);
  const b = scaled(exportAmount);
  const q = BigInt(perQuantity);
  return a <= b * q ? [a, q] : [b, 1n];
}

const scaled = (text: string) => {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole!) * 10_000n + BigInt(fraction.padEnd(4, '0'));
};
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const centsText = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
