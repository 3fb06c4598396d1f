import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CLAIM_LINES, MONEY_BOUNDS } from '../../src-shared/schemas/money-fields';
import { importFile } from '../../src-main/services/importing/import-file';
import { draft, matchNow } from '../helpers/claims';
import { shipment } from '../helpers/exports';
import { BINS, receipt, SKUS } from '../helpers/seed';
import { createTestDesk, rawConnection, type TestDesk } from '../helpers/test-desk';

/** The largest amounts a field takes go from a file to a claim without losing a ten-thousandth (issue 10, item 4). */
let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

describe('amounts at their bounds', () => {
  it('round-trip exactly from an entries file to the claim that refunds them', () => {
    const file = join(t.dir, 'bound-entry.csv');
    writeFileSync(
      file,
      'entryNumber,entryType,entryDate,importDate,portCode,importer,lineNumber,hts,quantity,uom,enteredValue,duty,mpf,hmf,otherFees\n' +
        '2024-000900,01,2024-01-10,2024-01-09,2704,Northwind Apparel Inc.,1,6109.10.0012,3,EA,100000000000.0000,500000000.0000,200000000.0000,200000000.0000,200000000.0000\n',
    );
    expect(importFile(t.desk.ctx, t.actors.specialist, { kind: 'entries', path: file }).written).toBe(1);
    expect(t.ok('entries:get', { entryNumber: '2024-000900' }, t.actors.clerk).lines[0]).toMatchObject({
      enteredValue: '100000000000.00',
      duty: '500000000.00',
      mpf: '200000000.00',
    });

    t.ok(
      'receiving:create-receipt',
      receipt({ entryNumber: '2024-000900', lotCode: 'BOUND-1', quantity: 3, locationCode: BINS.cage, receivedAt: '2024-01-15T10:00:00Z' }),
      t.actors.clerk,
    );
    t.ok(
      'exports:record-shipment',
      shipment({
        reference: 'EXP-BOUND',
        exportDate: '2024-02-01',
        lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 2, lotCode: 'BOUND-1' }],
        documents: [{ kind: 'bill-of-lading', reference: 'MAEU000900' }],
      }),
      t.actors.specialist,
    );
    matchNow(t);
    const claim = t.ok('claims:draft', draft({ periodStart: '2024-01-01', includeMpf: true }), t.actors.specialist);

    // 2 of 3 units: duty 500,000,000 x 2/3 (rounded down to 1/10,000), refund 99% of 1,000,000,000 / 3 exactly
    const [line] = t.ok('claims:lines', { claimNumber: claim.number }, t.actors.specialist).lines;
    expect(line).toMatchObject({ dutyPaid: '333333333.3333', refund: '330000000.0000', mpfRefund: '132000000.0000' });
    // with fees included, 1313(j) refunds the HMF too (19 CFR 190.3(a)(5)): the same bound, the same 132,000,000
    expect(claim).toMatchObject({
      dutyPaid: '333333333.33',
      dutyRefund: '330000000.00',
      mpfRefund: '132000000.00',
      hmfRefund: '132000000.00',
      totalRefund: '594000000.00',
    });

    const raw = rawConnection(t.path, true);
    try {
      const stored = raw.prepare('SELECT typeof(duty_4dp) AS type, duty_4dp, refund_4dp, mpf_refund_4dp FROM claim_lines').safeIntegers(true).get();
      expect(stored).toEqual({ type: 'integer', duty_4dp: 3_333_333_333_333n, refund_4dp: 3_300_000_000_000n, mpf_refund_4dp: 1_320_000_000_000n });
    } finally {
      raw.close();
    }
  });

  it('are sized so a claim of the most lines at the bounds still sums inside a 64-bit integer', () => {
    const perLine = MONEY_BOUNDS.lineDuty + MONEY_BOUNDS.lineFee; // a claim line refunds at most 99% of each
    expect(BigInt(MAX_CLAIM_LINES) * perLine).toBeLessThan(2n ** 63n);
    for (const bound of Object.values(MONEY_BOUNDS)) expect(bound).toBeLessThanOrEqual(2n ** 53n - 1n);
  });
});

describe('the ledger itself refuses an inexact amount, whoever writes it', () => {
  it.each([
    ['a REAL duty', 1.0e19],
    ['a duty as text', 'lots'],
    ['a negative duty', -49500],
    ['a duty past 2^53', 9007199254740992n],
  ] as const)('%s never lands in entry_lines', (_what, value) => {
    t.close();
    const raw = rawConnection(t.path);
    try {
      const entry = raw.prepare("SELECT id FROM import_entries WHERE entry_number = '2023-000123'").get() as { id: number };
      const insert = raw.prepare(
        'INSERT INTO entry_lines (entry_id, line_number, hts10, quantity, uom, entered_value_4dp, duty_4dp, mpf_4dp, hmf_4dp, other_fees_4dp, audit_seq) VALUES (?, 9, ?, 1, ?, 0, ?, 0, 0, 0, 1)',
      );
      expect(() => insert.run(entry.id, '6109100012', 'EA', value)).toThrow(
        'entry_lines.duty_4dp must be a whole number of 1/10,000 dollar from 0 to 9007199254740991',
      );
    } finally {
      raw.close();
    }
  });

  it('nor a quantity of zero or less, a fraction or text', () => {
    t.close();
    const raw = rawConnection(t.path);
    try {
      const entry = raw.prepare("SELECT id FROM import_entries WHERE entry_number = '2023-000123'").get() as { id: number };
      const insert = raw.prepare(
        "INSERT INTO entry_lines (entry_id, line_number, hts10, quantity, uom, entered_value_4dp, duty_4dp, mpf_4dp, hmf_4dp, other_fees_4dp, audit_seq) VALUES (?, 9, '6109100012', ?, 'EA', 0, 0, 0, 0, 0, 1)",
      );
      for (const quantity of [0, 2.5, 'ten', -3])
        expect(() => insert.run(entry.id, quantity), String(quantity)).toThrow(
          'entry_lines.quantity must be a whole number of units from 1 to 9007199254740991',
        );
    } finally {
      raw.close();
    }
  });
});
