import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPROVED_BY, BINS, ENTRIES, receipt, SEED_USERS, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

const lastAudit = () => t.desk.ledger.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, string | number | null>;
const lineQuantity = () => t.ok('entries:get', { entryNumber: ENTRIES.a }, t.actors.clerk).lines[0]!.quantity;
const fillLine = () => t.ok('receiving:create-receipt', receipt({ quantity: lineQuantity(), lotCode: 'FULL', locationCode: BINS.cage }), t.actors.clerk);
const written = () => ({ records: t.count('audit_log'), movements: t.count('movements'), exceptions: t.count('review_exceptions') });

describe('receiving over the entry line quantity', () => {
  it('up to the line quantity needs nobody; one more needs a supervisor', () => {
    fillLine();
    const before = written();
    const e = t.refused('receiving:create-receipt', receipt({ quantity: 1, lotCode: 'EXTRA' }), t.actors.clerk);
    expect(e.code).toBe('OVERRIDE_REQUIRED');
    expect(e.message).toMatch(new RegExp(`covers ${lineQuantity()}; ${lineQuantity()} already received`));
    // a limit of 0 is said as what it means, never "at most 0"
    expect(e.issues).toEqual([{ field: 'quantity', message: "nothing left to receive on this line without a supervisor's approval" }]);
    expect(written()).toEqual(before);
  });

  it('says how many more can be received without approval', () => {
    t.ok('receiving:create-receipt', receipt({ quantity: lineQuantity() - 40 }), t.actors.clerk);
    const e = t.refused('receiving:create-receipt', receipt({ quantity: 41 }), t.actors.clerk);
    expect(e.issues).toEqual([{ field: 'quantity', message: "at most 40 more without a supervisor's approval" }]);
    expect(t.ok('receiving:create-receipt', receipt({ quantity: 40 }), t.actors.clerk).movement.quantity).toBe(40);
  });

  it("a clerk's credentials cannot approve it", () => {
    fillLine();
    const before = written();
    const e = t.refused(
      'receiving:create-receipt',
      receipt({
        quantity: 5,
        override: { supervisorUsername: SEED_USERS.clerk.username, supervisorPassword: SEED_USERS.clerk.password, reason: 'extra cartons' },
      }),
      t.actors.clerk,
    );
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toMatch(/only a supervisor or admin/);
    expect(written()).toEqual(before);
  });

  it("a wrong supervisor password is refused as not approved, without ending the clerk's session", () => {
    fillLine();
    const signIn = t.desk.dispatch('auth:sign-in', { username: SEED_USERS.clerk.username, password: SEED_USERS.clerk.password }, {});
    if (!signIn.ok) throw new Error(signIn.error.message);
    const token = signIn.value.token;
    const before = written();
    const r = t.desk.dispatch(
      'receiving:create-receipt',
      receipt({
        quantity: 5,
        override: { supervisorUsername: SEED_USERS.supervisor.username, supervisorPassword: 'not-the-password', reason: 'extra cartons' },
      }),
      { token },
    );
    expect(r.ok).toBe(false);
    // UNAUTHENTICATED would tell the screen the clerk's own session ended
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    expect(!r.ok && r.error.issues?.map((i) => i.field)).toEqual(['override.supervisorPassword']);
    // nothing received; the wrong password itself is on record, counted against the supervisor's name
    expect(written()).toEqual({ ...before, records: before.records + 1 });
    expect(lastAudit()).toMatchObject({ action: 'auth:wrong-password', subject: `user ${SEED_USERS.supervisor.username}`, actor: SEED_USERS.clerk.username });
    expect(t.desk.dispatch('auth:whoami', {}, { token })).toMatchObject({ ok: true, value: { username: SEED_USERS.clerk.username } });
  });

  it('approved by a supervisor, it is recorded with approver and reason on the movement, the audit record and a review exception', () => {
    fillLine();
    const reason = 'carrier delivered 5 extra cartons, confirmed with broker';
    const r = t.ok(
      'receiving:create-receipt',
      receipt({
        quantity: 5,
        lotCode: 'EXTRA',
        override: { supervisorUsername: SEED_USERS.supervisor.username, supervisorPassword: SEED_USERS.supervisor.password, reason },
      }),
      t.actors.clerk,
    );
    expect(r.movement).toMatchObject({ quantity: 5, user: SEED_USERS.clerk.username, approver: SEED_USERS.supervisor.username, reason });
    expect(lastAudit()).toMatchObject({
      action: 'receiving:create-receipt',
      actor: SEED_USERS.clerk.username,
      approver: SEED_USERS.supervisor.username,
      reason,
    });
    expect(r.exceptions).toMatchObject([{ kind: 'over-entry-quantity', entryNumber: ENTRIES.a, lineNumber: 1 }]);
    expect(r.exceptions[0]!.message).toMatch(new RegExp(`received ${lineQuantity() + 5} against an entry line of ${lineQuantity()}`));
    expect(t.ok('exceptions:list', {}, t.actors.clerk).map((x) => x.kind)).toContain('over-entry-quantity');
    expect(t.ok('entries:get', { entryNumber: ENTRIES.a }, t.actors.clerk).lines[0]!.receivedQuantity).toBe(lineQuantity() + 5);
  });

  it('an override needs a reason a reviewer can read', () => {
    fillLine();
    const e = t.refused(
      'receiving:create-receipt',
      receipt({
        quantity: 5,
        override: { supervisorUsername: SEED_USERS.supervisor.username, supervisorPassword: SEED_USERS.supervisor.password, reason: 'ok' },
      }),
      t.actors.clerk,
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.map((i) => i.field)).toEqual(['override.reason']);
  });
});

describe('releasing preserved stock', () => {
  const preserve = (quantity: number) => t.ok('receiving:create-receipt', receipt({ quantity, lotCode: 'CAGED', locationCode: BINS.cage }), t.actors.clerk);
  const release = (quantity: number, actor = t.actors.clerk, over: object = {}) =>
    t.call(
      'inventory:release-preserved',
      { sku: SKUS.tee, lotCode: 'CAGED', locationCode: BINS.cage, quantity, reason: 'damaged, sold domestically', override: APPROVED_BY.supervisor, ...over },
      actor,
    );
  const cage = () => t.ok('inventory:balances', { lotCode: 'CAGED' }, t.actors.clerk)[0]!;

  it("needs a supervisor's approval: without it, or with a clerk's, nothing moves", () => {
    preserve(100);
    const before = written();
    const r = release(10, t.actors.clerk, { override: undefined });
    expect(!r.ok && r.error.code).toBe('OVERRIDE_REQUIRED');
    expect(!r.ok && r.error.message).toMatch(/needs the approval of a supervisor other than you/);
    const byClerk = release(10, t.actors.specialist, {
      override: { supervisorUsername: SEED_USERS.clerk.username, supervisorPassword: SEED_USERS.clerk.password },
    });
    expect(!byClerk.ok && byClerk.error.message).toMatch(/only a supervisor or admin can approve this release/);
    expect(written()).toEqual(before);
    expect(cage()).toMatchObject({ preserved: 100, available: 0 });
  });

  it('moves units from preserved to available, as a new movement with approver and reason', () => {
    preserve(100);
    const r = release(30);
    expect(r.ok && r.value).toMatchObject({
      kind: 'release',
      quantity: 30,
      from: { location: BINS.cage, bucket: 'preserved' },
      to: { location: BINS.cage, bucket: 'available' },
      user: SEED_USERS.clerk.username,
      approver: SEED_USERS.supervisor.username,
      reason: 'damaged, sold domestically',
    });
    expect(cage()).toMatchObject({ preserved: 70, available: 30 });
    expect(lastAudit()).toMatchObject({
      action: 'inventory:release-preserved',
      actor: SEED_USERS.clerk.username,
      approver: SEED_USERS.supervisor.username,
      reason: 'damaged, sold domestically',
    });
    expect(t.count('movements')).toBe(2); // the receipt is never edited
  });

  it('cannot release more than is preserved there', () => {
    preserve(100);
    release(60);
    const before = written();
    const r = release(41);
    expect(!r.ok && r.error).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'quantity', message: `at most 40 are preserved at ${BINS.cage}` }] });
    expect(written()).toEqual(before);
    expect(release(40).ok).toBe(true);
    expect(cage()).toMatchObject({ preserved: 0, available: 100 });
  });

  it('cannot release from a bin where the lot is not preserved, nor a lot that does not exist', () => {
    preserve(10);
    t.ok('receiving:create-receipt', receipt({ quantity: 10, lotCode: 'SHELF', locationCode: BINS.shelf }), t.actors.clerk);
    expect(release(1, t.actors.clerk, { locationCode: BINS.cage2 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(release(1, t.actors.clerk, { lotCode: 'SHELF', locationCode: BINS.shelf })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: 'quantity', message: `none of lot SHELF is preserved at ${BINS.shelf}` }] },
    });
    expect(release(1, t.actors.clerk, { lotCode: 'NO-SUCH-LOT' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', issues: [{ field: 'lotCode' }] } });
    expect(release(1, t.actors.clerk, { locationCode: 'Z-99' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', issues: [{ field: 'locationCode' }] },
    });
  });
});
