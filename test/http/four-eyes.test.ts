import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draft, matchNow } from '../helpers/claims';
import { startBrowserApi, type BrowserApi } from '../helpers/browser-api';
import { shipment } from '../helpers/exports';
import { BINS, ENTRIES, receipt, SEED_USERS, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/**
 * Four eyes on every override and approval, through browser mode as a supervisor at the desk would
 * try it: the person who asks is never the one who approves, whatever their role.
 */
let t: TestDesk;
let api: BrowserApi;
const { supervisor: pat, admin: alex, clerk: dana, specialist: sam } = SEED_USERS;
const as = (user: { username: string; password: string }) => api.signIn(user.username, user.password);
const approvedBy = (user: { username: string; password: string }) => ({ supervisorUsername: user.username, supervisorPassword: user.password });
const written = () => ({ audit: t.count('audit_log'), movements: t.count('movements'), allocations: t.count('allocations'), events: t.count('claim_events') });

beforeEach(async () => {
  t = createTestDesk({ seed: true });
  api = await startBrowserApi(t);
});
afterEach(async () => {
  // whatever was tried, no audit record names its actor as its approver
  expect(t.desk.ledger.sqlite.prepare('SELECT actor, action FROM audit_log WHERE approver = actor').all()).toEqual([]);
  for (const table of ['movements', 'allocations'])
    expect(t.desk.ledger.sqlite.prepare(`SELECT id FROM ${table} WHERE approver_id = user_id`).all()).toEqual([]);
  await api.close();
  t.dispose();
});

describe('a receipt over the entry line', () => {
  const fullLine = () =>
    t.ok(
      'receiving:create-receipt',
      receipt({ quantity: t.ok('entries:get', { entryNumber: ENTRIES.a }, t.actors.clerk).lines[0]!.quantity, lotCode: 'FULL' }),
      t.actors.clerk,
    );

  it('a supervisor receiving it cannot approve it with their own password', async () => {
    fullLine();
    const session = await as(pat);
    const before = written();
    const e = await api.refused(
      'receiving:create-receipt',
      receipt({ quantity: 5, lotCode: 'EXTRA', override: { ...approvedBy(pat), reason: 'extra cartons on the truck' } }),
      session,
    );
    expect(e).toMatchObject({ code: 'FORBIDDEN', issues: [{ field: 'override.supervisorUsername', message: 'must be someone other than the person asking' }] });
    expect(e.message).toBe('pat asked for this override and cannot also approve it: another supervisor must enter their user name and password');
    expect(written()).toEqual(before);
    const r = await api.invoke<{ movement: { user: string; approver: string } }>(
      'receiving:create-receipt',
      receipt({ quantity: 5, lotCode: 'EXTRA', override: { ...approvedBy(alex), reason: 'extra cartons on the truck' } }),
      session,
    );
    expect(r).toMatchObject({ ok: true, value: { movement: { user: 'pat', approver: 'alex' } } });
  });
});

describe('stock corrections: adjust, reverse, release from drawback', () => {
  const adjust = { sku: SKUS.tee, lotCode: 'ADJ-1', locationCode: BINS.dock, delta: -2, reason: 'two crushed in transit' };

  it('a supervisor alone cannot adjust, reverse or release: another supervisor must approve', async () => {
    const received = t.ok('receiving:create-receipt', receipt({ quantity: 10, lotCode: 'ADJ-1', locationCode: BINS.dock }), t.actors.clerk);
    t.ok('receiving:create-receipt', receipt({ quantity: 10, lotCode: 'CAGED', locationCode: BINS.cage }), t.actors.clerk);
    const session = await as(pat);
    const before = written();
    const release = { sku: SKUS.tee, lotCode: 'CAGED', locationCode: BINS.cage, quantity: 3, reason: 'sold domestically' };
    const reverse = { movementId: received.movement.id, reason: 'received against the wrong entry' };
    for (const [channel, input] of [
      ['inventory:adjust', adjust],
      ['inventory:reverse-movement', reverse],
      ['inventory:release-preserved', release],
    ] as const) {
      const alone = await api.refused(channel, input, session);
      expect(alone.code, channel).toBe('OVERRIDE_REQUIRED');
      expect(alone.message, channel).toMatch(/needs the approval of a supervisor other than you/);
      const self = await api.refused(channel, { ...input, override: approvedBy(pat) }, session);
      expect(self.code, channel).toBe('FORBIDDEN');
      expect(self.message, channel).toMatch(/^pat asked for this .* and cannot also approve it/);
    }
    expect(written()).toEqual(before);
  });

  it('a clerk asks, a supervisor approves: both are on the movement and the audit record', async () => {
    t.ok('receiving:create-receipt', receipt({ quantity: 10, lotCode: 'ADJ-1', locationCode: BINS.dock }), t.actors.clerk);
    const session = await as(dana);
    const r = await api.invoke('inventory:adjust', { ...adjust, override: approvedBy(pat) }, session);
    expect(r).toMatchObject({ ok: true, value: { kind: 'adjustment', quantity: 2, user: 'dana', approver: 'pat', reason: 'two crushed in transit' } });
    expect(t.desk.ledger.sqlite.prepare('SELECT actor, approver, reason FROM audit_log ORDER BY seq DESC LIMIT 1').get()).toEqual({
      actor: 'dana',
      approver: 'pat',
      reason: 'two crushed in transit',
    });
    const clerkAlone = await api.refused('inventory:adjust', adjust, session);
    expect(clerkAlone.code).toBe('OVERRIDE_REQUIRED');
  });
});

describe('manual allocations', () => {
  beforeEach(() => {
    t.ok('receiving:create-receipt', receipt({ quantity: 100, lotCode: 'NW-A', locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }), t.actors.clerk);
    t.ok('exports:record-shipment', shipment({ lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 40 }] }), t.actors.specialist);
  });
  const allocate = { shipmentReference: 'EXP-0001', lineNumber: 1, lotCode: 'NW-A', quantity: 40, reason: 'pegged on the pick list' };

  it('a supervisor cannot allocate or release by hand on their own say-so', async () => {
    const session = await as(pat);
    const before = written();
    expect((await api.refused('matching:allocate', allocate, session)).code).toBe('OVERRIDE_REQUIRED');
    expect((await api.refused('matching:allocate', { ...allocate, override: { ...approvedBy(pat), reason: 'pegged on the pick list' } }, session)).code).toBe(
      'FORBIDDEN',
    );
    expect(written()).toEqual(before);
    const made = await api.invoke<{ id: string; user: string; approver: string }>(
      'matching:allocate',
      { ...allocate, override: { ...approvedBy(alex), reason: 'pegged on the pick list' } },
      session,
    );
    expect(made).toMatchObject({ ok: true, value: { user: 'pat', approver: 'alex' } });
    const id = made.ok ? made.value.id : '';
    expect((await api.refused('matching:release', { allocationId: id, reason: 'wrong lot after all' }, session)).code).toBe('OVERRIDE_REQUIRED');
    expect(
      (
        await api.refused(
          'matching:release',
          { allocationId: id, reason: 'wrong lot after all', override: { ...approvedBy(pat), reason: 'wrong lot after all' } },
          session,
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('a specialist asks and a supervisor approves', async () => {
    const session = await as(sam);
    const made = await api.invoke('matching:allocate', { ...allocate, override: { ...approvedBy(pat), reason: 'pegged on the pick list' } }, session);
    expect(made).toMatchObject({ ok: true, value: { user: 'sam', approver: 'pat', basis: 'manual' } });
  });
});

describe('claim approval', () => {
  it('the supervisor who submitted a claim for review cannot approve it; another can', async () => {
    for (const lot of ['A', 'B'])
      t.ok(
        'receiving:create-receipt',
        receipt({ lotCode: `NW-${lot}`, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }),
        t.actors.clerk,
      );
    t.ok('exports:record-shipment', shipment({ documents: [{ kind: 'bill-of-lading', reference: 'MAEU998877' }] }), t.actors.specialist);
    matchNow(t);
    const claim = t.ok('claims:draft', draft(), t.actors.specialist);
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.supervisor);
    const before = written();
    const e = await api.refused('claims:approve', { claimNumber: claim.number }, await as(pat));
    expect(e).toMatchObject({ code: 'FORBIDDEN', message: `you submitted claim ${claim.number} for review; another supervisor must approve it` });
    expect(written()).toEqual(before);
    expect(await api.invoke('claims:approve', { claimNumber: claim.number }, await as(alex))).toMatchObject({ ok: true, value: { state: 'approved' } });
  });
});
