import { describe, expect, it } from 'vitest';
import { MONEY_LIMIT_4DP } from '../../src-shared/money';
import { formatBound, moneyField, MONEY_BOUNDS } from '../../src-shared/schemas/money-fields';
import { addDays, onDeskDay } from '../../src-shared/schemas/desk-day';
import { codeField, dateField, entryLineNumberSchema } from '../../src-shared/schemas/primitives';

const duty = moneyField({ label: 'duty', per: 'one entry line', max: MONEY_BOUNDS.lineDuty });
const message = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message);

describe('moneyField', () => {
  it('passes the amount through as trimmed text, from a string or a whole number', () => {
    expect(duty.parse(' 5000.00 ')).toBe('5000.00');
    expect(duty.parse(5000)).toBe('5000');
    expect(duty.parse('0')).toBe('0');
    expect(duty.parse('500000000.0000')).toBe('500000000.0000');
  });

  it.each([
    ['-0.0001', 'duty cannot be negative'],
    [-1, 'duty cannot be negative'],
    [
      '500000000.0001',
      'duty 500000000.0001 is more than 500,000,000.00, the most for one entry line; check the amount (it is refused rather than stored inexactly)',
    ],
    [1e19, 'duty is more than 500,000,000.00, the most for one entry line; check the amount'],
    ['1'.repeat(5000), expect.stringMatching(/^duty 1{24}… is more than/)],
    [12.5, 'write duty with decimals as text, e.g. "12.5": a number with decimals is a float and may not be exact'],
    ['12.34567', 'duty has more than 4 decimals: the ledger keeps amounts to 1/10,000 of a dollar'],
    ['1e3', 'duty is an amount in digits with at most 4 decimals, e.g. 5000.00 (no letters, spaces or signs other than a leading -)'],
    ['0x10', 'duty is an amount in digits with at most 4 decimals, e.g. 5000.00 (no letters, spaces or signs other than a leading -)'],
    [true, 'duty is an amount such as "5000.00"'],
  ])('refuses %j naming the field', (value, expected) => {
    expect(message(duty, value)).toEqual([expected]);
  });

  it('lets an adjustment field go below zero down to its own bound', () => {
    const adjustment = moneyField({ label: 'adjustment', per: 'one adjustment', min: -10_000n * 10_000n, max: 10_000n * 10_000n });
    expect(adjustment.parse('-9999.9999')).toBe('-9999.9999');
    expect(message(adjustment, '-10000.0001')).toEqual(['adjustment is at least -10,000.00']);
  });

  it('cannot be given a bound the ledger could not store exactly', () => {
    expect(() => moneyField({ label: 'x', per: 'y', max: MONEY_LIMIT_4DP + 1n })).toThrow(RangeError);
  });

  it('writes bounds with separators', () => {
    expect(formatBound(MONEY_BOUNDS.enteredValue)).toBe('100,000,000,000.00');
    expect(formatBound(-12_345_6789n)).toBe('-12,345.68');
  });
});

describe('other primitives', () => {
  it('line numbers are plain digits, 1 to the field’s bound', () => {
    expect(entryLineNumberSchema.parse('7')).toBe(7);
    expect(entryLineNumberSchema.parse(7)).toBe(7);
    for (const bad of ['0x1', '1e0', '+1', '1 2', '-1', 1.5, true, '100000']) expect(entryLineNumberSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('codes keep letters of any script but refuse controls and direction marks', () => {
    const lot = codeField({ label: 'lot', max: 40 });
    expect(lot.parse('  CAFÉ-Ø-ロット ')).toBe('CAFÉ-Ø-ロット');
    expect(message(lot, 'A\u2067B')).toEqual([
      'lot holds an invisible direction mark (right-to-left isolate, U+2067) that shows the text differently from what is stored; remove it',
    ]);
    expect(message(lot, 'A\u0085B')).toEqual(['lot holds a control character (next line, U+0085) that labels, scanners and files cannot carry; remove it']);
  });

  it('dates are judged against the desk’s day, which the caller names', () => {
    const exportDate = dateField({ label: 'export date', daysAhead: 1, why: 'an export is recorded once it has left' });
    onDeskDay('2024-03-04', () => {
      expect(exportDate.safeParse('2024-03-05').success).toBe(true);
      expect(message(exportDate, '2024-03-06')).toEqual([
        'export date 2024-03-06 is after 2024-03-05 (today is 2024-03-04): an export is recorded once it has left; check the year',
      ]);
    });
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(message(exportDate, '2024-02-30')).toEqual(['export date is a date written YYYY-MM-DD, e.g. 2024-03-04']);
  });
});
