import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, hasValidCheckDigit } from '../../src-shared/scanning/gs1-check-digit';

describe('the GS1 check digit', () => {
  it('gives the check digits of the GS1 General Specifications §7.9.1 examples', () => {
    // the 18-digit field example: 3 7610425 002123456, check digit 9
    expect(gs1CheckDigit('37610425002123456')).toBe('9');
    // the GTIN-13 example of the same section: 629104150021, check digit 3
    expect(gs1CheckDigit('629104150021')).toBe('3');
    // EPC Tag Data Standard's SSCC 106141412345678908
    expect(hasValidCheckDigit('106141412345678908')).toBe(true);
    expect(hasValidCheckDigit('106141412345678907')).toBe(false);
  });

  it('accepts exactly one last digit for any body, and catches every single mistyped digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,17}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, shift) => {
        const good = [...'0123456789'].filter((d) => hasValidCheckDigit(body + d));
        expect(good).toEqual([gs1CheckDigit(body)]);
        const code = body + gs1CheckDigit(body);
        const i = at % code.length;
        const typo = code.slice(0, i) + String((Number(code[i]) + shift) % 10) + code.slice(i + 1);
        expect(hasValidCheckDigit(typo)).toBe(false);
      }),
    );
  });

  it('refuses what is not digits, saying so', () => {
    expect(() => gs1CheckDigit('12A4')).toThrow('"12A4" is not digits, so it has no GS1 check digit');
    expect(hasValidCheckDigit('12A4')).toBe(false);
    expect(hasValidCheckDigit('7')).toBe(false);
  });
});
