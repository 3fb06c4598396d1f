import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { formatMoney } from '../../../src-shared/money';
import { buildMethodReport } from '../../../src-main/engine/accounting-methods/method-report';
import { runAccountingMethod, type MethodResult } from '../../../src-main/engine/accounting-methods/run-accounting-method';
import { METHOD_NAMES, type MethodInput, type MethodName } from '../../../src-main/engine/accounting-methods/types';
import { referenceRun } from './reference-methods';

const FIRST_DAY = 11_000; // 2000-02-12
const RATES = [0n, 1n, 5_000n, 10_000n, 12_345n, 20_000n, 99_999_999n]; // $0, $0.0001, $0.50, $1, $1.2345, $2, $9,999.9999

/**
 * Random inventories: a few dozen records over `spanDays`, many on the same date, rates from a small set
 * so ties happen; withdrawals are about a third the size of receipts, so most runs have enough stock and
 * some still overdraw (which the methods that record every withdrawal must refuse).
 */
function inventory(spanDays: number, maxQuantity: number, maxRecords = 40) {
  const record = fc.record({
    kind: fc.constantFrom('receipt', 'receipt', 'receipt', 'export', 'export', 'domestic'),
    day: fc.integer({ min: 0, max: spanDays }),
    quantity: fc.integer({ min: 1, max: maxQuantity }),
    rate: fc.constantFrom(...RATES),
  });
  return fc.array(record, { minLength: 1, maxLength: maxRecords, size: 'max' }).map((records) => {
    const input: Pick<MethodInput, 'receipts' | 'withdrawals'> = { receipts: [], withdrawals: [] };
    records.forEach((r, index) => {
      if (r.kind === 'receipt') input.receipts.push({ id: `R${index}`, day: FIRST_DAY + r.day, quantity: r.quantity, drawbackPerUnit: r.rate, index });
      else
        input.withdrawals.push({
          id: `W${index}`,
          day: FIRST_DAY + r.day,
          quantity: Math.ceil(r.quantity / 3),
          purpose: r.kind === 'export' ? 'export' : 'domestic',
          index,
        });
    });
    return input;
  });
}

function run(input: MethodInput): MethodResult | AppError {
  try {
    return runAccountingMethod(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

function checkAgainstReference(input: MethodInput): void {
  const result = run(input);
  const expected = referenceRun(input);
  if (result instanceof AppError) {
    expect(expected.overdrawn, result.message).toBeDefined();
    expect(result.message).toContain(`withdrawal ${expected.overdrawn} `);
    return;
  }
  expect(expected.overdrawn).toBeUndefined();
  const draws: string[] = [];
  const unattributed = new Map<string, number>();
  for (let k = 0; k < result.recorded.length; k += 1) {
    const w = result.withdrawals[result.recorded[k]!]!;
    for (let d = k === 0 ? 0 : result.drawEnd[k - 1]!; d < result.drawEnd[k]!; d += 1)
      draws.push(`${w.id}>${result.receipts[result.drawReceipt[d]!]!.id}:${result.drawQuantity[d]}`);
    unattributed.set(w.id, result.unattributed[k]!);
  }
  expect(draws).toEqual(expected.draws);
  expect(unattributed).toEqual(expected.unattributed);
  expect(new Map(result.receipts.map((r, i) => [r.id, result.remaining[i]!]))).toEqual(expected.remaining);
}

function checkInvariants(input: MethodInput): void {
  const result = run(input);
  if (result instanceof AppError) return;
  const report = buildMethodReport(result);
  const received = input.receipts.reduce((s, r) => s + r.quantity, 0);
  const drawn = result.drawQuantity.reduce((s, q) => s + q, 0);
  const left = result.remaining.reduce((s, q) => s + q, 0);
  const recorded = Array.from(result.recorded, (p) => result.withdrawals[p]!);
  const unattributed = result.unattributed.reduce((s, q) => s + q, 0);
  // quantities are conserved: what was received is either drawn or still there; recorded withdrawals are drawn or unattributed
  expect(drawn + left).toBe(received);
  expect(drawn + unattributed).toBe(recorded.reduce((s, w) => s + w.quantity, 0));
  // no receipt is drawn below zero
  const perReceipt = new Float64Array(result.receipts.length);
  result.drawReceipt.forEach((seq, d) => (perReceipt[seq] = perReceipt[seq]! + result.drawQuantity[d]!));
  result.receipts.forEach((r, i) => {
    expect(result.remaining[i]).toBeGreaterThanOrEqual(0);
    expect(perReceipt[i]! + result.remaining[i]!).toBe(r.quantity);
  });
  // total drawback is the exact sum of the export draws, rounded once
  let exact = 0n;
  let exportUnits = 0;
  recorded.forEach((w, k) => {
    if (w.purpose !== 'export') return;
    exportUnits += w.quantity;
    for (let d = k === 0 ? 0 : result.drawEnd[k - 1]!; d < result.drawEnd[k]!; d += 1)
      exact += BigInt(result.drawQuantity[d]!) * result.receipts[result.drawReceipt[d]!]!.drawbackPerUnit;
  });
  expect(result.totalExportDrawback).toBe(exact);
  expect(report.totalExportDrawback).toBe(formatMoney(exact));
  // never more drawback than the exported quantity at the highest rate
  const maxRate = input.receipts.reduce((m, r) => (r.drawbackPerUnit > m ? r.drawbackPerUnit : m), 0n);
  expect(exact <= BigInt(exportUnits) * maxRate).toBe(true);
  // domestic withdrawals earn nothing; only the turnover and blanket variants leave them out
  for (const w of report.withdrawals) if (w.purpose === 'domestic') expect(w.drawback).toBe('0.00');
  const skipsDomestic = input.method === 'low-to-high-turnover' || input.method === 'low-to-high-blanket';
  expect(report.withdrawals.length).toBe(skipsDomestic ? input.withdrawals.filter((w) => w.purpose === 'export').length : input.withdrawals.length);
  if (!skipsDomestic) expect(unattributed).toBe(0);
}

const withMethod = (method: MethodName, data: Pick<MethodInput, 'receipts' | 'withdrawals'>, turnoverDays = 30): MethodInput => ({
  method,
  turnoverDays: method === 'low-to-high-turnover' ? turnoverDays : undefined,
  ...data,
});

describe('accounting methods: properties (fast-check)', () => {
  for (const method of METHOD_NAMES) {
    it(`${method} draws exactly what the naive reference draws`, () => {
      fc.assert(
        fc.property(inventory(20, 30), (data) => checkAgainstReference(withMethod(method, data))),
        { numRuns: 300 },
      );
    });

    it(`${method} conserves quantities, never overdraws a receipt and totals the drawback exactly`, () => {
      fc.assert(
        fc.property(inventory(20, 30), (data) => checkInvariants(withMethod(method, data))),
        { numRuns: 300 },
      );
    });
  }

  it('the windows hold over years of dates: turnover periods of 0-60 days and the 5-year blanket limit', () => {
    fc.assert(
      fc.property(inventory(8 * 366, 20, 30), fc.integer({ min: 0, max: 60 }), (data, days) => {
        checkAgainstReference(withMethod('low-to-high-turnover', data, days));
        checkAgainstReference(withMethod('low-to-high-blanket', data));
      }),
      { numRuns: 300 },
    );
  });

  it('average stays exact with quantities near a billion (shares computed beyond 2^53)', () => {
    fc.assert(
      fc.property(inventory(3, 1_000_000_000, 12), (data) => checkAgainstReference(withMethod('average', data))),
      { numRuns: 300 },
    );
  });

  it('the result does not depend on how records of different dates are interleaved in the input', () => {
    fc.assert(
      fc.property(inventory(20, 30), fc.constantFrom(...METHOD_NAMES), (data, method) => {
        const a = run(withMethod(method, data));
        const shuffled = { receipts: [...data.receipts].reverse(), withdrawals: [...data.withdrawals].reverse() };
        const b = run(withMethod(method, shuffled));
        expect(b instanceof AppError ? b.message : buildMethodReport(b)).toEqual(a instanceof AppError ? a.message : buildMethodReport(a));
      }),
      { numRuns: 200 },
    );
  });
});
