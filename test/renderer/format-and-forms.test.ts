import { describe, expect, it } from 'vitest';
import { receiptFormSchema } from '../../src-renderer/features/receiving/receipt-draft';
import { ROOT_ERROR, setMainErrors } from '../../src-renderer/ui/form-errors';
import { blankAsAbsent, typedQuantity } from '../../src-renderer/ui/form-schema';
import { formatAge, formatAmountOf, formatCount, formatDollars, formatDutyPerUnit, formatTime, formatWhen, isoDay } from '../../src-renderer/ui/format';
import { draftClaimSchema } from '../../src-shared/schemas/claim-inputs';

describe('the desk writes numbers, dates and times one way', () => {
  it('numbers with thousands separators and units', () => {
    expect(formatAmountOf(1200, 'EA')).toBe('1,200 EA');
    expect(formatCount(1, 'line')).toBe('1 line');
    expect(formatCount(99_998, 'line')).toBe('99,998 lines');
    expect(formatDollars('1980.00')).toBe('$1,980.00');
    expect(formatDollars('742.5000')).toBe('$742.50');
    expect(formatDutyPerUnit('1234.5')).toBe('$1,234.5000');
    expect(formatAge(0)).toBe('today');
    expect(formatAge(12)).toBe('12 days');
  });

  it('dates as ISO YYYY-MM-DD, times as local HH:mm', () => {
    const at = new Date(2026, 11, 1, 9, 5); // local time
    expect(isoDay(at)).toBe('2026-12-01');
    expect(formatTime(at.toISOString())).toBe('09:05');
    expect(formatWhen(at.toISOString())).toBe('2026-12-01 09:05');
    expect(formatWhen('not a time')).toBe('not a time');
  });
});

describe('forms check with the shared schemas', () => {
  it('a typed quantity takes separators, and refuses the rest in the shared words', () => {
    expect(typedQuantity.parse(' 1,000 ')).toBe(1000);
    expect(typedQuantity.safeParse('1.5').error?.issues[0]?.message).toBe('a quantity is a whole number');
    expect(typedQuantity.safeParse('0').error?.issues[0]?.message).toBe('a quantity must be more than zero');
  });

  it('the receipt form needs what main needs, said as main says it', () => {
    const result = receiptFormSchema.safeParse({
      entryNumber: '2024-000042',
      lineNumber: '',
      sku: '',
      lotCode: 'L',
      quantity: '5',
      uom: 'EA',
      locationCode: '',
      preserveForDrawback: false,
    });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toEqual({ sku: 'SKU is required', locationCode: 'location is required' });
  });

  it('a blank optional date is left out; a period that ends before it starts is refused by the end', () => {
    const schema = draftClaimSchema.safeExtend({ claimDate: blankAsAbsent(draftClaimSchema.shape.claimDate) });
    const ok = schema.parse({
      provision: 'unused-direct-identification',
      claimant: 'Northwind',
      periodStart: '2023-11-01',
      periodEnd: '2023-11-30',
      claimDate: ' ',
      includeMpf: false,
    });
    expect(ok.claimDate).toBeUndefined();
    const bad = schema.safeParse({
      provision: 'unused-direct-identification',
      claimant: 'Northwind',
      periodStart: '2023-12-01',
      periodEnd: '2023-11-30',
      claimDate: '',
      includeMpf: false,
    });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['periodEnd', 'the period ends before it starts']]);
  });
});

describe("main's field errors land on the form's fields", () => {
  const recorder = () => {
    const set: Record<string, string> = {};
    return { set, setError: ((name: string, error: { message?: string }) => void (set[name] = error.message ?? '')) as never };
  };

  it('each issue by its field; what names no field of the form goes on top in words, never as a path', () => {
    const { set, setError } = recorder();
    const landed = setMainErrors(
      setError,
      {
        code: 'VALIDATION',
        message: 'not valid: sku: …',
        issues: [
          { field: 'sku', message: 'SKU X is not in the item master' },
          { field: 'receipt.captureEntry.lines.0.hts', message: 'an HTS number has 10 digits' },
        ],
      },
      ['sku', 'quantity'],
    );
    expect(landed).toEqual(['sku']);
    expect(set).toEqual({ sku: 'SKU X is not in the item master', [ROOT_ERROR]: 'an HTS number has 10 digits' });
  });

  it("a refusal keeps main's sentence on top and the field's word by the field", () => {
    const { set, setError } = recorder();
    setMainErrors(
      setError,
      {
        code: 'FORBIDDEN',
        message: 'pat asked for this release and cannot also approve it',
        issues: [{ field: 'override.supervisorUsername', message: 'must be someone other than the person asking' }],
      },
      ['override.supervisorUsername'],
    );
    expect(set).toEqual({
      'override.supervisorUsername': 'must be someone other than the person asking',
      [ROOT_ERROR]: 'pat asked for this release and cannot also approve it',
    });
  });
});
