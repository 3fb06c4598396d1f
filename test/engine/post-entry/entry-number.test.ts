import { describe, expect, it } from 'vitest';
import { entryCheckDigit, parseEntryNumber } from '../../../src-shared/post-entry/entry-number';

// post-entry-facts §1: CATAIR Appendix E, the Luhn check over the filer code (letters in three runs) and number.
describe('entry numbers', () => {
  it('computes the check digits of the worked examples, including Appendix E’s own', () => {
    expect(entryCheckDigit('B76', '0324527')).toBe(8);
    expect(entryCheckDigit('316', '1234567')).toBe(3);
    expect(entryCheckDigit('EAB', '0004521')).toBe(2);
  });

  it('maps letters in three runs, so Z99 and 999 share a check digit, as do J and A, S and B', () => {
    expect(entryCheckDigit('Z99', '1234567')).toBe(entryCheckDigit('999', '1234567'));
    expect(entryCheckDigit('J12', '7654321')).toBe(entryCheckDigit('A12', '7654321'));
    expect(entryCheckDigit('S12', '7654321')).toBe(entryCheckDigit('B12', '7654321'));
    expect(entryCheckDigit('R00', '0000001')).toBe(entryCheckDigit('900', '0000001'));
  });

  it('reads the printed and the compact forms, in any case, and keeps filer code and number apart', () => {
    const printed = parseEntryNumber('B76-0324527-8');
    const compact = parseEntryNumber(' b7603245278 ');
    expect(printed).toEqual({
      ok: true,
      value: { filerCode: 'B76', transactionNumber: '0324527', checkDigit: 8, compact: 'B7603245278', display: 'B76-0324527-8' },
    });
    expect(compact).toEqual(printed);
  });

  it('refuses a wrong check digit, saying which digit it should be', () => {
    const result = parseEntryNumber('B76-0324527-9');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/check digit 9.*gives 8/);
  });

  it('refuses the wrong shape, filer code 000 and an empty number, in words', () => {
    for (const text of ['B76-032452-8', 'B7-60324527-8', 'B76_0324527_8', 'B76-0324527-88', '2023-000123']) {
      const result = parseEntryNumber(text);
      expect(result.ok, text).toBe(false);
      expect(!result.ok && result.problem, text).toMatch(/is not an entry number/);
    }
    expect(parseEntryNumber(`000-0000001-${entryCheckDigit('000', '0000001')}`)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('filer code 000'),
    });
    expect(parseEntryNumber('  ')).toMatchObject({ ok: false, problem: expect.stringContaining('empty') });
  });

  it('catches every single-digit typo in the number (a Luhn check does)', () => {
    const base = '0324527';
    for (let i = 0; i < base.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === base[i]) continue;
        const typo = `${base.slice(0, i)}${d}${base.slice(i + 1)}`;
        expect(parseEntryNumber(`B76-${typo}-8`).ok, typo).toBe(false);
      }
    }
  });
});
