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
  t.ok('exports:record-shipment', shipment({ documents: [] }), t.actors.specialist);
  matchNow(t);
});
afterEach(() => t.dispose());

/** What each person may do with a claim now, and why not, comes from main: the same check the action makes. */
describe('claim actions carry whether they are allowed, and why not', () => {
  it('a draft: the specialist may submit, exclude lines, withdraw and export; approving is for a claim in review', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    const { actions } = t.ok('claims:get', { claimNumber: claim.number }, t.actors.specialist);
    expect(actions.submit).toEqual({ allowed: true, inState: true, reason: null });
    expect(actions['exclude-lines']).toEqual({ allowed: true, inState: true, reason: null });
    expect(actions.withdraw).toEqual({ allowed: true, inState: true, reason: null });
    expect(actions.export).toEqual({ allowed: true, inState: true, reason: null });
    expect(actions.approve).toEqual({ allowed: false, inState: false, reason: `claim ${claim.number} is draft; it can be approved only when in-review` });
    expect(actions.file).toMatchObject({ allowed: false, inState: false });
    // the action refuses with the very words the screen showed
    expect(t.refused('claims:approve', { claimNumber: claim.number }, t.actors.supervisor).message).toBe(actions.approve.reason);
    // and the claim the draft returns carries them for its drafter already
    expect(claim.actions.submit.allowed).toBe(true);
  });

  it('in review with an open exception: approve is disabled with the reason, the same the refusal gives', () => {
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    const submitted = t.ok('claims:submit', { claimNumber: claim.number }, t.actors.specialist);
    expect(submitted.actions.submit).toMatchObject({ allowed: false, inState: false });
    expect(submitted.actions.approve).toEqual({ allowed: false, inState: true, reason: 'only a supervisor approves a claim' });
    expect(submitted.actions.return).toEqual({ allowed: false, inState: true, reason: 'only a supervisor returns a claim to draft' });

    const forSupervisor = t.ok('claims:get', { claimNumber: claim.number }, t.actors.supervisor).actions;
    const reason = `claim ${claim.number} cannot be approved: 1 open exception, first: ${claim.exceptions[0]!.message}; resolve it first`;
    expect(forSupervisor.approve).toEqual({ allowed: false, inState: true, reason });
    expect(forSupervisor.return).toEqual({ allowed: true, inState: true, reason: null });
    expect(t.refused('claims:approve', { claimNumber: claim.number }, t.actors.supervisor).message).toBe(reason);

    // the document arrives and the exception is resolved: approve is allowed, and goes through
    const [x] = claim.exceptions;
    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'bill-of-lading', reference: 'MAEU1' }, t.actors.clerk);
    for (const [i, item] of x!.checklist.entries())
      if (!item.deskCheck) t.ok('exceptions:tick', { exceptionId: x!.id, itemIndex: i, done: true }, t.actors.specialist);
    t.ok('exceptions:resolve', { exceptionId: x!.id, note: 'bill of lading attached' }, t.actors.specialist);
    expect(t.ok('claims:get', { claimNumber: claim.number }, t.actors.supervisor).actions.approve).toEqual({ allowed: true, inState: true, reason: null });
    const approved = t.ok('claims:approve', { claimNumber: claim.number }, t.actors.supervisor);
    expect(approved.state).toBe('approved');
    expect(approved.actions.approve.inState).toBe(false);
    expect(approved.actions.export).toEqual({ allowed: true, inState: true, reason: null });
    expect(t.ok('claims:get', { claimNumber: claim.number }, t.actors.specialist).actions.file).toEqual({ allowed: true, inState: true, reason: null });
    expect(approved.actions['exclude-lines']).toEqual({
      allowed: false,
      inState: false,
      reason: `claim ${claim.number} is approved; lines can be excluded only from a draft or a claim in review`,
    });
  });

  it('a supervisor who drafted the claim is told another supervisor approves it', () => {
    t.ok('exports:add-document', { shipmentReference: 'EXP-0001', kind: 'bill-of-lading', reference: 'MAEU1' }, t.actors.clerk);
    const claim = t.ok('claims:draft', draft(), t.actors.supervisor);
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.supervisor);
    const { approve } = t.ok('claims:get', { claimNumber: claim.number }, t.actors.supervisor).actions;
    expect(approve).toEqual({ allowed: false, inState: true, reason: `you drafted claim ${claim.number}; another supervisor must approve it` });
    expect(t.refused('claims:approve', { claimNumber: claim.number }, t.actors.supervisor).message).toBe(approve.reason);
    expect(t.ok('claims:get', { claimNumber: claim.number }, t.actors.admin).actions.approve.allowed).toBe(true);
  });
});
