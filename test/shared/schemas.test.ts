import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../src-shared/contract';
import { entryInputSchema, itemInputSchema, receiptInputSchema } from '../../src-shared/schemas/ledger-inputs';
import { entryNumberSchema, htsSchema, moneySchema, quantitySchema, uomSchema } from '../../src-shared/schemas/primitives';

/** The fields a refusal names, as the dispatcher reports them (dotted paths). */
function issuesOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

const line = { lineNumber: 1, hts: '6109.10.0012', quantity: 1000, uom: 'EA', enteredValue: '30120.00', duty: '5000.00' };
const entry = {
  entryNumber: '2023-000123',
  entryType: '01',
  entryDate: '2023-05-02',
  importDate: '2023-05-01',
  portCode: '2704',
  importer: 'Northwind',
  lines: [line],
};

describe('entry numbers', () => {
  it('accepts the broker formats, kept as given (upper-cased, trimmed)', () => {
    expect(entryNumberSchema.parse('2023-000123')).toBe('2023-000123');
    expect(entryNumberSchema.parse(' abc-1234567-8 ')).toBe('ABC-1234567-8');
  });

  it.each(['', '12', '2023_000123', '-2023', '2023 000123', 'A'.repeat(21)])('refuses %j with an example of a good one', (bad) => {
    const r = entryNumberSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/2023-000123/);
  });
});

describe('HTS numbers', () => {
  it('normalises dotted input to ten digits', () => {
    expect(htsSchema.parse('6109.10.0012')).toBe('6109100012');
    expect(htsSchema.parse(' 6109100012 ')).toBe('6109100012');
  });

  it.each(['6109.10.001', '6109.10.00123', '6109-10-0012', 'six'])('refuses %j saying an HTS has 10 digits', (bad) => {
    expect(htsSchema.safeParse(bad).error?.issues[0]?.message).toMatch(/10 digits/);
  });
});

describe('amounts, quantities, units', () => {
  it('takes amounts as decimal strings or whole numbers, never floats', () => {
    expect(moneySchema.parse('5000.00')).toBe('5000.00');
    expect(moneySchema.parse(5000)).toBe('5000');
    expect(moneySchema.safeParse(50.5).success).toBe(false);
    expect(moneySchema.safeParse('5000.00001').error?.issues[0]?.message).toMatch(/4 decimals/);
  });

  it('wants whole, positive, credible quantities', () => {
    expect(quantitySchema.parse('250')).toBe(250);
    expect(quantitySchema.safeParse(0).error?.issues[0]?.message).toMatch(/more than zero/);
    expect(quantitySchema.safeParse(-5).error?.issues[0]?.message).toMatch(/more than zero/);
    expect(quantitySchema.safeParse(1.5).error?.issues[0]?.message).toMatch(/whole number/);
    expect(quantitySchema.safeParse('twelve').error?.issues[0]?.message).toMatch(/whole number/);
    expect(quantitySchema.safeParse(2_000_000_000).error?.issues[0]?.message).toMatch(/not credible/);
  });

  it('knows the units and upper-cases them', () => {
    expect(uomSchema.parse('dz')).toBe('DZ');
    expect(uomSchema.safeParse('BOX').error?.issues[0]?.message).toMatch(/unit must be one of .*EA/);
  });
});

describe('request schemas name the field that is wrong', () => {
  it('an entry with a bad line says which line and which field', () => {
    const issues = issuesOf(entryInputSchema, { ...entry, portCode: '27', lines: [line, { ...line, lineNumber: 2, hts: '6109', duty: 'lots' }] });
    expect(issues).toMatchObject({
      portCode: expect.stringMatching(/4 digits/),
      'lines.1.hts': expect.stringMatching(/10 digits/),
      'lines.1.duty': expect.stringMatching(/amount/),
    });
  });

  it('an entry listing the same line twice names the second one', () => {
    expect(issuesOf(entryInputSchema, { ...entry, lines: [line, line] })).toEqual({ 'lines.1.lineNumber': 'line 1 appears twice' });
  });

  it('an entry needs a line, a known entry type and real dates', () => {
    const issues = issuesOf(entryInputSchema, { ...entry, entryType: '99', entryDate: '02/05/2023', lines: [] });
    expect(Object.keys(issues).sort()).toEqual(['entryDate', 'entryType', 'lines']);
    expect(issues.lines).toMatch(/at least one line/);
  });

  it('a receipt names every missing or wrong field at once, including inside a captured entry', () => {
    const issues = issuesOf(receiptInputSchema, {
      entryNumber: '2023-000999',
      lineNumber: 0,
      sku: '',
      lotCode: 'L1',
      quantity: -3,
      uom: 'BOX',
      locationCode: 'A-01',
      captureEntry: { ...entry, entryNumber: '2023-000999', lines: [{ ...line, hts: '12.34' }] },
      override: { supervisorUsername: 'pat', supervisorPassword: 'x', reason: 'ok' },
    });
    expect(Object.keys(issues).sort()).toEqual(['captureEntry.lines.0.hts', 'lineNumber', 'override.reason', 'quantity', 'sku', 'uom']);
  });

  it('an item keeps the HTS normalised and checks the GTIN length', () => {
    expect(itemInputSchema.parse({ sku: 'A', description: 'a', hts: '6109.10.0012', countryOfOrigin: 'vn', uom: 'ea' })).toMatchObject({
      hts: '6109100012',
      countryOfOrigin: 'VN',
      uom: 'EA',
      drawbackEligible: true,
    });
    expect(issuesOf(itemInputSchema, { sku: 'A', description: 'a', hts: '6109.10.0012', countryOfOrigin: 'VN', uom: 'EA', gtin: '123' })).toEqual({
      gtin: 'a GTIN has 8, 12, 13 or 14 digits',
    });
  });

  it('channels without input refuse stray fields', () => {
    expect(contract['auth:whoami'].input.safeParse({ role: 'admin' }).success).toBe(false);
  });
});
