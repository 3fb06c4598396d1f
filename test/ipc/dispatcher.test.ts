import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../src-shared/contract';
import { ROLES, roleAllows } from '../../src-shared/roles';
import { createDesk } from '../../src-main/composition-root';
import { APPROVED_BY, BINS, receipt, SEED_USERS, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
});
afterEach(() => t.dispose());

const signIn = (who: keyof typeof SEED_USERS) => {
  const r = t.desk.dispatch('auth:sign-in', { username: SEED_USERS[who].username, password: SEED_USERS[who].password }, {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value.token;
};
const ledgerState = () =>
  Object.fromEntries(['audit_log', 'users', 'movements', 'locations', 'items', 'import_entries'].map((table) => [table, t.count(table)]));

describe('the dispatcher refuses what it does not know', () => {
  it.each(['ledger:drop', 'receiving:delete-receipt', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])('channel %j is unknown', (channel) => {
    const before = ledgerState();
    const r = t.desk.dispatch(channel, {}, { actor: t.actors.admin });
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `there is no channel "${channel}"` } });
    expect(ledgerState()).toEqual(before);
  });

  it('a non-string channel is refused without throwing', () => {
    expect(() => t.desk.dispatch(42 as unknown as string, {}, {})).not.toThrow();
    expect(t.desk.dispatch(42 as unknown as string, {}, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});

describe('who may call what', () => {
  it('every channel but sign-in needs a session: none, a made-up one, or a signed-out one are refused', async () => {
    const token = signIn('clerk');
    t.desk.dispatch('auth:sign-out', {}, { token });
    for (const channel of CHANNELS.filter((c) => contract[c].role !== 'public')) {
      for (const auth of [{}, { token: 'not-a-real-token' }, { token }]) {
        expect(await t.desk.dispatch(channel, {}, auth), `${channel} with ${JSON.stringify(auth)}`).toMatchObject({
          ok: false,
          error: { code: 'UNAUTHENTICATED' },
        });
      }
    }
  });

  it('the role table holds for every channel and every role', async () => {
    for (const channel of CHANNELS) {
      for (const role of ROLES) {
        const actor = role === 'admin' ? t.actors.admin : t.actors[role];
        const r = await t.desk.dispatch(channel, {}, { actor });
        const required = contract[channel].role;
        // a system channel is the desk's own command line's: no person's role reaches it
        if (required === 'system') {
          expect(r, `${role} on ${channel}`).toMatchObject({
            ok: false,
            error: { code: 'FORBIDDEN', message: expect.stringContaining("the desk's own command line only") },
          });
          continue;
        }
        const allowed = required === 'public' || roleAllows(role, required);
        if (allowed) expect(r.ok || r.error.code !== 'FORBIDDEN', `${role} on ${channel}`).toBe(true);
        else
          expect(r, `${role} on ${channel}`).toMatchObject({
            ok: false,
            error: { code: 'FORBIDDEN', message: expect.stringContaining(`needs the ${required} role`) },
          });
      }
    }
  });

  const clerkRefused: [Channel, () => unknown][] = [
    ['claims:approve', () => ({ claimNumber: 'DD-2024-0001' })],
    ['users:add', () => ({ username: 'mallory', displayName: 'Mallory', role: 'admin', password: 'mallory-wants-in' })],
    ['audit:verify', () => ({})],
    ['locations:add', () => ({ code: 'SECRET-BIN', drawbackSegregated: false })],
    ['items:add', () => ({ sku: 'NEW', description: 'x', hts: '6109.10.0012', countryOfOrigin: 'VN', uom: 'EA' })],
  ];

  it.each(clerkRefused)('a signed-in clerk calling %s gets FORBIDDEN and nothing is written', (channel, input) => {
    t.ok('receiving:create-receipt', receipt({ quantity: 40, lotCode: 'C-1', locationCode: BINS.cage }), t.actors.clerk);
    const token = signIn('clerk');
    const before = ledgerState();
    const balances = t.ok('inventory:balances', {}, t.actors.clerk);
    const r = t.desk.dispatch(channel, input(), { token });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining(`signed in as ${SEED_USERS.clerk.username} (clerk)`) } });
    expect(ledgerState()).toEqual(before);
    expect(t.ok('inventory:balances', {}, t.actors.clerk)).toEqual(balances);
    expect(t.desk.dispatch('auth:sign-in', { username: 'mallory', password: 'mallory-wants-in' }, {}).ok).toBe(false);
  });

  it('the role check comes before validation: a clerk learns nothing about an admin channel input', () => {
    const r = t.desk.dispatch('users:add', { nonsense: true }, { actor: t.actors.clerk });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!r.ok && r.error.issues).toBeUndefined();
  });

  it("a system channel lets in only the system actor handed in by the desk's own process, never a session", async () => {
    const systemChannels = CHANNELS.filter((c) => contract[c].role === 'system');
    expect(systemChannels).toEqual(
      expect.arrayContaining(['labels:print', 'labels:write-file', 'imports:apply-file', 'post-entry:import-file', 'devices:survey']),
    );
    // a valid request of each: the lot, or the file, is not there; no label printer is set, so the survey asks none
    const inputs: Record<string, unknown> = {
      'labels:print': { lot: 'NO-SUCH-LOT' },
      'labels:write-file': { lot: 'NO-SUCH-LOT', file: `${t.path}.zpl` },
      'imports:apply-file': { kind: 'items', file: `${t.path}.no-such-file.csv` },
      'post-entry:import-file': { kind: 'status', file: `${t.path}.no-such-file.csv` },
      'devices:survey': { timeoutMs: 500 },
    };
    const asSystemGets: Record<string, object> = {
      'devices:survey': { ok: true, value: { printer: null, configuredScanners: [], rfidReader: null } },
    };
    const token = signIn('admin');
    for (const channel of systemChannels) {
      expect(await t.desk.dispatch(channel, inputs[channel], { token }), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      // the system actor gets past the role check (and is then told the lot or file is not there, or gets its survey)
      const asSystem = await t.desk.dispatch(channel, inputs[channel], { actor: t.desk.system });
      expect(asSystem, channel).toMatchObject(asSystemGets[channel] ?? { ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('the role comes from the session, not from anything the caller sends', () => {
    const token = signIn('clerk');
    const r = t.desk.dispatch('audit:verify', { role: 'admin' }, { token });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('invalid input', () => {
  it('gives VALIDATION with the path of every bad field for the screen, each problem in words, and writes nothing', () => {
    const before = ledgerState();
    const r = t.desk.dispatch(
      'receiving:create-receipt',
      { ...receipt(), quantity: 'lots', uom: 'BOX', sku: '', captureEntry: { entryNumber: 'x' } },
      { actor: t.actors.clerk },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const fields = r.error.issues!.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['quantity', 'uom', 'sku', 'captureEntry.entryNumber', 'captureEntry.lines']));
    // each problem in words in the message; its path only in the issue's field key, for the screen
    for (const issue of r.error.issues!) {
      expect(r.error.message).toContain(issue.message);
      expect(r.error.message).not.toContain(`${issue.field}:`);
    }
    expect(ledgerState()).toEqual(before);
  });

  it('a missing body is treated as empty input and named', () => {
    const r = t.desk.dispatch('entries:get', undefined, { actor: t.actors.clerk });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ field: 'entryNumber' }] } });
  });

  it('a body that is not an object at all is named as the request', () => {
    const r = t.desk.dispatch('items:list', 'give me everything', { actor: t.actors.clerk });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ field: '(request)' }] } });
  });

  it('nested entry lines are named by index', () => {
    const r = t.desk.dispatch(
      'entries:add',
      {
        entryNumber: '2024-000001',
        entryType: '01',
        entryDate: '2024-01-02',
        importDate: '2024-01-01',
        portCode: '2704',
        importer: 'X',
        lines: [
          { lineNumber: 1, hts: '6109.10.0012', quantity: 1, uom: 'EA', enteredValue: '1', duty: '1' },
          { lineNumber: 2, hts: 'bad', quantity: 0, uom: 'EA', enteredValue: '1', duty: '1' },
        ],
      },
      { actor: t.actors.specialist },
    );
    expect(!r.ok && r.error.issues?.map((i) => i.field).sort()).toEqual(['lines.1.hts', 'lines.1.quantity']);
  });
});

describe('internal errors', () => {
  it('become INTERNAL results, are logged, and never throw across the boundary', () => {
    t.close();
    // the same ledger opened read-only: every write fails inside SQLite
    const logged: unknown[] = [];
    const desk = createDesk(t.path, { readonly: true, log: (message, error) => logged.push({ message, error }) });
    try {
      let r: ReturnType<typeof desk.dispatch> | undefined;
      expect(() => {
        r = desk.dispatch('locations:add', { code: 'RO-1' }, { actor: desk.system });
      }).not.toThrow();
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/^something went wrong on locations:add: .*readonly/) } });
      expect(logged).toHaveLength(1);
      // reads still work
      expect(desk.dispatch('locations:list', {}, { actor: desk.system })).toMatchObject({ ok: true });
    } finally {
      desk.close();
    }
  });

  it('a closed ledger gives INTERNAL, not an exception', () => {
    const desk = t.desk;
    t.close();
    expect(desk.dispatch('inventory:balances', {}, { actor: t.actors.clerk })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(t.logged).toHaveLength(1);
  });
});

describe('events', () => {
  it('tell open windows that balances changed after a receipt and a release, not after a refusal', () => {
    const seen: string[] = [];
    const off = t.desk.onEvent((event, payload) => seen.push(`${event}:${(payload as { reason: string }).reason}`));
    t.ok('receiving:create-receipt', receipt({ quantity: 10, lotCode: 'EV', locationCode: BINS.cage }), t.actors.clerk);
    t.refused('receiving:create-receipt', receipt({ sku: 'NOPE' }), t.actors.clerk);
    t.ok(
      'inventory:release-preserved',
      { sku: SKUS.tee, lotCode: 'EV', locationCode: BINS.cage, quantity: 1, reason: 'sample for QA', override: APPROVED_BY.supervisor },
      t.actors.clerk,
    );
    off();
    t.ok('receiving:create-receipt', receipt({ quantity: 1, lotCode: 'EV2' }), t.actors.clerk);
    expect(seen).toEqual(['ledger:balances-changed:receipt', 'ledger:balances-changed:release']);
  });
});

describe('a failing event listener', () => {
  it('does not turn a recorded write into an error, and the other listeners still hear it', () => {
    const heard: string[] = [];
    t.desk.onEvent(() => {
      throw new Error('Object has been destroyed'); // e.g. a window closed mid-scan
    });
    t.desk.onEvent((event) => heard.push(event));
    const r = t.call('receiving:create-receipt', receipt({ quantity: 9, lotCode: 'LISTEN' }), t.actors.clerk);
    expect(r).toMatchObject({ ok: true, value: { duplicate: false, movement: { quantity: 9 } } });
    expect(heard).toEqual(['ledger:balances-changed']);
    expect(t.logged.map((l) => l.message)).toEqual(['event listener failed on ledger:balances-changed']);
    expect(t.ok('inventory:balances', { lotCode: 'LISTEN' }, t.actors.clerk)[0]?.available).toBe(9);
  });
});
