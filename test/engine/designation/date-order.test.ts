import { describe, expect, it } from 'vitest';
import { designate } from '../../../src-main/engine/designation/designate';
import { parseDesignationRequest } from '../../../src-main/engine/designation/designation-schema';
import { checkDesignation } from './allocation-checks';
import { randomRequest } from './random-requests';
import { exp, imp, pairs, run, unusedExport, unusedImport } from './request-builder';

const imports = [imp('I1', '2020-01-01', 10, '1.0000'), imp('I2', '2021-01-01', 10, '5.0000'), imp('I3', '2022-01-01', 10, '3.0000')];
const exports = [exp('X1', '2021-06-01', 15, '10.0000'), exp('X2', '2022-06-01', 10, '10.0000')];

describe('fifo and lifo designation', () => {
  it('fifo: exports in date order take the oldest eligible import first', () => {
    const result = run(imports, exports, { objective: 'fifo' });
    expect(pairs(result)).toEqual(['I1>X1:10', 'I2>X1:5', 'I2>X2:5', 'I3>X2:5']);
    expect(result.totalRefund).toBe('74.25'); // 0.99 * (10*1 + 5*5 + 5*5 + 5*3)
    expect(unusedImport(result, 'I3')).toMatchObject({ quantity: 5, reason: expect.stringContaining('older imports first (fifo)') });
  });

  it('lifo: exports in date order take the newest eligible import first', () => {
    const result = run(imports, exports, { objective: 'lifo' });
    expect(pairs(result)).toEqual(['I1>X1:5', 'I2>X1:10', 'I3>X2:10']);
    expect(unusedImport(result, 'I1')?.quantity).toBe(5);
  });

  it('never reaches past an export date: an import after the export is not in its window', () => {
    const result = run([imp('late', '2023-01-01', 5, '2.0000')], [exp('early', '2022-01-01', 5, '2.0000')], { objective: 'fifo' });
    expect(result.allocations).toEqual([]);
    expect(unusedExport(result, 'early')?.reason).toMatch(/before every eligible import/);
  });

  it('an export takes several imports and an import serves several exports', () => {
    const result = run(
      [imp('A', '2021-01-01', 3, '1.0000'), imp('B', '2021-02-01', 3, '1.0000')],
      [exp('X', '2021-03-01', 4, '1.0000'), exp('Y', '2021-04-01', 4, '1.0000')],
      { objective: 'lifo' },
    );
    expect(pairs(result)).toEqual(['A>X:1', 'B>X:3', 'A>Y:2']);
    expect(unusedExport(result, 'Y')).toMatchObject({ quantity: 2, reason: expect.stringContaining('(lifo)') });
  });
});

describe('fifo and lifo on random instances', () => {
  it('designate only eligible pairs within quantities, amounts exact, leftovers explained', () => {
    for (let seed = 1; seed <= 60; seed++) {
      for (const objective of ['fifo', 'lifo'] as const) {
        const request = parseDesignationRequest(
          randomRequest(seed, { imports: 5 + (seed % 40), exports: 5 + ((seed * 3) % 40), classes: 1 + (seed % 3), objective }),
        );
        const result = designate(request);
        expect(() => checkDesignation(request, result)).not.toThrow();
      }
    }
  });
});
