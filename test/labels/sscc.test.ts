import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSscc, largestSerial, ssccFor } from '../../src-main/devices/labels/sscc';
import { parseGs1 } from '../../src-shared/scanning/gs1-element-string';

describe('SSCC', () => {
  it('gives the check digits of the GS1 General Specifications examples', () => {
    // §7.9.1, the 18-digit field example: 3 7610425 002123456, check digit 9
    expect(ssccFor(3, '7610425', 2123456)).toBe('376104250021234569');
    expect(ssccFor(1, '0614141', 123456789n)).toBe('106141411234567897');
  });

  it('pads the serial reference so every SSCC has 18 digits', () => {
    expect(ssccFor(0, '0614141', 1)).toBe('006141410000000012');
    expect(ssccFor(9, '12345678901', 7)).toBe('912345678901000076');
  });

  it('knows the largest serial for each prefix length', () => {
    expect(largestSerial('0614141')).toBe(999_999_999n);
    expect(largestSerial('06141411')).toBe(99_999_999n);
    expect(largestSerial('12345678901')).toBe(99_999n);
    expect(ssccFor(0, '12345678901', 99_999)).toBe('012345678901999995');
  });

  it('refuses a serial that does not fit the digits left, saying how many there are', () => {
    expect(() => ssccFor(0, '12345678901', 100_000)).toThrow(
      /serial reference 100000 does not fit the 5 digits left after company prefix 12345678901 \(11 digits; largest serial 99999\)/,
    );
    expect(() => ssccFor(0, '0614141', 1_000_000_000n)).toThrow(/does not fit the 9 digits/);
  });

  it('refuses parts that are not an SSCC', () => {
    expect(() => ssccFor(10, '0614141', 1)).toThrow(/extension digit 10 is not one digit/);
    expect(() => ssccFor(0, '061414', 1)).toThrow(/company prefix "061414" is not 7 to 11 digits/);
    expect(() => ssccFor(0, '0614141', -1)).toThrow(/negative/);
    expect(() => ssccFor(0, '0614141', 1.5)).toThrow(/not a whole number/);
  });

  it('tells a valid SSCC from a mistyped one', () => {
    expect(isValidSscc('376104250021234569')).toBe(true);
    expect(isValidSscc('376104250021234568')).toBe(false); // wrong check digit
    expect(isValidSscc('376104250021243569')).toBe(false); // two digits swapped
    expect(isValidSscc('37610425002123456')).toBe(false); // 17 digits
    expect(isValidSscc('37610425002123456X')).toBe(false);
  });

  it("makes SSCCs that the desk's own scanner parser accepts, for every prefix length and serial", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc
          .integer({ min: 7, max: 11 })
          .chain((n) => fc.tuple(fc.stringMatching(new RegExp(`^\\d{${n}}$`)), fc.bigInt({ min: 0n, max: 10n ** BigInt(16 - n) - 1n }))),
        (extension, [prefix, serial]) => {
          const sscc = ssccFor(extension, prefix, serial);
          expect(sscc).toHaveLength(18);
          expect(sscc.startsWith(`${extension}${prefix}`)).toBe(true);
          expect(BigInt(sscc.slice(1 + prefix.length, 17))).toBe(serial);
          expect(parseGs1(`(00)${sscc}`)).toEqual({ ok: true, elements: [{ ai: '00', value: sscc }] });
        },
      ),
    );
  });
});
