import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_DOCUMENT_KINDS } from '../../src-shared/domain/exports';
import { provesExport } from '../../src-shared/domain/export-documents';
import { draft, tickAll } from '../helpers/claims';
import { runMatching, shipment } from '../helpers/exports';
import { BINS, receipt } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/**
 * 19 CFR 190.72(b): exportation is established by (1) records or other documentary evidence issued by
 * the exporting carrier (bill of lading, air waybill, freight waybill, Canadian customs manifest,
 * cargo manifest), (2) records from a CBP-approved electronic export system of the United States
 * Government (190.73: an EEI filing accepted by AES, named by its ITN), (3) official postal records
 * for mail (190.74), (4) a notice of lading for supplies on vessels or aircraft (190.112), (5) a notice
 * of transfer into a foreign trade zone (190.183). A commercial invoice is none of these.
 */
describe('which documents prove export (19 CFR 190.72(b))', () => {
  it('every carrier document of 190.72(b)(1) proves it', () => {
    for (const kind of ['bill-of-lading', 'air-waybill', 'freight-waybill', 'canadian-customs-manifest', 'cargo-manifest'] as const)
      expect(provesExport({ kind, reference: 'ANY-123' }), kind).toBe(true);
  });

  it('an EEI filing proves it as the AES record (190.72(b)(2)): with its ITN, not with a filer reference', () => {
    expect(provesExport({ kind: 'eei-filing', reference: 'X20231106000001' })).toBe(true);
    expect(provesExport({ kind: 'eei-filing', reference: 'XTN-4471' })).toBe(false);
    expect(provesExport({ kind: 'eei-filing', reference: 'X2023110600001' })).toBe(false);
  });

  it('postal records, notices of lading and notices of transfer prove it (190.72(b)(3)-(5)); an invoice or "other" does not', () => {
    expect(provesExport({ kind: 'postal-record', reference: 'PS-2976-1' })).toBe(true);
    expect(provesExport({ kind: 'notice-of-lading', reference: 'NL-1' })).toBe(true);
    expect(provesExport({ kind: 'notice-of-transfer', reference: 'FTZ-214-1' })).toBe(true);
    expect(provesExport({ kind: 'commercial-invoice', reference: 'INV-1' })).toBe(false);
    expect(provesExport({ kind: 'other', reference: 'X20231106000001' })).toBe(false);
  });

  it('every kind a person can attach is in the table', () => {
    for (const kind of EXPORT_DOCUMENT_KINDS) expect(typeof provesExport({ kind, reference: 'X20231106000001' })).toBe('boolean');
  });
});

describe('the seed scenario and proof of export', () => {
  let t: TestDesk;
  beforeEach(() => {
    t = createTestDesk({ seed: true });
    for (const lot of ['A', 'B', 'C', 'D'])
      t.ok(
        'receiving:create-receipt',
        receipt({ lotCode: `NW-${lot}`, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }),
        t.actors.clerk,
      );
  });
  afterEach(() => t.dispose());
  const november = () => draft({ periodStart: '2023-11-01', periodEnd: '2023-11-30', accountingMethod: undefined });

  it('an EEI filing accepted by AES (its ITN) attached to the shipment proves export: no exception, $1,980.00', async () => {
    t.ok(
      'exports:record-shipment',
      shipment({ documents: [{ kind: 'eei-filing', reference: 'X20231106000001', documentDate: '2023-11-03' }] }),
      t.actors.specialist,
    );
    expect(t.ok('exports:get-shipment', { reference: 'EXP-0001' }, t.actors.clerk).hasProofOfExport).toBe(true);
    await runMatching(t);
    const claim = t.ok('claims:draft', november(), t.actors.specialist);
    expect(claim).toMatchObject({ totalRefund: '1980.00', openExceptions: 0 });
  });

  it('a commercial invoice, or an EEI filing named only by the filer’s own reference, leaves the claim blocked, and the exception says what would clear it', async () => {
    t.ok(
      'exports:record-shipment',
      shipment({
        documents: [
          { kind: 'commercial-invoice', reference: 'INV-7781' },
          { kind: 'eei-filing', reference: 'XTN-4471' },
        ],
      }),
      t.actors.specialist,
    );
    await runMatching(t);
    const claim = t.ok('claims:draft', november(), t.actors.specialist);
    expect(claim.totalRefund).toBe('1980.00');
    const [exception] = claim.exceptions;
    expect(exception).toMatchObject({ kind: 'missing-proof-of-export', state: 'open' });
    expect(exception!.message).toContain('shipment EXP-0001 has no bill of lading');
    for (const words of [
      'bill of lading',
      'air waybill',
      'freight waybill',
      'Canadian customs manifest',
      'cargo manifest',
      '190.72(b)(1)',
      'EEI filing',
      'ITN',
      '190.72(b)(2)',
    ])
      expect(exception!.message).toContain(words);

    // the AES record arrives: the problem is gone, the exception resolves, the claim can be approved
    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'eei-filing', reference: 'X20231106000001' }, t.actors.clerk);
    tickAll(t, claim.number);
    expect(t.ok('exceptions:resolve', { exceptionId: exception!.id, note: 'AES record with the ITN attached' }, t.actors.specialist).state).toBe('resolved');
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.specialist);
    expect(t.ok('claims:approve', { claimNumber: claim.number }, t.actors.supervisor).state).toBe('approved');
  });
});
