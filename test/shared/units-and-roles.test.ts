import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, roleAllows } from '../../src-shared/roles';
import { convertToBase, UNITS } from '../../src-shared/units';

describe('convertToBase', () => {
  it('keeps a quantity already in the base unit', () => {
    fc.assert(fc.property(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 1e9 }), (uom, q) => convertToBase(q, uom, uom) === q));
  });

  it('converts the fixed units a desk meets: dozens, pairs and pieces to each, grams from kilograms', () => {
    expect(convertToBase(3, 'DZ', 'EA')).toBe(36);
    expect(convertToBase(5, 'PR', 'EA')).toBe(10);
    expect(convertToBase(7, 'PCS', 'EA')).toBe(7);
    expect(convertToBase(7, 'EA', 'PCS')).toBe(7);
    expect(convertToBase(2, 'KG', 'G')).toBe(2000);
  });

  it('refuses conversions that would leave a fraction or make no sense', () => {
    expect(convertToBase(1, 'EA', 'DZ')).toBeUndefined(); // 1/12 of a dozen
    expect(convertToBase(1, 'G', 'KG')).toBeUndefined();
    expect(convertToBase(1, 'KG', 'EA')).toBeUndefined();
    expect(convertToBase(1, 'CS', 'EA')).toBeUndefined(); // a case size depends on the item
  });

  it("uses the item's own pack sizes for cases and pallets", () => {
    const packs = [
      { uom: 'CS', factor: 24 },
      { uom: 'PAL', factor: 24 * 40 },
    ];
    expect(convertToBase(2, 'CS', 'EA', packs)).toBe(48);
    expect(convertToBase(1, 'PAL', 'EA', packs)).toBe(960);
    expect(convertToBase(1, 'M', 'EA', packs)).toBeUndefined();
  });

  it('always yields whole units: every fixed factor is a whole number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNITS), fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 1_000_000 }), (from, to, q) => {
        const base = convertToBase(q, from, to);
        if (base !== undefined) expect(Number.isSafeInteger(base) && base >= q).toBe(true);
      }),
    );
  });
});

describe('roles', () => {
  it('lets each role do what the roles below it may, and nothing above', () => {
    expect(roleAllows('clerk', 'clerk')).toBe(true);
    expect(roleAllows('clerk', 'supervisor')).toBe(false);
    expect(roleAllows('specialist', 'supervisor')).toBe(false);
    expect(roleAllows('supervisor', 'specialist')).toBe(true);
    expect(roleAllows('supervisor', 'admin')).toBe(false);
    expect(roleAllows('admin', 'supervisor')).toBe(true);
  });

  it('is an order: reflexive, transitive, and total', () => {
    const role = fc.constantFrom(...ROLES);
    fc.assert(
      fc.property(role, role, role, (a, b, c) => {
        expect(roleAllows(a, a)).toBe(true);
        if (roleAllows(a, b) && roleAllows(b, c)) expect(roleAllows(a, c)).toBe(true);
        expect(roleAllows(a, b) || roleAllows(b, a)).toBe(true);
        if (a !== b) expect(roleAllows(a, b) && roleAllows(b, a)).toBe(false);
      }),
    );
  });
});
