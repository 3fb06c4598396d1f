import { describe, expect, it } from 'vitest';
import { designate } from '../../../src-main/engine/designation/designate';
import { exp, imp, pairs, run, unusedExport, unusedImport } from './request-builder';

describe('max-refund on hand-checked examples', () => {
  it('reaches the true optimum where the per-level matching bound is not attainable', () => {
    // a1 (2.00) may serve b1 (2.00) and b2 (1.00); a2 (1.00) only b1. Optimum 2.00, bound 3.00.
    const result = run(
      [imp('a1', '2020-01-01', 1, '2.0000'), imp('a2', '2021-01-01', 1, '1.0000')],
      [exp('b2', '2020-06-01', 1, '1.0000'), exp('b1', '2021-06-01', 1, '2.0000')],
    );
    expect(result.totalRefund).toBe('1.98');
  });

  it('gives up the best single pair when two lesser pairs refund more', () => {
    // a1-b1 alone refunds 0.99*3 = 2.97; a2-b1 plus a1-b2 refunds 0.99*(2.5+1) = 3.465, claimed as 3.46 (down).
    const result = run(
      [imp('a1', '2020-01-01', 1, '3.0000'), imp('a2', '2021-01-01', 1, '2.5000')],
      [exp('b2', '2020-06-01', 1, '1.0000'), exp('b1', '2021-06-01', 1, '3.0000')],
    );
    expect(pairs(result)).toEqual(['a1>b2:1', 'a2>b1:1']);
    expect(result.totalRefund).toBe('3.46');
  });

  it('prefers the imports that refund most within each export window', () => {
    const imports = [imp('I1', '2020-01-01', 10, '1.0000'), imp('I2', '2021-01-01', 10, '5.0000'), imp('I3', '2022-01-01', 10, '3.0000')];
    const exports = [exp('X1', '2021-06-01', 15, '10.0000'), exp('X2', '2022-06-01', 10, '10.0000')];
    const result = run(imports, exports);
    expect(pairs(result)).toEqual(['I1>X1:5', 'I2>X1:10', 'I3>X2:10']);
    expect(result.totalRefund).toBe('84.15');
    expect(unusedImport(result, 'I1')).toMatchObject({ quantity: 5, reason: expect.stringContaining('already fully designated') });
  });

  it('applies the lesser of the import duty and the duty the export would bear', () => {
    const result = run([imp('I1', '2021-01-01', 4, '9.0000')], [exp('X1', '2021-02-01', 4, '2.5000')]);
    expect(result.allocations).toEqual([{ import: 'I1', export: 'X1', quantity: 4, refund: '9.90' }]);
  });

  it('averages line duty per unit exactly and rounds only the total', () => {
    // 10.0000 over 3 units is 3.3333... per unit; all 3 units refund exactly 0.99 * 10 = 9.90.
    const result = run(
      [imp('I1', '2021-01-01', 3, '0', { dutyPerUnit: undefined, lineDuty: '10.0000' })],
      [exp('X1', '2021-02-01', 1, '5.0000'), exp('X2', '2021-03-01', 2, '5.0000')],
    );
    expect(result.allocations.map((a) => a.refund)).toEqual(['3.30', '6.60']);
    expect(result.totalRefund).toBe('9.90');
  });

  it('keeps duties too large for a floating-point number exact', () => {
    // 900,000,000,000,000.0001 per unit is 9 * 10^18 + 1 ten-thousandths, beyond 2^53: in floating
    // point the last ten-thousandth would be lost, and with it the last cent of 100 units' refund.
    // A request file is refused such a duty (above a line's bound, test/cli/hostile-files.test.ts);
    // the engine itself stays exact at any size, so it is handed the request directly.
    const result = designate({
      provision: 'unused-substitution',
      claimDate: '2024-12-31',
      objective: 'max-refund',
      imports: [imp('I1', '2021-01-01', 100, '900000000000000.0001')],
      exports: [exp('X1', '2021-02-01', 100, '900000000000000.0001'), exp('X2', '2021-03-01', 1, '1.0000')],
    });
    expect(pairs(result)).toEqual(['I1>X1:100']);
    // 0.99 * 100 * 900000000000000.0001 = 89100000000000000.0099: the last ten-thousandth is kept, and
    // the total rounds down to the cent like every refund
    expect(result.allocations[0]!.refund).toBe('89100000000000000.00');
    expect(result.totalRefund).toBe('89100000000000000.00');
  });

  it('rounds the exact total once, not the sum of rounded allocations', () => {
    // each allocation refunds 0.495 (shown 0.49, down); three of them are 1.485, claimed as 1.48.
    const imports = [imp('I1', '2021-01-01', 3, '0.5000')];
    const result = run(
      imports,
      ['X1', 'X2', 'X3'].map((id, k) => exp(id, `2021-0${k + 2}-01`, 1, '9.0000')),
    );
    expect(result.allocations.map((a) => a.refund)).toEqual(['0.49', '0.49', '0.49']);
    expect(result.totalRefund).toBe('1.48');
  });

  it('never states more than 99% of the duty: one unit at $0.0152 refunds $0.01, not $0.02 (19 CFR 190.51(b)(1))', () => {
    // 99% of 0.0152 is 0.015048; rounded half up that would be 0.02, 131% of the duty paid
    const result = run([imp('I1', '2021-01-01', 1, '0.0152')], [exp('X1', '2021-02-01', 1, '9.0000')]);
    expect(result.allocations).toEqual([{ import: 'I1', export: 'X1', quantity: 1, refund: '0.01' }]);
    expect(result.totalRefund).toBe('0.01');
  });

  it('leaves out zero duties and lines elected for direct identification, saying why', () => {
    const imports = [
      imp('free', '2021-01-01', 5, '0.0000'),
      imp('elected', '2021-01-01', 5, '4.0000', { election: 'direct-identification' }),
      imp('ok', '2021-01-01', 5, '1.0000'),
    ];
    const result = run(imports, [exp('X1', '2021-06-01', 10, '3.0000'), exp('X0', '2021-06-01', 2, '0.0000')]);
    expect(pairs(result)).toEqual(['ok>X1:5']);
    expect(unusedImport(result, 'free')?.reason).toMatch(/no duty was paid/);
    expect(unusedImport(result, 'elected')?.reason).toMatch(/direct identification.*190\.51\(a\)\(3\)/);
    expect(unusedExport(result, 'X0')?.reason).toMatch(/lesser of/);
    expect(unusedExport(result, 'X1')).toMatchObject({
      quantity: 5,
      reason: expect.stringContaining('are all designated; the designation with the largest total refund'),
    });
  });
});
