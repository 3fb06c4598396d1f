import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINS, receipt, SKUS } from '../helpers/seed';
import { shipment } from '../helpers/exports';
import { draft, matchNow } from '../helpers/claims';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
  // 250 + 150 T-shirts of entry 2023-000123 line 1 in two lots: one export line of 400 draws on both
  for (const [lot, quantity] of [
    ['NW-A', 250],
    ['NW-B', 150],
    ['NW-C', 100],
  ] as const) {
    t.ok('receiving:create-receipt', receipt({ lotCode: lot, quantity, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }), t.actors.clerk);
  }
  // EXP-0001 has no transport document; EXP-0002 has its bill of lading
  t.ok(
    'exports:record-shipment',
    shipment({ reference: 'EXP-0001', documents: [], lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 400 }] }),
    t.actors.specialist,
  );
  t.ok(
    'exports:record-shipment',
    shipment({
      reference: 'EXP-0002',
      exportDate: '2023-11-20',
      documents: [{ kind: 'bill-of-lading', reference: 'MAEU1' }],
      lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 100 }],
    }),
    t.actors.specialist,
  );
  matchNow(t);
});
afterEach(() => t.dispose());

/**
 * An exception is about a subject (a shipment, an entry line, an export line, one claim line); it was
 * raised on the first claim line validation met, but it touches every line of the claim with that subject.
 */
describe('every claim line shows the exceptions that touch it', () => {
  it('both lines of a shipment without proof of export carry its exception; the line of a proven shipment does not', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(claim.exceptions.map((x) => [x.kind, x.claimLineNo])).toEqual([['missing-proof-of-export', 1]]);
    const lines = t.ok('claims:lines', { claimNumber: claim.number }, t.actors.specialist).lines;
    expect(lines.map((l) => [l.lineNo, l.shipmentReference, l.lotCode, l.openExceptions])).toEqual([
      [1, 'EXP-0001', 'NW-A', 1],
      [2, 'EXP-0001', 'NW-B', 1],
      [3, 'EXP-0002', 'NW-C', 0],
    ]);
    const only = t.ok('claims:lines', { claimNumber: claim.number, onlyExceptions: true }, t.actors.specialist);
    expect(only).toMatchObject({ total: 3, matching: 2 });
    expect(only.lines.map((l) => l.lineNo)).toEqual([1, 2]);

    // the sibling's evidence names the shipment's exception, as the first line's does
    const sibling = t.ok('claims:line-evidence', { claimNumber: claim.number, lineNo: 2 }, t.actors.specialist);
    expect(sibling.shipment.hasProofOfExport).toBe(false);
    expect(sibling.exceptions.map((x) => [x.kind, x.state])).toEqual([['missing-proof-of-export', 'open']]);
    expect(sibling.exceptions[0]!.message).toContain('shipment EXP-0001 has no bill of lading');
    expect(t.ok('claims:line-evidence', { claimNumber: claim.number, lineNo: 3 }, t.actors.specialist).exceptions).toEqual([]);
  });

  it('once the exception is resolved, no line counts it open, and the evidence keeps it as resolved', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    const [x] = claim.exceptions;
    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'bill-of-lading', reference: 'MAEU2' }, t.actors.clerk);
    for (const [i, item] of x!.checklist.entries())
      if (!item.deskCheck) t.ok('exceptions:tick', { exceptionId: x!.id, itemIndex: i, done: true }, t.actors.specialist);
    t.ok('exceptions:resolve', { exceptionId: x!.id, note: 'bill of lading MAEU2 attached' }, t.actors.specialist);
    expect(t.ok('claims:lines', { claimNumber: claim.number }, t.actors.specialist).lines.map((l) => l.openExceptions)).toEqual([0, 0, 0]);
    expect(t.ok('claims:lines', { claimNumber: claim.number, onlyExceptions: true }, t.actors.specialist).matching).toBe(0);
    expect(t.ok('claims:line-evidence', { claimNumber: claim.number, lineNo: 2 }, t.actors.specialist).exceptions.map((e) => e.state)).toEqual(['resolved']);
  });
});
