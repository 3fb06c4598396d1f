import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINS, receipt } from '../helpers/seed';
import { shipment } from '../helpers/exports';
import { draft, matchNow } from '../helpers/claims';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
  for (const lot of ['NW-A', 'NW-B'])
    t.ok('receiving:create-receipt', receipt({ lotCode: lot, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }), t.actors.clerk);
  t.ok('exports:record-shipment', shipment({ documents: [], lines: [{ lineNumber: 1, sku: 'TSHIRT-COT-M', quantity: 400 }] }), t.actors.specialist);
  matchNow(t);
});
afterEach(() => {
  expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  t.dispose();
});

/** A checklist item the ledger can answer is ticked by the ledger's facts, never by hand. */
describe('checklist items the desk checks', () => {
  it('"Attach the document to the shipment" is ticked once a proof-of-export document is attached, and cannot be ticked by hand', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    const [x] = claim.exceptions;
    expect(x!.kind).toBe('missing-proof-of-export');
    const attach = x!.checklist[1]!;
    expect(attach).toMatchObject({ text: 'Attach the document to the shipment', done: false, by: null });
    expect(attach.deskCheck).toBe('ticked by the desk once a document that proves export (19 CFR 190.72) is attached to shipment EXP-0001');
    // the other items are the person's to tick
    expect(x!.checklist.map((i) => i.deskCheck === null)).toEqual([true, false, true]);

    const refused = t.refused('exceptions:tick', { exceptionId: x!.id, itemIndex: 1, done: true }, t.actors.specialist);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      '"Attach the document to the shipment" is not ticked by hand: it is ticked by the desk once a document that proves export (19 CFR 190.72) is attached to shipment EXP-0001',
    );
    expect(t.refused('exceptions:tick', { exceptionId: x!.id, itemIndex: 1, done: false }, t.actors.specialist).code).toBe('CONFLICT');

    // a commercial invoice does not prove export: the item stays open
    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'commercial-invoice', reference: 'INV-1' }, t.actors.clerk);
    expect(t.ok('claims:get', { claimNumber: claim.number }, t.actors.specialist).exceptions[0]!.checklist[1]!.done).toBe(false);
    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'bill-of-lading', reference: 'MAEU231106777' }, t.actors.clerk);
    const after = t.ok('claims:get', { claimNumber: claim.number }, t.actors.specialist).exceptions[0]!;
    expect(after.checklist[1]).toMatchObject({ done: true, by: null });
    // the queue and the tick's own answer say the same
    expect(t.ok('exceptions:claim-queue', { claimNumber: claim.number }, t.actors.specialist)[0]!.checklist[1]!.done).toBe(true);
    expect(t.ok('exceptions:tick', { exceptionId: x!.id, itemIndex: 0, done: true }, t.actors.specialist).checklist.map((i) => i.done)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('resolving waits for the desk-checked item as for any other', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    const [x] = claim.exceptions;
    t.ok('exceptions:tick', { exceptionId: x!.id, itemIndex: 0, done: true }, t.actors.specialist);
    t.ok('exceptions:tick', { exceptionId: x!.id, itemIndex: 2, done: true }, t.actors.specialist);
    expect(t.refused('exceptions:resolve', { exceptionId: x!.id, note: 'carrier says it left' }, t.actors.specialist).message).toBe(
      'finish the checklist first: "Attach the document to the shipment"',
    );
    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'air-waybill', reference: '176-12345675' }, t.actors.clerk);
    expect(t.ok('exceptions:resolve', { exceptionId: x!.id, note: 'air waybill attached' }, t.actors.specialist).state).toBe('resolved');
  });
});
