import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { exp, imp, pairs, run, unusedExport, unusedImport } from './request-builder';

// 8479.89 ... : an "other" 8-digit subheading; 8479.89.9499 is itself "other" at 10 digits.
const otherImport = (id: string, hts: string, hts10Other = false) => imp(id, '2021-01-01', 5, '2.0000', { hts, hts8Other: true, hts10Other });

describe('substitution standard: 8-digit subheading, 10-digit rule for "other" (19 CFR 190.32)', () => {
  it('substitutes within the same 8-digit subheading whatever the statistical suffix', () => {
    const result = run([imp('I1', '2021-01-01', 5, '2.0000', { hts: '6109100012' })], [exp('X1', '2021-02-01', 5, '2.0000', { hts: '6109100027' })]);
    expect(pairs(result)).toEqual(['I1>X1:5']);
  });

  it('does not substitute across 8-digit subheadings', () => {
    const result = run([imp('I1', '2021-01-01', 5, '2.0000', { hts: '6109100012' })], [exp('X1', '2021-02-01', 5, '2.0000', { hts: '6109900000' })]);
    expect(result.allocations).toEqual([]);
    expect(unusedExport(result, 'X1')?.reason).toMatch(/no import line of the same classification \(subheading 6109\.90\.00\)/);
  });

  it('needs the same 10-digit number when the 8-digit description begins with "other"', () => {
    const imports = [otherImport('I1', '8479899450')];
    const result = run(imports, [
      exp('same', '2021-02-01', 2, '2.0000', { hts: '8479899450' }),
      exp('sibling', '2021-02-01', 2, '2.0000', { hts: '8479899460' }),
    ]);
    expect(pairs(result)).toEqual(['I1>same:2']);
    expect(unusedExport(result, 'sibling')?.reason).toMatch(/statistical number 8479\.89\.9460/);
  });

  it('allows no substitution when the 10-digit description also begins with "other"', () => {
    const result = run([otherImport('I1', '8479899499', true)], [exp('X1', '2021-02-01', 2, '2.0000', { hts: '8479899499' })]);
    expect(result.allocations).toEqual([]);
    expect(unusedImport(result, 'I1')?.reason).toMatch(/both the 8-digit .* and the 10-digit .* begin with "other"/);
  });

  it('lets a Schedule B number stand for the first 8 digits, but not for the 10-digit rule', () => {
    const plain = run([imp('I1', '2021-01-01', 5, '2.0000')], [exp('X1', '2021-02-01', 5, '2.0000', { hts: undefined, scheduleB: '6109100040' })]);
    expect(pairs(plain)).toEqual(['I1>X1:5']);
    const other = run([otherImport('I1', '8479899450')], [exp('X1', '2021-02-01', 5, '2.0000', { hts: undefined, scheduleB: '8479899450' })]);
    expect(unusedExport(other, 'X1')?.reason).toMatch(/Schedule B number only stands for the first 8 digits/);
  });

  it('applies the "other" rule to unused substitution only, not to manufacturing substitution (1313(b))', () => {
    const result = run([otherImport('I1', '8479899450')], [exp('X1', '2021-02-01', 5, '2.0000', { hts: '8479899460' })], {
      provision: 'manufacturing-substitution',
    });
    expect(pairs(result)).toEqual(['I1>X1:5']);
  });

  it('refuses contradictory "other" flags for one subheading, naming the field', () => {
    const imports = [otherImport('I1', '8479899450'), imp('I2', '2021-01-01', 5, '2.0000', { hts: '8479899460', hts8Other: false })];
    expect(() => run(imports, [])).toThrow(AppError);
    try {
      run(imports, []);
    } catch (error) {
      expect((error as AppError).issues?.[0]?.field).toBe('imports.1.hts8Other');
    }
  });
});
