import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src-shared/errors';
import { parseMethodInput } from '../../../src-main/engine/accounting-methods/input-schema';
import { runAccountingMethod } from '../../../src-main/engine/accounting-methods/run-accounting-method';

function fieldsOf(raw: unknown): string[] {
  try {
    parseMethodInput(raw, 'inventory.json');
  } catch (error) {
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).message).toMatch(/^inventory\.json is not valid: /);
    return (error as AppError).issues!.map((i) => `${i.field}: ${i.message}`);
  }
  throw new Error('expected the input to be refused');
}

const good = { id: 'R1', type: 'receipt', date: '2001-01-02', quantity: 100, drawbackPerUnit: '1.00' };

describe('compute input validation', () => {
  it('turns a valid file into day numbers, scaled amounts and input positions', () => {
    const input = parseMethodInput({
      method: 'fifo',
      transactions: [good, { id: 'W1', type: 'withdrawal', date: '2001-01-15', quantity: 50, purpose: 'export' }],
    });
    expect(input).toEqual({
      method: 'fifo',
      turnoverDays: undefined,
      receipts: [{ id: 'R1', day: 11_324, quantity: 100, drawbackPerUnit: 10_000n, index: 0 }],
      withdrawals: [{ id: 'W1', day: 11_337, quantity: 50, purpose: 'export', index: 1 }],
    });
  });

  it('names every bad field by its path', () => {
    const fields = fieldsOf({
      method: 'fifo',
      transactions: [
        { ...good, date: '2001-02-30' },
        { ...good, id: 'R2', quantity: 1.5 },
        { ...good, id: 'R3', drawbackPerUnit: 1 },
        { ...good, id: 'R4', drawbackPerUnit: '-1.00' },
        { ...good, id: 'R5', drawbackPerUnit: '1.00001' },
        { id: 'W1', type: 'withdrawal', date: '2001-01-15', quantity: 0, purpose: 'gift' },
        { id: 'X1', type: 'transfer', date: '2001-01-15', quantity: 1 },
        { ...good, id: 'R6', drawbackPerUnit: '1.00', drawbackPerUnti: '2' },
        { ...good },
      ],
    });
    expect(fields).toEqual([
      'transactions.0.date: a date is a real calendar date written YYYY-MM-DD, e.g. 2001-01-15',
      'transactions.1.quantity: a quantity is a whole number of units',
      'transactions.2.drawbackPerUnit: drawbackPerUnit is a decimal string such as "1.25" (a JSON number would be a float)',
      'transactions.3.drawbackPerUnit: drawbackPerUnit is zero or more with at most 4 decimals, e.g. "1.25"',
      'transactions.4.drawbackPerUnit: drawbackPerUnit is zero or more with at most 4 decimals, e.g. "1.25"',
      'transactions.5.quantity: a quantity is at least 1',
      'transactions.5.purpose: purpose is "export" or "domestic"',
      'transactions.6.type: type is "receipt" or "withdrawal"',
      'transactions.7.drawbackPerUnti: unknown field "drawbackPerUnti"; check its spelling',
    ]);
  });

  it('refuses duplicate ids, naming the repeat and the first use', () => {
    expect(fieldsOf({ method: 'fifo', transactions: [good, { ...good }] })).toEqual([
      'transactions.1.id: id "R1" is already used by transactions.0; ids must be unique',
    ]);
  });

  it('needs turnoverDays for low-to-high-turnover, and only there', () => {
    expect(fieldsOf({ method: 'low-to-high-turnover', transactions: [] })).toEqual([
      'turnoverDays: required for low-to-high-turnover: the average inventory turnover period in days, e.g. 30',
    ]);
    expect(fieldsOf({ method: 'average', turnoverDays: 30, transactions: [] })).toEqual([
      'turnoverDays: applies only to low-to-high-turnover; remove it for average',
    ]);
    expect(fieldsOf({ method: 'low-to-high-turnover', turnoverDays: -1, transactions: [] })[0]).toMatch(/^turnoverDays: /);
  });

  it('names an unknown method and a missing transaction list', () => {
    expect(fieldsOf({ method: 'hifo', transactions: [] })).toEqual([
      'method: method is one of fifo, lifo, low-to-high, low-to-high-turnover, low-to-high-blanket, average',
    ]);
    expect(fieldsOf({ method: 'fifo' })).toEqual(['transactions: transactions is a list of receipts and withdrawals']);
    expect(fieldsOf([])[0]).toMatch(/^\(file\): /);
  });

  it('the engine also refuses a turnover run without a period when called directly', () => {
    expect(() => runAccountingMethod({ method: 'low-to-high-turnover', receipts: [], withdrawals: [] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'turnoverDays' })] }),
    );
  });
});
