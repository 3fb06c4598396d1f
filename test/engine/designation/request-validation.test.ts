import { describe, expect, it } from 'vitest';
import { parseDesignationRequest } from '../../../src-main/engine/designation/designation-schema';
import { AppError } from '../../../src-shared/errors';
import { exp, imp } from './request-builder';

const base = {
  provision: 'unused-substitution',
  claimDate: '2024-12-31',
  objective: 'max-refund',
  imports: [imp('I1', '2021-01-01', 5, '2.0000')],
  exports: [exp('X1', '2021-02-01', 5, '2.0000')],
};

function fieldsOf(raw: unknown): string[] {
  try {
    parseDesignationRequest(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    return (error as AppError).issues!.map((issue) => issue.field);
  }
  throw new Error('expected a validation error');
}

describe('malformed designation requests name the field', () => {
  it('accepts a well-formed request and defaults the objective to max-refund', () => {
    const { objective, ...rest } = base;
    expect(objective).toBe('max-refund');
    expect(parseDesignationRequest(rest).objective).toBe('max-refund');
  });

  it.each([
    ['an unknown provision', { ...base, provision: 'drawback' }, 'provision'],
    ['an impossible claim date', { ...base, claimDate: '2024-02-30' }, 'claimDate'],
    ['an unknown objective', { ...base, objective: 'best' }, 'objective'],
    ['a fractional quantity', { ...base, imports: [imp('I1', '2021-01-01', 2.5, '2.0000')] }, 'imports.0.quantity'],
    ['a duty with five decimals', { ...base, exports: [exp('X1', '2021-02-01', 5, '2.00001')] }, 'exports.0.dutyPerUnitIfImported'],
    ['a negative duty', { ...base, imports: [imp('I1', '2021-01-01', 5, '-1.0000')] }, 'imports.0.dutyPerUnit'],
    ['a 9-digit HTS number', { ...base, imports: [imp('I1', '2021-01-01', 5, '2.0000', { hts: '610910001' })] }, 'imports.0.hts'],
    ['both dutyPerUnit and lineDuty', { ...base, imports: [imp('I1', '2021-01-01', 5, '2.0000', { lineDuty: '10.00' })] }, 'imports.0.dutyPerUnit'],
    ['neither hts nor scheduleB on an export', { ...base, exports: [exp('X1', '2021-02-01', 5, '2.0000', { hts: undefined })] }, 'exports.0.hts'],
    ['a duplicate export id', { ...base, exports: [exp('X1', '2021-02-01', 5, '2.0000'), exp('X1', '2021-02-02', 5, '2.0000')] }, 'exports.1.id'],
    ['a misspelt field', { ...base, exports: [{ ...exp('X1', '2021-02-01', 5, '2.0000'), qty: 3 }] }, 'exports.0.qty'],
  ])('rejects %s', (_what, raw, field) => {
    expect(fieldsOf(raw)).toContain(field);
  });

  it('requires the "other" flags for unused substitution, where the 10-digit rule depends on them', () => {
    const { hts8Other: _a, hts10Other: _b, ...line } = imp('I1', '2021-01-01', 5, '2.0000');
    expect(fieldsOf({ ...base, imports: [line] })).toEqual(['imports.0.hts8Other', 'imports.0.hts10Other']);
    expect(parseDesignationRequest({ ...base, provision: 'manufacturing-substitution', imports: [line] }).imports[0]!.hts8Other).toBe(false);
  });
});
