import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';
import { BINS, ENTRIES, receipt } from '../helpers/seed';
import { runMatching, shipment } from '../helpers/exports';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
  // 1,000 T-shirts received under entry 2023-000123 ($5,000.00 duty on the line), four lots of 250.
  for (const lot of ['A', 'B', 'C', 'D'])
    t.ok(
      'receiving:create-receipt',
      receipt({ lotCode: `NW-${lot}`, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }),
      t.actors.clerk,
    );
});
afterEach(() => t.dispose());

describe('the seed scenario: 1,000 units imported, 400 exported six months later', () => {
  it('matches the export automatically and drafts a claim for $1,980.00', async () => {
    t.ok('exports:record-shipment', shipment({ documents: [{ kind: 'bill-of-lading', reference: 'MAEU998877' }] }), t.actors.specialist);
    const run = await runMatching(t);
    expect(run).toMatchObject({ linesConsidered: 1, linesMatched: 1, linesPartial: 0, linesUnmatched: 0, unitsAllocated: 400 });
    const allocations = t.ok('matching:allocations', { shipmentReference: 'EXP-0001' }, t.actors.specialist);
    // FIFO within the SKU: the first lot (250) then 150 of the second, all from entry 2023-000123 line 1.
    expect(allocations.map((a) => [a.lotCode, a.quantity, a.entryNumber, a.basis, a.dutyPerUnit])).toEqual([
      ['NW-A', 250, ENTRIES.a, 'sku', '5.0000'],
      ['NW-B', 150, ENTRIES.a, 'sku', '5.0000'],
    ]);

    const claim = t.ok(
      'claims:draft',
      {
        provision: 'unused-direct-identification',
        claimant: 'Northwind Apparel Inc.',
        periodStart: '2023-11-01',
        periodEnd: '2023-11-30',
        claimDate: '2024-03-04',
      },
      t.actors.specialist,
    );
    expect(claim).toMatchObject({
      state: 'draft',
      lines: 2,
      quantity: 400,
      dutyPaid: '2000.00',
      dutyRefund: '1980.00',
      totalRefund: '1980.00',
      openExceptions: 0,
    });
    expect(claim.number).toMatch(/^DD-2024-0001$/);
  });

  it('raises a missing bill of lading as an exception that blocks approval until it is resolved', async () => {
    t.ok('exports:record-shipment', shipment(), t.actors.specialist);
    await runMatching(t);
    const draft = t.ok(
      'claims:draft',
      {
        provision: 'unused-direct-identification',
        claimant: 'Northwind Apparel Inc.',
        periodStart: '2023-11-01',
        periodEnd: '2023-11-30',
        claimDate: '2024-03-04',
      },
      t.actors.specialist,
    );
    expect(draft.totalRefund).toBe('1980.00');
    expect(draft.exceptions).toHaveLength(1);
    const [exception] = draft.exceptions;
    expect(exception).toMatchObject({ kind: 'missing-proof-of-export', claimLineNo: 1, state: 'open', owner: t.actors.specialist.username });
    expect(exception!.message).toContain('shipment EXP-0001 has no bill of lading');

    t.ok('claims:submit', { claimNumber: draft.number }, t.actors.specialist);
    const refused = t.refused('claims:approve', { claimNumber: draft.number }, t.actors.supervisor);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('1 open exception');

    // Resolving without the document is refused even with the person's items ticked: the desk ticks
    // "Attach the document to the shipment" only once the document is there.
    exception!.checklist.forEach(
      (item, i) => item.deskCheck === null && t.ok('exceptions:tick', { exceptionId: exception!.id, itemIndex: i, done: true }, t.actors.specialist),
    );
    expect(t.refused('exceptions:resolve', { exceptionId: exception!.id, note: 'carrier sent it' }, t.actors.specialist).message).toBe(
      'finish the checklist first: "Attach the document to the shipment"',
    );

    t.ok(
      'exports:add-document',
      { shipmentReference: 'EXP-0001', kind: 'bill-of-lading', reference: 'MAEU998877', documentDate: '2023-11-06' },
      t.actors.clerk,
    );
    const resolved = t.ok('exceptions:resolve', { exceptionId: exception!.id, note: 'bill of lading attached' }, t.actors.specialist);
    expect(resolved).toMatchObject({ state: 'resolved', resolvedBy: t.actors.specialist.username });

    const approved = t.ok('claims:approve', { claimNumber: draft.number }, t.actors.supervisor);
    expect(approved.state).toBe('approved');
    expect(approved.history.map((h) => h.toState)).toEqual(['draft', 'in-review', 'approved']);
    expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  });
});
