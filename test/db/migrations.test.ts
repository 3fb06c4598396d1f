import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDITED_TABLES } from '../../src-main/ledger/audit/covered-tables';
import { withAudit } from '../../src-main/ledger/audit/audit-log';
import { verifyAudit } from '../../src-main/ledger/audit/verify-audit';
import { sequentialIds, steppingClock } from '../../src-main/ledger/clock';
import { createDesk } from '../../src-main/composition-root';
import { findMigrationsFolder } from '../../src-main/ledger/db/open-ledger';
import { REPO_ROOT } from '../helpers/cli';
import * as schema from '../../src-main/ledger/db/schema';
import { createTestDesk, rawConnection, type TestDesk } from '../helpers/test-desk';
import { BINS, ENTRIES, receipt } from '../helpers/seed';

const schemaTables = (Object.values(schema) as unknown[]).filter((t): t is SQLiteTable => t instanceof SQLiteTable).map((t) => getTableConfig(t));

const journal = JSON.parse(readFileSync(join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };

let t: TestDesk | undefined;
const scratch: string[] = [];
afterEach(() => {
  t?.dispose();
  t = undefined;
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a new ledger', () => {
  it('has every table the schema declares, with the declared columns', () => {
    t = createTestDesk();
    const db = t.desk.ledger.sqlite;
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'").all() as { name: string }[]
    ).map((r) => r.name);
    expect(new Set(tables)).toEqual(new Set(schemaTables.map((c) => c.name)));
    for (const config of schemaTables) {
      const columns = (db.prepare(`PRAGMA table_info(${config.name})`).all() as { name: string }[]).map((c) => c.name);
      expect(new Set(columns), `columns of ${config.name}`).toEqual(new Set(config.columns.map((c) => c.name)));
    }
    // the derived balances view is there too
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'view'").all()).toEqual([{ name: 'lot_balances' }]);
  });

  it('puts every table that carries audit_seq under the audit (nothing is written unaudited)', () => {
    const withAuditSeq = schemaTables.filter((c) => c.columns.some((col) => col.name === 'audit_seq')).map((c) => c.name);
    expect(new Set(AUDITED_TABLES)).toEqual(new Set(withAuditSeq));
    // and every table carries it but the audit log itself and the ledger's identity row, which exists
    // before the first record and vouches for itself with a seal under the audit key
    expect(schemaTables.filter((c) => !['audit_log', 'ledger_meta'].includes(c.name) && !withAuditSeq.includes(c.name)).map((c) => c.name)).toEqual([]);
  });

  it('is durable: WAL journal, foreign keys enforced, synchronous FULL', () => {
    t = createTestDesk();
    const db = t.desk.ledger.sqlite;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    // WAL is a property of the file: another connection sees it too
    const other = rawConnection(t.path, true);
    expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
    other.close();
    // foreign keys are really enforced: a lot pointing at no item is refused
    expect(() =>
      db.prepare("INSERT INTO lots (uid, item_id, lot_code, entry_line_id, created_at, audit_seq) VALUES ('x', 999, 'L', 999, 'now', 1)").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('ships migrations in time order (drizzle skips a migration not newer than the last one applied)', () => {
    const when = (JSON.parse(readFileSync(join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: { when: number; idx: number }[] })
      .entries;
    when.forEach((entry, i) => {
      expect(entry.idx).toBe(i);
      if (i > 0) expect(entry.when, `migration ${i}`).toBeGreaterThan(when[i - 1]!.when);
    });
  });

  it('records every shipped migration once', () => {
    t = createTestDesk();
    const applied = t.desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(journal.entries.length);
  });
});

describe('append-only ledger', () => {
  it('refuses to UPDATE or DELETE movements and audit records, even through a raw connection', () => {
    t = createTestDesk({ seed: true });
    t.ok('receiving:create-receipt', receipt({ quantity: 5 }), t.actors.clerk);
    t.close();
    const db = rawConnection(t.path);
    expect(() => db.prepare('UPDATE movements SET quantity = 500').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM movements').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE lots SET lot_code = 'OTHER'").run()).toThrow(/append-only/);
    expect(() => db.prepare('UPDATE entry_lines SET quantity = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE import_entries SET importer = 'x'").run()).toThrow(/append-only/);
    expect((db.prepare('SELECT quantity FROM movements').get() as { quantity: number }).quantity).toBe(5);
    db.close();
  });
});

describe('re-opening and upgrading', () => {
  it('applies nothing twice and keeps every row when the same file is opened again', () => {
    t = createTestDesk({ seed: true });
    t.ok('receiving:create-receipt', receipt({ quantity: 7, locationCode: BINS.cage }), t.actors.clerk);
    const before = { records: t.count('audit_log'), movements: t.count('movements'), migrations: t.count('__drizzle_migrations') };
    for (let i = 0; i < 3; i++) t.reopen();
    expect(t.count('__drizzle_migrations')).toBe(before.migrations);
    expect(t.count('audit_log')).toBe(before.records); // the system actor is not bootstrapped again
    expect(t.count('movements')).toBe(before.movements);
    expect(t.ok('inventory:balances', { entryNumber: ENTRIES.a }, t.actors.clerk)[0]?.preserved).toBe(7);
    expect(verifyAudit(t.desk.ledger.sqlite).ok).toBe(true);
  });

  it('brings a ledger made by an older release up to date without touching its rows', () => {
    // test/fixtures/legacy: a ledger written by the release before keyed audit trails (7 migrations, an unkeyed chain)
    const dir = mkdtempSync(join(tmpdir(), 'drawback-desk-old-'));
    scratch.push(dir);
    const path = join(dir, 'ledger.db');
    copyFileSync(join(REPO_ROOT, 'test', 'fixtures', 'legacy', 'unkeyed-ledger.db'), path);
    const raw = rawConnection(path, true);
    const before = {
      migrations: raw.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number },
      movements: raw.prepare('SELECT * FROM movements ORDER BY id').all(),
      records: raw.prepare('SELECT * FROM audit_log ORDER BY seq').all(),
    };
    raw.close();
    expect(before.migrations.n).toBeLessThan(journal.entries.length);

    // an ordinary open refuses it: its unkeyed chain must be checked and keyed first, by init
    expect(() => createDesk(path, { log: () => {} })).toThrow(/made before audit trails were keyed.*drawback-desk init/);
    const desk = createDesk(path, { log: () => {}, upgradeUnkeyed: true }); // what `init` does
    try {
      const db = desk.ledger.sqlite;
      expect(db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: journal.entries.length });
      expect(db.prepare('SELECT * FROM movements ORDER BY id').all()).toEqual(before.movements);
      expect(db.prepare('SELECT * FROM audit_log ORDER BY seq').all().slice(0, before.records.length)).toEqual(before.records);
      expect(() => db.prepare('DELETE FROM movements').run()).toThrow(/append-only/);
      expect(verifyAudit(db).ok).toBe(true);
    } finally {
      desk.close();
    }
  });

  it('adds the duty-type columns without changing the audit hash of a line written before them', () => {
    // a ledger as the release before duty types made it, with an entry line written the way it wrote them
    const dir = mkdtempSync(join(tmpdir(), 'drawback-desk-types-'));
    scratch.push(dir);
    const before = journal.entries.findIndex((e) => e.tag.endsWith('_duty-types'));
    expect(before).toBeGreaterThan(0);
    const oldMigrations = join(dir, 'migrations-before-types');
    cpSync(findMigrationsFolder(), oldMigrations, { recursive: true });
    writeFileSync(
      join(oldMigrations, 'meta', '_journal.json'),
      JSON.stringify({ ...JSON.parse(readFileSync(join(oldMigrations, 'meta', '_journal.json'), 'utf8')), entries: journal.entries.slice(0, before) }),
    );
    const path = join(dir, 'ledger.db');
    const old = createDesk(path, {
      create: true,
      migrationsFolder: oldMigrations,
      clock: steppingClock('2024-03-01T08:00:00.000Z'),
      ids: sequentialIds('01OLD'),
    });
    withAudit(old.ctx.db, old.ctx, { action: 'entries:add', subject: 'entry 2023-000123', actor: 'system' }, (seq) => {
      const entryId = old.ctx.db
        .prepare(
          "INSERT INTO import_entries (uid, entry_number, entry_type, entry_date, import_date, port_code, importer, broker, bill_of_lading, containers_json, purchase_orders_json, reconciliation_flag, created_at, audit_seq) VALUES ('01OLDENTRY', '2023-000123', '01', '2023-05-02', '2023-05-01', '2704', 'Northwind', '', NULL, '[]', '[]', 0, '2024-03-01T08:00:00.000Z', ?)",
        )
        .run(seq).lastInsertRowid;
      old.ctx.db
        .prepare(
          "INSERT INTO entry_lines (entry_id, line_number, hts10, quantity, uom, entered_value_4dp, duty_4dp, mpf_4dp, hmf_4dp, other_fees_4dp, audit_seq) VALUES (?, 1, '6109100012', 1000, 'EA', 250000000, 50000000, 1042200, 0, 0, ?)",
        )
        .run(entryId, seq);
    });
    expect(verifyAudit(old.ledger.sqlite).ok).toBe(true);
    old.close();

    // the control: had the new columns come with DEFAULT 0, the old line would now read 0 there, its hash
    // would change, and audit verify would report the record as tampered with
    const control = join(dir, 'control.db');
    copyFileSync(path, control);
    const probe = rawConnection(control);
    probe.exec('ALTER TABLE entry_lines ADD antidumping_4dp integer DEFAULT 0');
    probe.close();
    const controlDesk = createDesk(control, { migrationsFolder: oldMigrations, clock: steppingClock('2024-03-01T09:00:00.000Z'), ids: sequentialIds('01CTL') });
    const controlResult = verifyAudit(controlDesk.ledger.sqlite);
    controlDesk.close();
    expect(controlResult.ok).toBe(false);
    expect(JSON.stringify(controlResult.firstBad)).toMatch(/record|row/i);

    t = createTestDesk({ dir });
    expect(verifyAudit(t.desk.ledger.sqlite).ok).toBe(true);
    const line = t.desk.ledger.sqlite.prepare('SELECT duty_4dp, antidumping_4dp, countervailing_4dp, excise_tax_4dp FROM entry_lines').get();
    expect(line).toEqual({ duty_4dp: 50000000, antidumping_4dp: null, countervailing_4dp: null, excise_tax_4dp: null });
  });
});
