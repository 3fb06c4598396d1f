import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src-shared/contract';
import { createTestDesk, manualClock, type TestDesk } from '../helpers/test-desk';
import { BINS, ENTRIES, receipt, SKUS } from '../helpers/seed';
import { shipment } from '../helpers/exports';
import { draft, matchNow, submitAndApprove, supervisorOverride, tickAll } from '../helpers/claims';

const BOL = [{ kind: 'bill-of-lading' as const, reference: 'MAEU998877' }];
const POLO = 'POLO-COT-M';

let t: TestDesk;
/** 1,000 T-shirts of entry 2023-000123 line 1 ($5,000.00 duty, imported 1 May 2023) in four lots of 250. */
function receiveTees(desk: TestDesk): void {
  for (const lot of ['A', 'B', 'C', 'D'])
    desk.ok(
      'receiving:create-receipt',
      receipt({ lotCode: `NW-${lot}`, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }),
      desk.actors.clerk,
    );
}
function ship(overrides: Partial<ChannelInput<'exports:record-shipment'>> = {}) {
  return t.ok('exports:record-shipment', shipment({ documents: BOL, ...overrides }), t.actors.specialist);
}
const exceptionsOf = (claimNumber: string, state: 'open' | 'resolved' | 'all' = 'open') =>
  t.ok('exceptions:claim-queue', { state, claimNumber, limit: 500 }, t.actors.specialist);

beforeEach(() => {
  t = createTestDesk({ seed: true });
  receiveTees(t);
});
afterEach(() => {
  // whatever a test did, nobody edited the ledger behind the app's back
  expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  t.dispose();
});

describe('a claim’s states, and who may move it', () => {
  beforeEach(() => {
    ship();
    matchNow(t);
  });

  it('a clerk can neither draft nor move a claim, and a specialist cannot approve one', () => {
    expect(t.refused('claims:draft', draft(), t.actors.clerk).code).toBe('FORBIDDEN');
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(t.refused('claims:submit', { claimNumber: claim.number }, t.actors.clerk).code).toBe('FORBIDDEN');
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.specialist);
    const refused = t.refused('claims:approve', { claimNumber: claim.number }, t.actors.specialist);
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.message).toContain('claims:approve needs the supervisor role');
    expect(t.ok('claims:get', { claimNumber: claim.number }, t.actors.specialist).state).toBe('in-review');
  });

  it('goes draft → in review → approved → filed → liquidated, recording CBP’s reference and the amount liquidated', () => {
    // the desk's day is after the liquidation: a filing or liquidation date ahead of it is refused
    t.reopen({ clock: manualClock('2025-02-03T09:00:00.000Z') });
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(claim).toMatchObject({ state: 'draft', lines: 2, quantity: 400, dutyPaid: '2000.00', totalRefund: '1980.00', openExceptions: 0 });
    expect(t.refused('claims:file', { claimNumber: claim.number, filedReference: 'AE1234567', filedOn: '2024-03-10' }, t.actors.specialist).message).toBe(
      `claim ${claim.number} is draft; it can be filed only when approved`,
    );

    submitAndApprove(t, claim.number);
    const filed = t.ok('claims:file', { claimNumber: claim.number, filedReference: 'AE1234567', filedOn: '2024-03-10' }, t.actors.specialist);
    expect(filed).toMatchObject({ state: 'filed', filedReference: 'AE1234567' });
    expect(t.refused('claims:withdraw', { claimNumber: claim.number, reason: 'changed our mind' }, t.actors.specialist).message).toContain(
      'it can be withdrawn only when draft or in-review or approved',
    );

    const liquidated = t.ok(
      'claims:liquidate',
      { claimNumber: claim.number, liquidatedOn: '2025-01-15', amount: '1980.00', reference: 'LIQ-77' },
      t.actors.specialist,
    );
    expect(liquidated.state).toBe('liquidated');
    expect(liquidated.history.map((h) => [h.fromState, h.toState, h.user])).toEqual([
      [null, 'draft', 'sam'],
      ['draft', 'in-review', 'sam'],
      ['in-review', 'approved', 'pat'],
      ['approved', 'filed', 'sam'],
      ['filed', 'liquidated', 'sam'],
    ]);
    expect(liquidated.history[2]!.approver).toBe('pat');
    expect(liquidated.history[3]).toMatchObject({ reference: 'AE1234567', reason: 'filed on 2024-03-10' });
    expect(liquidated.history[4]).toMatchObject({ amount: '1980.00', reference: 'LIQ-77', reason: 'liquidated on 2025-01-15' });
    expect(t.refused('claims:liquidate', { claimNumber: claim.number, liquidatedOn: '2025-01-16', amount: '1.00' }, t.actors.specialist).code).toBe('CONFLICT');
  });

  it('a supervisor cannot approve a claim they drafted; another approver can', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.supervisor);
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.supervisor);
    const refused = t.refused('claims:approve', { claimNumber: claim.number }, t.actors.supervisor);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: `you drafted claim ${claim.number}; another supervisor must approve it` });
    expect(t.ok('claims:get', { claimNumber: claim.number }, t.actors.specialist).state).toBe('in-review');
    expect(t.ok('claims:approve', { claimNumber: claim.number }, t.actors.admin).state).toBe('approved');
  });

  it('returning a claim to draft needs a reason, which the history keeps', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.specialist);
    expect(t.refused('claims:return', { claimNumber: claim.number }, t.actors.supervisor).code).toBe('VALIDATION');
    expect(t.refused('claims:return', { claimNumber: claim.number, reason: 'no' }, t.actors.supervisor).message).toContain(
      'give a reason of at least 5 characters',
    );
    const returned = t.ok('claims:return', { claimNumber: claim.number, reason: 'check the lot split' }, t.actors.supervisor);
    expect(returned.state).toBe('draft');
    expect(returned.history.at(-1)).toMatchObject({ fromState: 'in-review', toState: 'draft', user: 'pat', reason: 'check the lot split' });
    // a draft cannot be returned again
    expect(t.refused('claims:return', { claimNumber: claim.number, reason: 'check the lot split' }, t.actors.supervisor).code).toBe('CONFLICT');
  });

  it('withdrawing frees the allocations for a new draft; a withdrawn claim moves no further', () => {
    const first = t.ok('claims:draft', draft(), t.actors.specialist);
    // while the first claim is in force, the allocations are taken
    expect(t.refused('claims:draft', draft(), t.actors.specialist)).toMatchObject({
      code: 'NOT_FOUND',
      message: 'no unclaimed direct-identification allocations for exports dated 2023-01-01 to 2024-12-31; run matching first, or widen the period',
    });
    submitAndApprove(t, first.number);
    expect(t.refused('claims:withdraw', { claimNumber: first.number }, t.actors.specialist).code).toBe('VALIDATION');
    t.ok('claims:withdraw', { claimNumber: first.number, reason: 'wrong claimant on the claim' }, t.actors.specialist);

    const second = t.ok('claims:draft', draft({ claimant: 'Northwind Apparel Canada' }), t.actors.specialist);
    expect(second).toMatchObject({ number: 'DD-2024-0002', state: 'draft', lines: 2, quantity: 400, totalRefund: '1980.00', openExceptions: 0 });
    expect(t.refused('claims:submit', { claimNumber: first.number }, t.actors.specialist).message).toBe(
      `claim ${first.number} is withdrawn; it can be submitted for review only when draft`,
    );
    expect(t.ok('claims:list', { state: 'withdrawn' }, t.actors.specialist).map((c) => c.number)).toEqual([first.number]);
  });

  it('excluding lines changes the totals; lines of an approved claim cannot be excluded', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    const lines = t.ok('claims:lines', { claimNumber: claim.number }, t.actors.specialist).lines;
    expect(lines.map((l) => [l.lineNo, l.lotCode, l.quantity, l.dutyPaid, l.refund])).toEqual([
      [1, 'NW-A', 250, '1250.0000', '1237.5000'],
      [2, 'NW-B', 150, '750.0000', '742.5000'],
    ]);
    const after = t.ok('claims:exclude-lines', { claimNumber: claim.number, lineNos: [2], reason: 'lot B damaged in transit' }, t.actors.specialist);
    expect(after).toMatchObject({ lines: 1, quantity: 250, dutyPaid: '1250.00', dutyRefund: '1237.50', totalRefund: '1237.50' });
    expect(t.ok('claims:lines', { claimNumber: claim.number }, t.actors.specialist).lines.map((l) => [l.lineNo, l.excluded])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(t.refused('claims:exclude-lines', { claimNumber: claim.number, lineNos: [7], reason: 'not on the claim' }, t.actors.specialist).message).toBe(
      `claim ${claim.number} has no line 7`,
    );
    submitAndApprove(t, claim.number);
    expect(t.refused('claims:exclude-lines', { claimNumber: claim.number, lineNos: [1], reason: 'too late for that' }, t.actors.specialist).message).toBe(
      `claim ${claim.number} is approved; lines can be excluded only from a draft or a claim in review`,
    );
    expect(t.ok('claims:get', { claimNumber: claim.number }, t.actors.specialist).totalRefund).toBe('1237.50');
  });
});

describe('the exception queue', () => {
  it('tick, untick and assign; resolve only once the checklist is done and the problem is gone', () => {
    ship({ documents: [] });
    matchNow(t);
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    const [x] = claim.exceptions;
    expect(x).toMatchObject({ kind: 'missing-proof-of-export', claimLineNo: 1, state: 'open', owner: 'sam' });
    expect(x!.checklist.map((i) => i.done)).toEqual([false, false, false]);

    expect(t.ok('exceptions:tick', { exceptionId: x!.id, itemIndex: 0, done: true }, t.actors.specialist).checklist[0]).toMatchObject({
      done: true,
      by: 'sam',
    });
    expect(t.ok('exceptions:tick', { exceptionId: x!.id, itemIndex: 0, done: false }, t.actors.specialist).checklist[0]).toMatchObject({
      done: false,
      by: null,
    });
    expect(t.refused('exceptions:tick', { exceptionId: x!.id, itemIndex: 3, done: true }, t.actors.specialist).message).toBe(
      'the checklist has 3 items; there is no item 4',
    );
    expect(t.ok('exceptions:assign', { exceptionId: x!.id, owner: 'PAT' }, t.actors.specialist).owner).toBe('pat');
    expect(t.ok('exceptions:claim-queue', { state: 'open', owner: 'pat', limit: 10 }, t.actors.specialist).map((e) => e.id)).toEqual([x!.id]);
    expect(t.ok('exceptions:claim-queue', { state: 'open', owner: 'sam', limit: 10 }, t.actors.specialist)).toEqual([]);
    expect(t.ok('exceptions:claim-queue', { state: 'open', owner: 'pat', offset: 1, limit: 10 }, t.actors.specialist)).toEqual([]);
    expect(t.refused('exceptions:assign', { exceptionId: x!.id, owner: 'nobody' }, t.actors.specialist).code).toBe('NOT_FOUND');

    t.ok('exceptions:tick', { exceptionId: x!.id, itemIndex: 0, done: true }, t.actors.supervisor);
    const early = t.refused('exceptions:resolve', { exceptionId: x!.id, note: 'carrier sent it' }, t.actors.supervisor);
    expect(early.message).toBe(
      'finish the checklist first: "Attach the document to the shipment", "Check that the carrier, export date and quantities on it match the shipment"',
    );
    tickAll(t, claim.number);
    // the desk ticks "Attach the document" only once a document that proves export is attached
    expect(t.refused('exceptions:resolve', { exceptionId: x!.id, note: 'carrier sent it' }, t.actors.supervisor).message).toBe(
      'finish the checklist first: "Attach the document to the shipment"',
    );

    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'commercial-invoice', reference: 'INV-1' }, t.actors.clerk);
    expect(t.refused('exceptions:resolve', { exceptionId: x!.id, note: 'invoice attached' }, t.actors.supervisor).message).toBe(
      'finish the checklist first: "Attach the document to the shipment"',
    );
    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'air-waybill', reference: '176-12345675' }, t.actors.clerk);
    const resolved = t.ok('exceptions:resolve', { exceptionId: x!.id, note: 'air waybill attached' }, t.actors.supervisor);
    expect(resolved).toMatchObject({ state: 'resolved', resolvedBy: 'pat', note: 'air waybill attached' });
    expect(t.refused('exceptions:tick', { exceptionId: x!.id, itemIndex: 0, done: false }, t.actors.specialist).code).toBe('CONFLICT');
    expect(t.refused('exceptions:resolve', { exceptionId: x!.id, note: 'air waybill attached' }, t.actors.specialist).message).toContain('already resolved');
    expect(t.ok('claims:get', { claimNumber: claim.number }, t.actors.specialist).openExceptions).toBe(0);
  });
});

describe('one entry-summary line, one election (19 CFR 190.51(a)(3))', () => {
  /** A polo shirt: another item under 6109.10.00 from Viet Nam, exported as a substitute for the T-shirts. */
  beforeEach(() => {
    t.ok('items:add', { sku: POLO, description: "Men's cotton polo M", hts: '6109.10.0040', countryOfOrigin: 'VN', uom: 'EA' }, t.actors.specialist);
    ship({ reference: 'EXP-TEE', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 400 }] });
    // to the UK: no substitution drawback on exports to Canada or Mexico (19 U.S.C. 1313(j)(4))
    ship({
      reference: 'EXP-POLO',
      exportDate: '2023-11-20',
      destinationCountry: 'GB',
      lines: [{ lineNumber: 1, sku: POLO, quantity: 100, dutyIfImported: '4.00' }],
    });
    // 6109.10.00 "Of cotton": the 8-digit description does not begin with "other" (19 CFR 190.2)
    t.ok('reference:set-hts-fact', { hts: '6109.10.00', description: 'Of cotton' }, t.actors.specialist);
    const run = matchNow(t, { order: 'fifo', substitution: true });
    expect(run).toMatchObject({ linesMatched: 2, unitsAllocated: 500 });
  });

  it('a substitution claim is caught once a direct-identification claim on the same line is approved, and reopens when it comes back', () => {
    const sub = t.ok('claims:draft', draft({ provision: 'unused-substitution' }), t.actors.specialist);
    // 100 units at the lesser of $5.00 paid and $4.00 the polo would pay: 99% of $400.00
    expect(sub).toMatchObject({ lines: 1, quantity: 100, dutyPaid: '500.00', totalRefund: '396.00', openExceptions: 0 });
    const direct = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(direct).toMatchObject({ quantity: 400, totalRefund: '1980.00', openExceptions: 0 });
    // drafts fix no election
    expect(t.ok('claims:validate', { claimNumber: sub.number }, t.actors.specialist).ok).toBe(true);

    submitAndApprove(t, direct.number);
    const check = t.ok('claims:validate', { claimNumber: sub.number }, t.actors.specialist);
    expect(check.issues.map((i) => [i.kind, i.claimLineNo])).toEqual([['split-election', 1]]);
    expect(check.issues[0]!.message).toBe(
      `claim line 1: entry ${ENTRIES.a} line 1 was claimed as direct-identification on ${direct.number}; one entry-summary line cannot be split between direct identification and substitution (19 CFR 190.51(a)(3))`,
    );
    t.ok('claims:submit', { claimNumber: sub.number }, t.actors.specialist);
    expect(t.refused('claims:approve', { claimNumber: sub.number }, t.actors.supervisor).message).toContain(
      'cannot be approved: 1 open exception, first: claim line 1: entry 2023-000123 line 1 was claimed as direct-identification',
    );

    const [x] = exceptionsOf(sub.number);
    tickAll(t, sub.number);
    expect(t.refused('exceptions:resolve', { exceptionId: x!.id, note: 'checked the election' }, t.actors.specialist).code).toBe('CONFLICT');
    // the direct-identification claim goes: the election is no longer fixed, and the exception can be resolved
    t.ok('claims:withdraw', { claimNumber: direct.number, reason: 'claim the line by substitution instead' }, t.actors.specialist);
    expect(t.ok('exceptions:resolve', { exceptionId: x!.id, note: 'direct claim withdrawn' }, t.actors.specialist).state).toBe('resolved');

    // ... until a new direct-identification claim on the line is approved: validation reopens it, checklist reset
    const again = t.ok('claims:draft', draft(), t.actors.specialist);
    submitAndApprove(t, again.number);
    const recheck = t.ok('claims:validate', { claimNumber: sub.number }, t.actors.specialist);
    expect(recheck).toMatchObject({ ok: false, raised: 1 });
    const [reopened] = exceptionsOf(sub.number, 'all');
    expect(reopened).toMatchObject({ id: x!.id, state: 'open', resolvedAt: null });
    expect(reopened!.checklist.every((i) => !i.done)).toBe(true);
    // validating again does not raise it twice
    expect(t.ok('claims:validate', { claimNumber: sub.number }, t.actors.specialist).raised).toBe(0);
    expect(exceptionsOf(sub.number, 'all')).toHaveLength(1);
  });
});

describe('the same import units are never claimed twice', () => {
  it('an allocation on a claim in force cannot be released, and a second draft finds nothing to claim', () => {
    ship();
    matchNow(t);
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    const [first] = t.ok('matching:allocations', { shipmentReference: 'EXP-0001' }, t.actors.specialist);
    const refused = t.refused('matching:release', { allocationId: first!.id, reason: 'move it to lot D', override: supervisorOverride() }, t.actors.specialist);
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: `allocation ${first!.id} is claimed on ${claim.number}; exclude that claim line or withdraw the claim first`,
    });
    expect(t.refused('claims:draft', draft(), t.actors.specialist).code).toBe('NOT_FOUND');
  });

  it('exclude, release and allocate again by hand: the units count on one claim only, and the export is not claimed twice', () => {
    ship();
    matchNow(t);
    const first = t.ok('claims:draft', draft(), t.actors.specialist);
    const allocations = t.ok('matching:allocations', { shipmentReference: 'EXP-0001' }, t.actors.specialist);
    expect(allocations.map((a) => [a.lotCode, a.quantity])).toEqual([
      ['NW-A', 250],
      ['NW-B', 150],
    ]);
    t.ok('claims:exclude-lines', { claimNumber: first.number, lineNos: [2], reason: 'lot B was the wrong lot' }, t.actors.specialist);
    t.ok('matching:release', { allocationId: allocations[1]!.id, reason: 'lot B was the wrong lot', override: supervisorOverride() }, t.actors.specialist);
    // the freed 150 units of the export cannot go to the same lot twice over: the lot and line limits hold
    expect(
      t.refused(
        'matching:allocate',
        {
          shipmentReference: 'EXP-0001',
          lineNumber: 1,
          lotCode: 'NW-D',
          quantity: 151,
          reason: 'lot D per pick list',
          override: supervisorOverride('lot D per pick list'),
        },
        t.actors.specialist,
      ).message,
    ).toBe('shipment EXP-0001 line 1 has 150 units not yet allocated; 151 cannot be allocated');
    const manual = t.ok(
      'matching:allocate',
      {
        shipmentReference: 'EXP-0001',
        lineNumber: 1,
        lotCode: 'NW-D',
        quantity: 150,
        reason: 'lot D per pick list',
        override: supervisorOverride('lot D per pick list'),
      },
      t.actors.specialist,
    );
    expect(manual).toMatchObject({ lotCode: 'NW-D', quantity: 150, basis: 'manual', approver: 'pat', reason: 'lot D per pick list' });

    const second = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(second).toMatchObject({ lines: 1, quantity: 150, totalRefund: '742.50' });
    for (const claim of [first, second])
      expect(t.ok('claims:validate', { claimNumber: claim.number }, t.actors.specialist)).toMatchObject({ ok: true, issues: [] });
    submitAndApprove(t, first.number);
    submitAndApprove(t, second.number);
    const counted = t.ok('claims:list', {}, t.actors.specialist).filter((c) => c.state === 'approved');
    expect(counted.reduce((s, c) => s + c.quantity, 0)).toBe(400);
  });

  it('two exports over one import line that holds less than its lots: 1,000 units matched and claimed, never 1,200', () => {
    // 200 more T-shirts received against the 1,000-unit line, with a supervisor's approval
    t.ok(
      'receiving:create-receipt',
      receipt({
        lotCode: 'NW-E',
        quantity: 200,
        locationCode: BINS.cage,
        receivedAt: '2023-05-05T09:00:00Z',
        override: supervisorOverride('count on the pallet was higher'),
      }),
      t.actors.clerk,
    );
    ship({ reference: 'EXP-0001', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 700 }] });
    ship({ reference: 'EXP-0002', exportDate: '2023-12-01', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 500 }] });
    const run = matchNow(t);
    expect(run).toMatchObject({ linesMatched: 1, linesPartial: 1, unitsAllocated: 1000 });
    expect(run.unmatched).toEqual([
      {
        shipmentReference: 'EXP-0002',
        lineNumber: 1,
        quantity: 200,
        reason: `200 of 500 units unmatched: the entry line of the lots of SKU ${SKUS.tee} that qualify (entry ${ENTRIES.a}) has no units left to designate; a lot cannot give more than its entry line imported`,
      },
    ]);
    expect(
      t.refused(
        'matching:allocate',
        {
          shipmentReference: 'EXP-0002',
          lineNumber: 1,
          lotCode: 'NW-E',
          quantity: 1,
          reason: 'lot E is still on the shelf',
          override: supervisorOverride('lot E is still on the shelf'),
        },
        t.actors.specialist,
      ).message,
    ).toBe("the lot's entry line has 0 units not yet allocated; 1 cannot be allocated");

    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(claim).toMatchObject({ quantity: 1000, dutyPaid: '5000.00', totalRefund: '4950.00', openExceptions: 0 });
    expect(submitAndApprove(t, claim.number).state).toBe('approved');
  });

  it('an export allocated by hand to an import made after it is caught by validation', () => {
    t.ok(
      'entries:add',
      {
        entryNumber: '2023-000900',
        entryType: '01',
        entryDate: '2023-12-02',
        importDate: '2023-12-01',
        portCode: '2704',
        importer: 'Northwind Apparel Inc.',
        lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 100, uom: 'EA', enteredValue: '3000.00', duty: '500.00' }],
      },
      t.actors.specialist,
    );
    t.ok(
      'receiving:create-receipt',
      receipt({ entryNumber: '2023-000900', lotCode: 'LATE-1', quantity: 100, locationCode: BINS.cage, receivedAt: '2023-12-03T09:00:00Z' }),
      t.actors.clerk,
    );
    ship({ lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 10, lotCode: 'LATE-1' }] });
    // the engine will not tie the 6 November export to the December import, nor to another lot in its place
    const run = matchNow(t, { order: 'fifo', substitution: false });
    expect(run.unitsAllocated).toBe(0);
    expect(run.unmatched[0]!.reason).toContain('lot LATE-1 named at pick was imported on 2023-12-01 (entry 2023-000900), after the export date 2023-11-06');
    t.ok(
      'matching:allocate',
      {
        shipmentReference: 'EXP-0001',
        lineNumber: 1,
        lotCode: 'LATE-1',
        quantity: 10,
        reason: 'the pick list says lot LATE-1',
        override: supervisorOverride('the pick list says lot LATE-1'),
      },
      t.actors.specialist,
    );

    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(claim.exceptions.map((x) => [x.kind, x.claimLineNo])).toEqual([['export-before-import', 1]]);
    expect(claim.exceptions[0]!.message).toBe(
      'claim line 1: shipment EXP-0001 line 1 was exported on 2023-11-06, before entry 2023-000900 line 1 was imported on 2023-12-01; an export cannot draw on a later import (19 U.S.C. 1313(j))',
    );
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.specialist);
    expect(t.refused('claims:approve', { claimNumber: claim.number }, t.actors.supervisor).code).toBe('CONFLICT');
  });

  it('claiming every unit of a line whose duty does not divide evenly is not mistaken for claiming more than was paid', () => {
    // $1.07 on 2 units: each claimed unit refunds 99% of $0.535 = 0.52965, rounded down to $0.5296;
    // the claim states 1.0592 rounded down to the cent
    t.ok(
      'entries:add',
      {
        entryNumber: '2023-000777',
        entryType: '01',
        entryDate: '2023-06-02',
        importDate: '2023-06-01',
        portCode: '2704',
        importer: 'Northwind Apparel Inc.',
        lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 2, uom: 'EA', enteredValue: '12.00', duty: '1.07' }],
      },
      t.actors.specialist,
    );
    t.ok(
      'receiving:create-receipt',
      receipt({ entryNumber: '2023-000777', lotCode: 'ODD-1', quantity: 2, locationCode: BINS.cage, receivedAt: '2023-06-03T09:00:00Z' }),
      t.actors.clerk,
    );
    ship({ reference: 'EXP-0001', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 1, lotCode: 'ODD-1' }] });
    ship({ reference: 'EXP-0002', exportDate: '2023-11-07', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 1, lotCode: 'ODD-1' }] });
    matchNow(t);
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(claim).toMatchObject({ lines: 2, quantity: 2, dutyPaid: '1.07', totalRefund: '1.05', openExceptions: 0 });
    expect(submitAndApprove(t, claim.number).state).toBe('approved');
  });
});

describe('entries flagged for reconciliation', () => {
  beforeEach(() => {
    t.ok(
      'entries:add',
      {
        entryNumber: '2024-000099',
        entryType: '01',
        entryDate: '2023-06-02',
        importDate: '2023-06-01',
        portCode: '2704',
        importer: 'Northwind Apparel Inc.',
        reconciliationFlag: true,
        lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 300, uom: 'EA', enteredValue: '9000.00', duty: '1500.00' }],
      },
      t.actors.specialist,
    );
    t.ok(
      'receiving:create-receipt',
      receipt({ entryNumber: '2024-000099', lotCode: 'RECON-1', quantity: 300, locationCode: BINS.cage, receivedAt: '2023-06-03T09:00:00Z' }),
      t.actors.clerk,
    );
  });

  it('are never matched automatically, whatever the policy, even when the pick pegged their lot', () => {
    ship({ lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 1200, lotCode: 'RECON-1', entryNumber: '2024-000099' }] });
    for (const order of ['fifo', 'lifo', 'oldest-import', 'highest-duty'] as const) {
      for (const substitution of [false, true]) matchNow(t, { order, substitution });
    }
    // the pick named RECON-1: it is held back, and no other lot is tied to the line in its place
    expect(t.ok('matching:allocations', { shipmentReference: 'EXP-0001' }, t.actors.specialist)).toEqual([]);
    const last = matchNow(t);
    expect(last.unmatched[0]!.reason).toContain(
      'lot RECON-1 named at pick is held back (entry 2024-000099 is flagged for reconciliation and cannot be designated until the reconciliation is filed)',
    );
    // a line that names no lot draws on the free lots and leaves the flagged ones alone
    ship({ reference: 'EXP-0002', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 1200, entryNumber: '2024-000099' }] });
    for (const order of ['oldest-import', 'highest-duty'] as const) matchNow(t, { order, substitution: true });
    const free = t.ok('matching:allocations', { shipmentReference: 'EXP-0002' }, t.actors.specialist);
    expect(free.reduce((s, a) => s + a.quantity, 0)).toBe(1000);
    expect(free.some((a) => a.lotCode === 'RECON-1')).toBe(false);
  });

  it('a manual allocation of their lots is refused, even with a supervisor approving', () => {
    ship({ lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 10 }] });
    const refused = t.refused(
      'matching:allocate',
      {
        shipmentReference: 'EXP-0001',
        lineNumber: 1,
        lotCode: 'RECON-1',
        quantity: 10,
        reason: 'supervisor says so',
        override: supervisorOverride('supervisor says so'),
      },
      t.actors.specialist,
    );
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message: 'entry 2024-000099 is flagged for reconciliation; its lots cannot be designated until the reconciliation is filed',
    });
    expect(t.count('allocations')).toBe(0);
  });
});

describe('KPIs', () => {
  it('count lines matched automatically, by hand, in part and not at all, and how long exceptions have waited', () => {
    const clock = manualClock('2024-03-04T08:00:00.000Z');
    t.dispose();
    t = createTestDesk({ seed: true, clock });
    receiveTees(t);
    ship({ reference: 'EXP-AUTO', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 400 }] });
    matchNow(t);
    ship({ reference: 'EXP-HAND', documents: [], lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 50 }] });
    t.ok(
      'matching:allocate',
      {
        shipmentReference: 'EXP-HAND',
        lineNumber: 1,
        lotCode: 'NW-D',
        quantity: 50,
        reason: 'pegged on the pick list',
        override: supervisorOverride('pegged on the pick list'),
      },
      t.actors.specialist,
    );
    ship({ reference: 'EXP-PART', documents: [], exportDate: '2023-12-01', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 700 }] });
    ship({ reference: 'EXP-NONE', exportDate: '2023-12-01', lines: [{ lineNumber: 1, sku: SKUS.jeans, quantity: 5 }] });
    expect(matchNow(t)).toMatchObject({ linesConsidered: 2, linesPartial: 1, linesUnmatched: 1, unitsAllocated: 550 });

    expect(t.ok('claims:kpis', {}, t.actors.specialist)).toMatchObject({
      exportLines: 4,
      matchedAutomatically: 1,
      matchedManually: 1,
      partiallyMatched: 1,
      unmatched: 1,
      automaticMatchShare: '25.0%',
      openExceptions: [],
      openExceptionAge: { under7Days: 0, from7To30Days: 0, over30Days: 0 },
    });

    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(claim.exceptions.map((x) => [x.kind, x.message.match(/shipment (EXP-\w+)/)![1]])).toEqual([
      ['missing-proof-of-export', 'EXP-HAND'],
      ['missing-proof-of-export', 'EXP-PART'],
    ]);
    clock.advance(3 * 86_400_000);
    expect(t.ok('claims:kpis', {}, t.actors.specialist)).toMatchObject({
      openExceptions: [{ kind: 'missing-proof-of-export', count: 2, oldestAgeDays: 3 }],
      openExceptionAge: { under7Days: 2, from7To30Days: 0, over30Days: 0 },
    });

    clock.advance(10 * 86_400_000);
    t.ok('exports:add-document', { shipmentReference: 'EXP-HAND', kind: 'bill-of-lading', reference: 'MAEU000001' }, t.actors.clerk);
    tickAll(t, claim.number);
    const hand = exceptionsOf(claim.number).find((x) => x.message.includes('EXP-HAND'))!;
    expect(t.ok('exceptions:resolve', { exceptionId: hand.id, note: 'bill of lading attached' }, t.actors.specialist).ageDays).toBe(13);
    clock.advance(20 * 86_400_000);
    const kpis = t.ok('claims:kpis', {}, t.actors.specialist);
    expect(kpis).toMatchObject({
      openExceptions: [{ kind: 'missing-proof-of-export', count: 1, oldestAgeDays: 33 }],
      openExceptionAge: { under7Days: 0, from7To30Days: 0, over30Days: 1 },
    });
    // 400 + 50 + 550 units at $4.95: the claim is dated in March 2024
    expect(kpis.refundByPeriod).toEqual([{ period: '2024-03', claims: 1, refund: '4950.00' }]);
    // a resolved exception's age stops at its resolution
    expect(exceptionsOf(claim.number, 'resolved')[0]!.ageDays).toBe(13);
  });
});
