import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiptInputSchema } from '../../src-shared/schemas/ledger-inputs';
import { receiptChecker } from '../../src-main/services/importing/receipt-validation';
import { schemaIssues } from '../../src-main/services/importing/schema-issues';

/**
 * The reader worker checks receipt rows field by field and remembers each field's verdict by value.
 * That is only allowed because it gives exactly what the shared schema gives for the whole row:
 * the same values, or the same issues (paths and messages) in the same order.
 */
const KEYS = Object.keys(receiptInputSchema.shape);

const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '2023-000123',
    ' 2023-000187 ',
    'x',
    '1',
    '0',
    '-3',
    '2.5',
    '1000000001',
    'EA',
    'dz',
    'BOX',
    'TSHIRT-COT-M',
    'DOCK',
    'a'.repeat(41),
    'a'.repeat(81),
  ),
  fc.constantFrom('2023-05-04T14:00:00Z', '2023-05-04T14:00:00+02:00', '2023-05-04', 'yesterday', 'true', 'no'),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  text,
  fc.integer({ min: -2, max: 2_000_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([]),
  fc.constant({}),
);
// A row is any subset of the schema's keys (a column the file lacks is an absent key) with any values.
const row = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: KEYS.length });

// Mostly valid rows, so that accepted rows (and their values) are compared too.
const validish = fc.record(
  {
    entryNumber: fc.constantFrom('2023-000123', ' 2023-000187', 'x'),
    lineNumber: fc.constantFrom('1', '2', 3, '0'),
    sku: fc.constantFrom('TSHIRT-COT-M', ' JEANS ', ''),
    lotCode: fc.constantFrom('NW-A', 'NW-B', undefined),
    quantity: fc.constantFrom('5', 7, '1.5', '-1'),
    uom: fc.constantFrom('EA', 'dz', 'ZZ'),
    locationCode: fc.constantFrom('dock', 'A-01-01'),
    receivedAt: fc.constantFrom(undefined, '2023-05-04T14:00:00Z', '2023-05-04T16:00:00+02:00', 'noon'),
    preserveForDrawback: fc.constantFrom(undefined, true, false),
    reference: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 6 })),
  },
  { requiredKeys: ['entryNumber', 'lineNumber', 'sku', 'quantity', 'uom', 'locationCode'] },
);

function expected(raw: Record<string, unknown>) {
  const parsed = receiptInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error, raw) };
  const data = parsed.data as Record<string, unknown>;
  return { ok: true, values: KEYS.map((k) => data[k]) };
}

describe('field-by-field receipt validation', () => {
  it('gives the same values or the same issues as the whole receipt schema, row after row', () => {
    // One checker for the whole run, as in the worker: later rows hit the remembered verdicts.
    const check = receiptChecker();
    fc.assert(
      fc.property(fc.oneof(row, validish), (raw: Record<string, unknown>) => {
        const want = expected({ ...raw });
        const got = check({ ...raw });
        const req = got.ok ? (got.req as unknown as Record<string, unknown>) : {};
        expect(got.ok ? { ok: true, values: KEYS.map((k) => req[k]) } : { ok: false, issues: got.issues }).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });

  it('reports a missing required field by its name, as the whole schema does', () => {
    const check = receiptChecker();
    const got = check({ entryNumber: '2023-000123', lineNumber: '1', lotCode: 'L', quantity: '1', uom: 'EA', locationCode: 'DOCK', sku: undefined });
    expect(got).toEqual({ ok: false, issues: [{ path: ['sku'], message: 'sku is required' }] });
  });
});
