import { describe, expect, it } from 'vitest';
import { parsePalletLabel } from '../../src-main/devices/labels/pallet-label';
import { AppError } from '../../src-shared/errors';
import { sample, SAMPLE } from './helpers/sample-label';

function problem(input: unknown): { message: string; fields: string[] } {
  try {
    parsePalletLabel(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe('VALIDATION');
    return { message: e.message, fields: (e.issues ?? []).map((i) => i.field) };
  }
  throw new Error('the label was accepted');
}

describe('the pallet label data', () => {
  it('keeps a good label and writes it the one way the renderers expect', () => {
    expect(parsePalletLabel(SAMPLE)).toEqual(SAMPLE);
    const label = parsePalletLabel({ ...SAMPLE, gtin: '012345678905', hts: '6109.10.0012', entryNumber: ' abc-1234567-8 ', description: '  ', bin: '' });
    expect(label.gtin).toBe('00012345678905');
    expect(label.hts).toBe('6109100012');
    expect(label.entryNumber).toBe('ABC-1234567-8');
    expect(label).not.toHaveProperty('description');
    expect(label).not.toHaveProperty('bin');
  });

  it.each([
    ['sscc', { sscc: '106141411234567890' }, /sscc: the SSCC has a wrong check digit/],
    ['sscc', { sscc: '10614141123456789' }, /sscc: an SSCC has 18 digits/],
    ['gtin', { gtin: '00012345678906' }, /gtin: the GTIN has a wrong check digit/],
    ['entryNumber', { entryNumber: 'ABC 123' }, /entryNumber: an entry number is 3–20 letters, digits or dashes/],
    ['lotCode', { lotCode: '' }, /lotCode: lot is required/],
    ['lotCode', { lotCode: 'A\nB' }, /lotCode: lot holds a control character \(line feed, U\+000A\)/],
    ['quantity', { quantity: '' }, /quantity: quantity is decimal text/],
    ['quantity', { quantity: '1e3' }, /quantity: quantity is decimal text/],
    ['quantity', { quantity: '0.000' }, /quantity: quantity must be more than zero/],
    ['quantity', { quantity: 12 }, /quantity: quantity is decimal text/],
    ['unit', { unit: 'BOX' }, /unit: unit must be one of EA/],
    ['hts', { hts: '61091000' }, /hts: an HTS number has 10 digits/],
    ['receiptDate', { receiptDate: '2023-13-01' }, /receiptDate: a date is written YYYY-MM-DD/],
    ['drawback', { drawback: 'yes' }, /drawback: drawback is "segregated", "flagged" or "none"/],
  ])('names the %s field when it is wrong', (field, change, message) => {
    const { message: text, fields } = problem({ ...SAMPLE, ...change });
    expect(fields).toEqual([field]);
    expect(text).toMatch(/^the pallet label is not valid: /);
    expect(text).toMatch(message);
  });

  it('names a missing field and a misspelt one', () => {
    const { sku: _sku, ...noSku } = SAMPLE;
    expect(problem(noSku).fields).toEqual(['sku']);
    expect(problem({ ...sample(), lot: 'NW-A' })).toEqual({
      message: expect.stringMatching(/is not valid: unknown field "lot"; check its spelling/),
      fields: ['lot'],
    });
  });
});
