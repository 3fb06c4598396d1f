import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDITED_TABLES } from '../../src-main/ledger/audit/covered-tables';
import { REPO_ROOT, runCli } from '../helpers/cli';
import { queryOutside, sqlOutside, tamper } from '../helpers/other-tool';
import { BINS, receipt, SEED_USERS, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';
import { supervisorOverride } from '../helpers/claims';

/**
 * Issue 10, tried as an attacker at the desk would: a clerk's sign-in, the ledger file in hand, the
 * sqlite3 tool, a script that knows the published algorithms, and the CLI to ask `audit verify`.
 */
let original: TestDesk;
let work: string;
let n = 0;

beforeAll(() => {
  original = createTestDesk({ seed: true });
  const { clerk } = original.actors;
  for (const lot of ['A-1', 'A-2', 'A-3'])
    original.ok('receiving:create-receipt', receipt({ quantity: 100, lotCode: lot, locationCode: BINS.cage, reference: `R-${lot}` }), clerk);
  original.ok(
    'inventory:release-preserved',
    { sku: SKUS.tee, lotCode: 'A-1', locationCode: BINS.cage, quantity: 10, reason: 'damaged', override: supervisorOverride('damaged') },
    clerk,
  );
  original.ok('receiving:create-receipt', receipt({ quantity: 40, lotCode: 'A-4', locationCode: BINS.cage, reference: 'R-A-4' }), clerk);
  original.ok('receiving:create-receipt', receipt({ quantity: 50, lotCode: 'A-5', locationCode: BINS.cage, reference: 'R-A-5' }), clerk);
  original.close();
  work = mkdtempSync(join(tmpdir(), 'drawback-desk-attack-'));
});
afterAll(() => {
  original.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the ledger with whatever lies beside it (the anchor log), as the attacker finds it. */
function copyOfDesk(): string {
  const path = join(work, `ledger-${++n}.db`);
  copyFileSync(original.path, path);
  if (existsSync(`${original.path}.anchors`)) copyFileSync(`${original.path}.anchors`, `${path}.anchors`);
  return path;
}

const one = <T>(path: string, sql: string) => queryOutside<T>(path, sql)[0]!;
const head = (path: string) => one<{ seq: number }>(path, 'SELECT max(seq) AS seq FROM audit_log').seq;

/** The attacker's own script, in its own process: re-seals every record from `from` on, unkeyed. */
function resealUnkeyed(path: string, from: number): void {
  execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'test', 'helpers', 'reseal-unkeyed.ts'), path, String(from)], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
}

describe('item 2: re-sealing the chain without the key', () => {
  it('a movement quantity and a record actor edited, every hash recomputed: verify names the first edited record', async () => {
    const path = copyOfDesk();
    const m = one<{ id: number; audit_seq: number }>(
      path,
      "SELECT m.id, m.audit_seq FROM movements m JOIN lots l ON l.id = m.lot_id WHERE l.lot_code = 'A-2' AND m.kind = 'receipt'",
    );
    const release = one<{ seq: number }>(path, "SELECT seq FROM audit_log WHERE action = 'inventory:release-preserved'");
    tamper(
      path,
      `UPDATE movements SET quantity = 1000 WHERE id = ${m.id}; UPDATE audit_log SET actor = '${SEED_USERS.clerk.username}' WHERE seq = ${release.seq}`,
    );
    const first = Math.min(m.audit_seq, release.seq);
    resealUnkeyed(path, first);
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^audit trail BROKEN at record ${first} .*not sealed with this ledger's audit key`));
  });

  it('re-sealing the whole chain from record 1 is caught at record 1', async () => {
    const path = copyOfDesk();
    tamper(path, `UPDATE audit_log SET reason = 'nothing happened' WHERE action = 'inventory:release-preserved'`);
    resealUnkeyed(path, 1);
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(/^audit trail BROKEN at record 1 .*not sealed with this ledger's audit key/);
  });
});

describe('item 3: the end of the ledger cut off', () => {
  it('deleting the newest records with every row they wrote is caught by the anchor log beside the ledger', async () => {
    const path = copyOfDesk();
    const last = head(path);
    const cutFrom = last - 1;
    tamper(path, [...AUDITED_TABLES.map((t) => `DELETE FROM ${t} WHERE audit_seq >= ${cutFrom}`), `DELETE FROM audit_log WHERE seq >= ${cutFrom}`].join(';\n'));
    expect(head(path)).toBe(cutFrom - 1);
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^audit trail BROKEN at record ${cutFrom} .*records ${cutFrom} to ${last} are missing.*anchor log`));
  });
});

describe('item 7: the whole schema is checked against the migrations', () => {
  it('a dropped UNIQUE index is named', async () => {
    const path = copyOfDesk();
    sqlOutside(path, 'DROP INDEX movements_reference;');
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(/schema.*unique index movements_reference on movements was dropped/);
  });

  it('an added column is named', async () => {
    const path = copyOfDesk();
    sqlOutside(path, 'ALTER TABLE movements ADD COLUMN note TEXT;');
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(/schema.*column note was added to table movements/);
  });

  it('an added table and an added index are named', async () => {
    const path = copyOfDesk();
    sqlOutside(path, 'CREATE TABLE shadow (id INTEGER PRIMARY KEY, quantity INTEGER); CREATE INDEX lots_code_shadow ON lots (lot_code);');
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(/table shadow was added/);
    expect(r.stderr).toMatch(/index lots_code_shadow on lots was added/);
  });

  it('a column made nullable (the table rebuilt without NOT NULL) is named', async () => {
    const path = copyOfDesk();
    const sql = one<{ sql: string }>(path, "SELECT sql FROM sqlite_master WHERE name = 'items'").sql;
    const loosened = sql.replace(/(`description` text) NOT NULL/, '$1');
    expect(loosened).not.toBe(sql);
    sqlOutside(
      path,
      `PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = '${loosened.replaceAll("'", "''")}' WHERE name = 'items'; PRAGMA writable_schema = OFF;`,
    );
    const r = await runCli(['audit', 'verify', '--db', path]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(/column description of table items was changed/);
  });
});
