import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src-main/ledger/audit/verify-audit';
import { APPROVED_BY, BINS, ENTRIES, receipt, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

const balance = (lotCode: string, locationCode: string) => {
  const [row] = t.ok('inventory:balances', { lotCode, locationCode }, t.actors.clerk);
  return { available: row?.available ?? 0, preserved: row?.preserved ?? 0 };
};
const receive = (lotCode: string, quantity: number, locationCode: string = BINS.dock) =>
  t.ok('receiving:create-receipt', receipt({ lotCode, quantity, locationCode }), t.actors.clerk);
const received = () => t.ok('entries:get', { entryNumber: ENTRIES.a }, t.actors.clerk).lines[0]!.receivedQuantity;

describe('put-away and moves', () => {
  it('moves stock from the dock into a drawback cage, where it becomes preserved', () => {
    receive('PUT-1', 100);
    const m = t.ok('inventory:move', { sku: SKUS.tee, lotCode: 'PUT-1', fromLocation: BINS.dock, toLocation: BINS.cage, quantity: 60 }, t.actors.clerk);
    expect(m).toMatchObject({
      kind: 'move',
      quantity: 60,
      from: { location: BINS.dock, bucket: 'available' },
      to: { location: BINS.cage, bucket: 'preserved' },
      user: t.actors.clerk.username,
    });
    expect(balance('PUT-1', BINS.dock)).toEqual({ available: 40, preserved: 0 });
    expect(balance('PUT-1', BINS.cage)).toEqual({ available: 0, preserved: 60 });
  });

  it('keeps preserved stock preserved when it moves to an ordinary bin', () => {
    receive('PUT-2', 10, BINS.cage);
    t.ok(
      'inventory:move',
      { sku: SKUS.tee, lotCode: 'PUT-2', fromLocation: BINS.cage, toLocation: BINS.shelf, bucket: 'preserved', quantity: 10 },
      t.actors.clerk,
    );
    expect(balance('PUT-2', BINS.shelf)).toEqual({ available: 0, preserved: 10 });
  });

  it('refuses to move more than the bin holds, saying how much it holds, and writes nothing', () => {
    receive('PUT-3', 5);
    const before = t.count('audit_log');
    const e = t.refused('inventory:move', { sku: SKUS.tee, lotCode: 'PUT-3', fromLocation: BINS.dock, toLocation: BINS.shelf, quantity: 6 }, t.actors.clerk);
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([{ field: 'quantity', message: `at most 5 can be taken from ${BINS.dock}` }]);
    expect(t.count('audit_log')).toBe(before);
  });

  it('names the unknown lot or location', () => {
    expect(
      t.refused('inventory:move', { sku: SKUS.tee, lotCode: 'NOPE', fromLocation: BINS.dock, toLocation: BINS.shelf, quantity: 1 }, t.actors.clerk).issues,
    ).toEqual([{ field: 'lotCode', message: 'not found' }]);
    receive('PUT-4', 1);
    expect(
      t.refused('inventory:move', { sku: SKUS.tee, lotCode: 'PUT-4', fromLocation: BINS.dock, toLocation: 'Z-99', quantity: 1 }, t.actors.clerk).issues,
    ).toEqual([{ field: 'toLocation', message: 'not found' }]);
  });
});

describe('the logical drawback flag', () => {
  it('a clerk preserves available stock in an ordinary bin', () => {
    receive('FLAG-1', 30, BINS.shelf);
    t.ok('inventory:preserve', { sku: SKUS.tee, lotCode: 'FLAG-1', locationCode: BINS.shelf, quantity: 20 }, t.actors.clerk);
    expect(balance('FLAG-1', BINS.shelf)).toEqual({ available: 10, preserved: 20 });
  });
});

describe('adjustments and reversals (with a reason, approved by a supervisor other than the requester)', () => {
  it("a clerk without a supervisor's approval is refused an adjustment and a reversal; nothing is written", () => {
    const r = receive('ADJ-1', 10);
    const before = t.count('movements');
    expect(
      t.refused('inventory:adjust', { sku: SKUS.tee, lotCode: 'ADJ-1', locationCode: BINS.dock, delta: -1, reason: 'one carton crushed' }, t.actors.clerk).code,
    ).toBe('OVERRIDE_REQUIRED');
    expect(t.refused('inventory:reverse-movement', { movementId: r.movement.id, reason: 'scanned the wrong pallet' }, t.actors.clerk).code).toBe(
      'OVERRIDE_REQUIRED',
    );
    expect(t.count('movements')).toBe(before);
  });

  it('a clerk writes off damaged units with a supervisor approving, recorded with reason and approver', () => {
    receive('ADJ-2', 10);
    const m = t.ok(
      'inventory:adjust',
      { sku: SKUS.tee, lotCode: 'ADJ-2', locationCode: BINS.dock, delta: -3, reason: 'three crushed in transit', override: APPROVED_BY.supervisor },
      t.actors.clerk,
    );
    expect(m).toMatchObject({
      kind: 'adjustment',
      quantity: 3,
      to: null,
      reason: 'three crushed in transit',
      approver: t.actors.supervisor.username,
      user: t.actors.clerk.username,
    });
    expect(balance('ADJ-2', BINS.dock).available).toBe(7);
    expect(
      t.refused(
        'inventory:adjust',
        { sku: SKUS.tee, lotCode: 'ADJ-2', locationCode: BINS.dock, delta: -8, reason: 'more than there is', override: APPROVED_BY.supervisor },
        t.actors.clerk,
      ).issues,
    ).toEqual([{ field: 'delta', message: `at most 7 can be taken from ${BINS.dock}` }]);
  });

  it('reversing a wrong receipt takes the stock back out and frees the entry line, once only', () => {
    const r = receive('REV-1', 40);
    expect(received()).toBe(40);
    const rev = t.ok(
      'inventory:reverse-movement',
      { movementId: r.movement.id, reason: 'received against the wrong entry', override: APPROVED_BY.supervisor },
      t.actors.clerk,
    );
    expect(rev).toMatchObject({
      kind: 'reversal',
      quantity: 40,
      from: { location: BINS.dock, bucket: 'available' },
      to: null,
      correctsMovementId: r.movement.id,
    });
    expect(balance('REV-1', BINS.dock)).toEqual({ available: 0, preserved: 0 });
    expect(received()).toBe(0);
    expect(
      t.refused('inventory:reverse-movement', { movementId: r.movement.id, reason: 'again by mistake', override: APPROVED_BY.supervisor }, t.actors.clerk).code,
    ).toBe('CONFLICT');
    expect(
      t.refused('inventory:reverse-movement', { movementId: rev.id, reason: 'undo the undo', override: APPROVED_BY.supervisor }, t.actors.clerk).code,
    ).toBe('VALIDATION');
  });

  it('refuses to reverse a receipt whose stock has already moved on', () => {
    const r = receive('REV-2', 10);
    t.ok('inventory:move', { sku: SKUS.tee, lotCode: 'REV-2', fromLocation: BINS.dock, toLocation: BINS.shelf, quantity: 10 }, t.actors.clerk);
    const e = t.refused(
      'inventory:reverse-movement',
      { movementId: r.movement.id, reason: 'wrong entry after all', override: APPROVED_BY.supervisor },
      t.actors.clerk,
    );
    expect(e.issues).toEqual([{ field: 'quantity', message: `none of lot REV-2 is available at ${BINS.dock}` }]);
  });

  it('every movement keeps the audit trail verifiable', () => {
    receive('AUD-1', 10);
    t.ok('inventory:move', { sku: SKUS.tee, lotCode: 'AUD-1', fromLocation: BINS.dock, toLocation: BINS.cage, quantity: 4 }, t.actors.clerk);
    const found = t.ok(
      'inventory:adjust',
      { sku: SKUS.tee, lotCode: 'AUD-1', locationCode: BINS.dock, delta: 2, reason: 'found two more in a count', override: APPROVED_BY.supervisor },
      t.actors.clerk,
    );
    t.ok('inventory:reverse-movement', { movementId: found.id, reason: 'the two were another lot', override: APPROVED_BY.supervisor }, t.actors.clerk);
    expect(balance('AUD-1', BINS.dock).available).toBe(6);
    expect(verifyAudit(t.desk.ledger.sqlite)).toMatchObject({ ok: true });
  });
});
