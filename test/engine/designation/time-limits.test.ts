import { describe, expect, it } from 'vitest';
import { exp, imp, pairs, run, unusedExport, unusedImport } from './request-builder';

describe('time limits (19 U.S.C. 1313(j)(2); 19 CFR 190.51(e))', () => {
  it('an export may not precede the import it is designated against (same day is fine)', () => {
    const result = run([imp('I1', '2021-05-10', 5, '2.0000')], [exp('before', '2021-05-09', 2, '2.0000'), exp('same', '2021-05-10', 2, '2.0000')]);
    expect(pairs(result)).toEqual(['I1>same:2']);
    expect(unusedExport(result, 'before')?.reason).toMatch(/exported before every eligible import .* \(the first on 2021-05-10\)/);
  });

  it('the claim must come within the five years that begin on the import date: the day before the anniversary is the last day', () => {
    const lines = [imp('I1', '2019-06-01', 5, '2.0000')];
    const onTime = run(lines, [exp('X1', '2020-01-01', 5, '2.0000')], { claimDate: '2024-05-31' });
    expect(pairs(onTime)).toEqual(['I1>X1:5']);
    const late = run(lines, [exp('X1', '2020-01-01', 5, '2.0000')], { claimDate: '2024-06-01' });
    expect(unusedImport(late, 'I1')?.reason).toMatch(/the claim date is after the five years that began on the import date/);
    expect(unusedExport(late, 'X1')?.reason).toMatch(/exist but none can be designated: the claim date is after the five years that began on the import date/);
  });

  it('a 29 February import: its five years close on 27 February of a common year', () => {
    const lines = [imp('I1', '2020-02-29', 5, '2.0000')];
    expect(pairs(run(lines, [exp('X1', '2021-01-01', 5, '2.0000')], { claimDate: '2025-02-27' }))).toEqual(['I1>X1:5']);
    expect(run(lines, [exp('X1', '2021-01-01', 5, '2.0000')], { claimDate: '2025-02-28' }).allocations).toEqual([]);
  });

  it('an export after the claim date is not part of the claim', () => {
    const result = run([imp('I1', '2021-01-01', 5, '2.0000')], [exp('X1', '2025-01-02', 5, '2.0000')], { claimDate: '2025-01-01' });
    expect(unusedExport(result, 'X1')?.reason).toMatch(/exported after the claim date/);
  });

  it('an export can use every eligible import dated on or before it (windows of different lengths)', () => {
    const imports = [imp('old', '2020-03-01', 4, '3.0000'), imp('mid', '2021-03-01', 4, '2.0000'), imp('new', '2022-03-01', 4, '1.0000')];
    const exports = [exp('X1', '2020-06-01', 3, '9.0000'), exp('X2', '2021-06-01', 3, '9.0000'), exp('X3', '2022-06-01', 6, '9.0000')];
    const result = run(imports, exports);
    // X1 can only use "old", X2 "old" or "mid", X3 any: every unit finds an import.
    expect(result.totalRefund).toBe('23.76'); // 0.99 * (4*3 + 4*2 + 4*1)
    expect(result.allocations.filter((a) => a.export === 'X1').map((a) => a.import)).toEqual(['old']);
    expect(result.unusedExports).toEqual([]);
  });
});
