import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src-shared/errors';
import { parseMpfInput } from '../../../src-main/engine/fees/mpf-input-schema';

function fieldsOf(raw: unknown): string[] {
  try {
    parseMpfInput(raw, 'entry.json');
  } catch (error) {
    expect((error as AppError).code).toBe('VALIDATION');
    return (error as AppError).issues!.map((i) => `${i.field}: ${i.message}`);
  }
  throw new Error('expected the input to be refused');
}

describe('mpf input validation', () => {
  it('scales amounts to four decimals and treats a missing mpfExempt as false', () => {
    expect(parseMpfInput({ mpfPaid: '485', lines: [{ line: 1, quantity: 5, value: '0.0001' }] })).toEqual({
      mpfPaid: 4_850_000n,
      lines: [{ line: 1, quantity: 5, value: 1n, mpfExempt: false }],
    });
  });

  it('names each bad field by its path', () => {
    expect(
      fieldsOf({
        mpfPaid: 485,
        lines: [
          { line: 1, quantity: 0, value: '10.00' },
          { line: 1, quantity: 2, value: '-1' },
          { line: 3, quantity: 2.5, value: '1', mpfExempt: 'no' },
          { line: 4, quantity: 0, value: '1', mpfExempt: true, note: 'x' },
        ],
      }),
    ).toEqual([
      'mpfPaid: mpfPaid is a decimal string such as "485.00" (a JSON number would be a float)',
      'lines.0.quantity: a line subject to the fee needs at least 1 unit to give a per-unit amount',
      'lines.1.value: value is zero or more with at most 4 decimals, e.g. "485.00"',
      'lines.2.quantity: quantity is a whole number of units',
      'lines.2.mpfExempt: mpfExempt is true or false',
      'lines.3.note: unknown field "note"; check its spelling',
    ]);
  });

  it('refuses an empty line list and repeated line numbers', () => {
    expect(fieldsOf({ mpfPaid: '1', lines: [] })).toEqual(['lines: lines needs at least one line']);
    expect(
      fieldsOf({
        mpfPaid: '1',
        lines: [
          { line: 2, quantity: 1, value: '1' },
          { line: 2, quantity: 1, value: '1' },
        ],
      }),
    ).toEqual(['lines.1.line: line 2 already appears at lines.0']);
  });
});
