import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, SyncChannel } from '../../src-shared/contract';
import { withAudit } from '../../src-main/ledger/audit/audit-log';
import { GENESIS_HASH, keyedRecordMac, unkeyedRecordHash, type AuditRecordRow } from '../../src-main/ledger/audit/record-seal';
import { AUDITED_TABLES } from '../../src-main/ledger/audit/covered-tables';
import { verifyAudit } from '../../src-main/ledger/audit/verify-audit';
import type { Actor } from '../../src-main/services/service-context';
import { APPROVED_BY, BINS, ENTRIES, receipt, SEED_USERS, SKUS } from '../helpers/seed';
import { createTestDesk, rawConnection, type TestDesk } from '../helpers/test-desk';

const records = (t: TestDesk) => t.desk.ledger.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRecordRow[];
const rowsUnder = (t: TestDesk, seq: number) =>
  Object.fromEntries(
    AUDITED_TABLES.map((table) => [
      table,
      (t.desk.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE audit_seq = ?`).get(seq) as { n: number }).n,
    ]).filter(([, n]) => n !== 0),
  );
const totalAuditedRows = (t: TestDesk) => AUDITED_TABLES.reduce((sum, table) => sum + t.count(table), 0);

describe('every write appends exactly one audit record, carrying the rows it wrote', () => {
  let t: TestDesk;
  beforeAll(() => {
    t = createTestDesk({ seed: true });
  });
  afterAll(() => t.dispose());

  const writes: [string, SyncChannel, (t: TestDesk) => { input: unknown; actor: Actor }, Record<string, number>][] = [
    [
      'users:add',
      'users:add',
      (t) => ({ input: { username: 'newclerk', displayName: 'New Clerk', role: 'clerk', password: 'long-enough-pw' }, actor: t.actors.admin }),
      { users: 1 },
    ],
    [
      'items:add',
      'items:add',
      (t) => ({ input: { sku: 'SOCKS-1', description: 'Socks', hts: '6115.95.9000', countryOfOrigin: 'PK', uom: 'PR' }, actor: t.actors.specialist }),
      { items: 1 },
    ],
    [
      'locations:add',
      'locations:add',
      (t) => ({ input: { code: 'B-02-01', description: 'Aisle B', drawbackSegregated: false }, actor: t.actors.supervisor }),
      { locations: 1 },
    ],
    [
      'entries:add',
      'entries:add',
      (t) => ({
        input: {
          entryNumber: '2024-000900',
          entryType: '01',
          entryDate: '2024-03-01',
          importDate: '2024-02-28',
          portCode: '2704',
          importer: 'Northwind',
          lines: [1, 2, 3].map((n) => ({ lineNumber: n, hts: '6109.10.0012', quantity: 10, uom: 'EA', enteredValue: '100', duty: '16.50' })),
        },
        actor: t.actors.specialist,
      }),
      { import_entries: 1, entry_lines: 3 },
    ],
    [
      'receiving:create-receipt (new lot)',
      'receiving:create-receipt',
      (t) => ({ input: receipt({ quantity: 100, lotCode: 'AUD-1', locationCode: BINS.cage }), actor: t.actors.clerk }),
      { lots: 1, movements: 1 },
    ],
    [
      'receiving:create-receipt (existing lot)',
      'receiving:create-receipt',
      (t) => ({ input: receipt({ quantity: 5, lotCode: 'AUD-1', locationCode: BINS.cage }), actor: t.actors.clerk }),
      { movements: 1 },
    ],
    [
      'receiving:create-receipt (with an exception)',
      'receiving:create-receipt',
      (t) => ({ input: receipt({ sku: SKUS.jeans, quantity: 1, lotCode: 'AUD-J' }), actor: t.actors.clerk }),
      { lots: 1, movements: 1, review_exceptions: 1 },
    ],
    [
      'inventory:release-preserved',
      'inventory:release-preserved',
      (t) => ({
        input: {
          sku: SKUS.tee,
          lotCode: 'AUD-1',
          locationCode: BINS.cage,
          quantity: 10,
          reason: 'water damage, domestic sale',
          override: APPROVED_BY.supervisor,
        },
        actor: t.actors.clerk,
      }),
      { movements: 1 },
    ],
  ];

  it.each(writes)('%s', (_name, channel, make, expectedRows) => {
    const { input, actor } = make(t);
    const before = records(t);
    const result = t.desk.dispatch(channel, input, { actor });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const after = records(t);
    expect(after).toHaveLength(before.length + 1);
    const record = after.at(-1)!;
    expect(record).toMatchObject({ seq: before.length + 1, action: channel, actor: actor.username, prev_hash: before.at(-1)!.hash });
    expect(rowsUnder(t, record.seq)).toEqual(expectedRows);
  });

  it('reads and sign-ins append nothing', () => {
    const before = t.count('audit_log');
    const signIn = t.desk.dispatch('auth:sign-in', { username: SEED_USERS.clerk.username, password: SEED_USERS.clerk.password }, {});
    const token = signIn.ok ? signIn.value.token : '';
    const reads: [SyncChannel, unknown][] = [
      ['auth:whoami', {}],
      ['items:list', {}],
      ['entries:list', {}],
      ['entries:get', { entryNumber: ENTRIES.a }],
      ['locations:list', {}],
      ['inventory:balances', {}],
      ['exceptions:list', {}],
    ];
    for (const [channel, input] of reads) expect(t.desk.dispatch(channel, input, { token }).ok, channel).toBe(true);
    expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
    expect(t.ok('users:list', {}, t.actors.supervisor).length).toBeGreaterThan(0);
    t.desk.dispatch('auth:sign-out', {}, { token });
    expect(t.count('audit_log')).toBe(before);
  });

  it('the records form a chain from the genesis value, each sealed with a MAC under the ledger key (not the unkeyed hash)', () => {
    const all = records(t);
    const key = Buffer.from(process.env.DRAWBACK_DESK_AUDIT_KEY!, 'hex');
    expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
    all.forEach((r, i) => {
      expect(r.prev_hash).toBe(i === 0 ? GENESIS_HASH : all[i - 1]!.hash);
      const { hash, ...rest } = r;
      expect(keyedRecordMac(key, t.desk.ledger.chain.ledgerUid, rest)).toBe(hash);
      expect(unkeyedRecordHash(rest)).not.toBe(hash);
    });
    expect(new Set(all.map((r) => r.hash)).size).toBe(all.length);
    expect(new Set(all.map((r) => r.uid)).size).toBe(all.length);
  });
});

describe('a failing write leaves neither rows nor a record', () => {
  let t: TestDesk;
  afterEach(() => t.dispose());

  it('when the ledger refuses partway through a receipt (after the entry, line and lot were written)', () => {
    t = createTestDesk({ seed: true });
    // Make SQLite itself refuse the movement row: the last row a receipt writes.
    const db = t.desk.ledger.sqlite;
    db.exec("CREATE TEMP TRIGGER refuse_777 BEFORE INSERT ON main.movements WHEN NEW.quantity = 777 BEGIN SELECT RAISE(ABORT, 'disk said no'); END");
    const counts = () => Object.fromEntries(['audit_log', 'import_entries', 'entry_lines', 'lots', 'movements'].map((table) => [table, t.count(table)]));
    const before = counts();
    const captureEntry = {
      entryNumber: '2024-000555',
      entryType: '01',
      entryDate: '2024-03-01',
      importDate: '2024-02-28',
      portCode: '2704',
      importer: 'Northwind',
      lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 1000, uom: 'EA', enteredValue: '1000', duty: '100' }],
    };
    const request = receipt({ entryNumber: '2024-000555', captureEntry, quantity: 777, lotCode: 'PARTIAL' });
    const r = t.call('receiving:create-receipt', request, t.actors.clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/disk said no/) } });
    expect(counts()).toEqual(before);
    expect(t.call('entries:get', { entryNumber: '2024-000555' }, t.actors.clerk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(verifyAudit(db).ok).toBe(true);
    // the very same request goes through once the ledger accepts it again
    db.exec('DROP TRIGGER temp.refuse_777');
    expect(t.ok('receiving:create-receipt', request, t.actors.clerk).movement.quantity).toBe(777);
    expect(counts()).toEqual({
      ...before,
      audit_log: before.audit_log! + 1,
      import_entries: before.import_entries! + 1,
      entry_lines: before.entry_lines! + 1,
      lots: before.lots! + 1,
      movements: before.movements! + 1,
    });
  });

  it('when the write itself throws after inserting rows', () => {
    t = createTestDesk();
    const before = { records: t.count('audit_log'), locations: t.count('locations') };
    expect(() =>
      withAudit(t.desk.ctx.db, t.desk.ctx, { action: 'locations:add', subject: 'location X', actor: 'system' }, (seq) => {
        t.desk.ctx.db.prepare("INSERT INTO locations (code, description, drawback_segregated, audit_seq) VALUES ('X', '', 0, ?)").run(seq);
        throw new Error('printer jammed');
      }),
    ).toThrow('printer jammed');
    expect({ records: t.count('audit_log'), locations: t.count('locations') }).toEqual(before);
    expect(verifyAudit(t.desk.ledger.sqlite).ok).toBe(true);
  });

  it('another connection never sees the rows without their record', () => {
    t = createTestDesk({ seed: true });
    const reader = rawConnection(t.path, true);
    const locations = () => (reader.prepare("SELECT count(*) AS n FROM locations WHERE code = 'VIS'").get() as { n: number }).n;
    let seenInside: { locations: number; records: number } | undefined;
    withAudit(t.desk.ctx.db, t.desk.ctx, { action: 'locations:add', subject: 'location VIS', actor: 'system' }, (seq) => {
      t.desk.ctx.db.prepare("INSERT INTO locations (code, description, drawback_segregated, audit_seq) VALUES ('VIS', '', 0, ?)").run(seq);
      seenInside = { locations: locations(), records: (reader.prepare('SELECT count(*) AS n FROM audit_log WHERE seq = ?').get(seq) as { n: number }).n };
    });
    expect(seenInside).toEqual({ locations: 0, records: 0 });
    expect(locations()).toBe(1);
    reader.close();
  });
});

describe('verifyAudit on a busy ledger', () => {
  let t: TestDesk;
  beforeAll(() => {
    t = createTestDesk({ seed: true });
  });
  afterAll(() => t.dispose());

  const step = fc.record({
    kind: fc.constantFrom('receive', 'receive', 'receive', 'release', 'repeat'),
    bin: fc.constantFrom(BINS.dock, BINS.shelf, BINS.cage, BINS.cage2),
    preserve: fc.boolean(),
    quantity: fc.integer({ min: 1, max: 40 }),
    lot: fc.constantFrom('P1', 'P2', 'P3'),
  });

  it('passes after any mix of receipts, repeats and releases, checking every row written', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        for (const s of steps) {
          n++;
          const input: ChannelInput<'receiving:create-receipt'> = receipt({
            entryNumber: ENTRIES.b,
            lineNumber: 1,
            sku: SKUS.bolt,
            lotCode: s.lot,
            quantity: s.quantity,
            locationCode: s.bin,
            preserveForDrawback: s.preserve,
            reference: `R-${n}`,
          });
          if (s.kind === 'receive') t.ok('receiving:create-receipt', input, t.actors.clerk);
          else if (s.kind === 'repeat') t.ok('receiving:create-receipt', { ...input, reference: `R-${Math.max(1, n - 1)}` }, t.actors.clerk);
          else {
            const [row] = t.ok('inventory:balances', { sku: SKUS.bolt, lotCode: s.lot, locationCode: s.bin }, t.actors.clerk);
            if (row && row.preserved > 0)
              t.ok(
                'inventory:release-preserved',
                {
                  sku: SKUS.bolt,
                  lotCode: s.lot,
                  locationCode: s.bin,
                  quantity: Math.min(row.preserved, s.quantity),
                  reason: 'released for domestic use',
                  override: APPROVED_BY.supervisor,
                },
                t.actors.clerk,
              );
          }
        }
        const v = verifyAudit(t.desk.ledger.sqlite);
        expect(v).toMatchObject({ ok: true, recordsChecked: t.count('audit_log'), rowsChecked: totalAuditedRows(t) });
      }),
      { numRuns: 25 },
    );
    // and what the balances say adds up to what was received
    const received = (t.desk.ledger.sqlite.prepare("SELECT coalesce(sum(quantity), 0) AS q FROM movements WHERE kind = 'receipt'").get() as { q: number }).q;
    const held = t.ok('inventory:balances', { sku: SKUS.bolt }, t.actors.clerk).reduce((s, r) => s + r.available + r.preserved, 0);
    expect(held).toBe(received);
  });
});
