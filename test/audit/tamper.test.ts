import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditVerification } from '../../src-shared/domain/ledger';
import { unkeyedRecordHash, type AuditRecordRow } from '../../src-main/ledger/audit/record-seal';
import { digestRowsOf } from '../../src-main/ledger/audit/row-digest';
import { verifyAudit } from '../../src-main/ledger/audit/verify-audit';
import { createDesk } from '../../src-main/composition-root';
import { openAuditedLedger } from '../../src-main/ledger/audit/open-audited-ledger';
import { systemClock, ulidGenerator } from '../../src-main/ledger/clock';
import { otherTool, queryOutside, sqlOutside, tamper } from '../helpers/other-tool';
import { APPROVED_BY, BINS, ENTRIES, receipt, SEED_USERS, SKUS } from '../helpers/seed';
import { createTestDesk, rawConnection, type TestDesk } from '../helpers/test-desk';

/**
 * Someone edits the ledger file with another SQLite tool, behind the app's back. `audit verify`
 * must notice every kind of edit and name the first record that no longer holds.
 */
let original: TestDesk;
let work: string;
let n = 0;

beforeAll(() => {
  original = createTestDesk({ seed: true });
  const { clerk, supervisor } = original.actors;
  for (const lot of ['NW-2305-A', 'NW-2305-B', 'NW-2305-C', 'NW-2305-D'])
    original.ok('receiving:create-receipt', receipt({ quantity: 250, lotCode: lot, locationCode: BINS.cage, reference: `RCPT-${lot}` }), clerk);
  original.ok(
    'receiving:create-receipt',
    receipt({
      quantity: 12,
      lotCode: 'NW-2305-E',
      override: {
        supervisorUsername: SEED_USERS.supervisor.username,
        supervisorPassword: SEED_USERS.supervisor.password,
        reason: 'twelve extra units on the pallet',
      },
    }),
    clerk,
  );
  original.ok(
    'inventory:release-preserved',
    { sku: SKUS.tee, lotCode: 'NW-2305-D', locationCode: BINS.cage, quantity: 50, reason: 'damaged in the cage', override: APPROVED_BY.supervisor },
    clerk,
  );
  original.ok(
    'receiving:create-receipt',
    receipt({ entryNumber: ENTRIES.b, lineNumber: 1, sku: SKUS.bolt, quantity: 5000, lotCode: 'BLT-1', locationCode: BINS.shelf }),
    clerk,
  );
  expect(original.ok('audit:verify', {}, supervisor).ok).toBe(true);
  original.close();
  work = mkdtempSync(join(tmpdir(), 'drawback-desk-tamper-'));
});
afterAll(() => {
  original.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh copy of the intact ledger for one tampering. */
function copyOfLedger(): string {
  const path = join(work, `ledger-${++n}.db`);
  copyFileSync(original.path, path);
  return path;
}

/** What the supervisor sees on the verify screen after reopening the file in the app. */
function verifyInApp(path: string): AuditVerification {
  const desk = createDesk(path, { log: () => {} });
  try {
    const supervisor = desk.ledger.sqlite.prepare("SELECT id AS userId, username, role FROM users WHERE role = 'supervisor' LIMIT 1").get() as {
      userId: number;
      username: string;
      role: 'supervisor';
    };
    const result = desk.dispatch('audit:verify', {}, { actor: supervisor });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  } finally {
    desk.close();
  }
}

const one = <T>(path: string, sql: string) => queryOutside<T>(path, sql)[0]!;
const movementOf = (path: string, lotCode: string) =>
  one<{ id: number; audit_seq: number; quantity: number }>(
    path,
    `SELECT m.id, m.audit_seq, m.quantity FROM movements m JOIN lots l ON l.id = m.lot_id WHERE l.lot_code = '${lotCode}' AND m.kind = 'receipt'`,
  );
const recordCount = (path: string) => one<{ n: number }>(path, 'SELECT count(*) AS n FROM audit_log').n;

function expectBroken(result: AuditVerification, seq: number, reason: RegExp, checked = seq - 1) {
  expect(result.ok).toBe(false);
  expect(result.firstBad?.seq).toBe(seq);
  expect(result.firstBad?.reason).toMatch(new RegExp(`^record ${seq} `));
  expect(result.firstBad?.reason).toMatch(reason);
  // everything before the bad record was checked and found good
  expect(result.recordsChecked).toBe(checked);
}

describe(`tampering with another tool (${otherTool()})`, () => {
  it('an untouched copy verifies', () => {
    const path = copyOfLedger();
    expect(verifyInApp(path)).toMatchObject({ ok: true, recordsChecked: recordCount(path) });
  });

  it('the append-only triggers stop a plain edit from the other tool', () => {
    const path = copyOfLedger();
    const m = movementOf(path, 'NW-2305-B');
    expect(() => sqlOutside(path, `UPDATE movements SET quantity = 2500 WHERE id = ${m.id};`)).toThrow(/append-only/);
    expect(verifyInApp(path).ok).toBe(true);
  });

  it('changing one movement quantity names the record that wrote it', () => {
    const path = copyOfLedger();
    const m = movementOf(path, 'NW-2305-B');
    tamper(path, `UPDATE movements SET quantity = ${m.quantity * 10} WHERE id = ${m.id}`);
    expectBroken(verifyInApp(path), m.audit_seq, /ledger rows it wrote were edited.*movements/);
  });

  it('deleting a movement row names the record that wrote it', () => {
    const path = copyOfLedger();
    const m = movementOf(path, 'NW-2305-C');
    tamper(path, `DELETE FROM movements WHERE id = ${m.id}`);
    expectBroken(verifyInApp(path), m.audit_seq, /edited, deleted or added to/);
  });

  it('inserting a movement under an existing record names that record', () => {
    const path = copyOfLedger();
    const m = movementOf(path, 'NW-2305-A');
    tamper(
      path,
      `INSERT INTO movements (uid, kind, lot_id, quantity, from_location_id, from_bucket, to_location_id, to_bucket, corrects_movement_id, reference, occurred_at, user_id, approver_id, reason, audit_seq)
      SELECT uid || 'X', kind, lot_id, 900, from_location_id, from_bucket, to_location_id, to_bucket, NULL, NULL, occurred_at, user_id, NULL, NULL, audit_seq FROM movements WHERE id = ${m.id}`,
    );
    expectBroken(verifyInApp(path), m.audit_seq, /movements/);
  });

  it('inserting a movement that claims a record which never existed is named too', () => {
    const path = copyOfLedger();
    const m = movementOf(path, 'NW-2305-A');
    const ghost = recordCount(path) + 1;
    tamper(
      path,
      `INSERT INTO movements (uid, kind, lot_id, quantity, to_location_id, to_bucket, occurred_at, user_id, audit_seq)
      SELECT uid || 'G', 'receipt', lot_id, 900, to_location_id, to_bucket, occurred_at, user_id, ${ghost} FROM movements WHERE id = ${m.id}`,
    );
    const result = verifyInApp(path);
    expect(result.ok).toBe(false);
    expect(result.firstBad?.seq).toBe(ghost);
    expect(result.firstBad?.reason).toMatch(new RegExp(`movements row \\d+ claims audit record ${ghost}, which does not exist`));
  });

  it('editing a field of an audit record names that record', () => {
    const path = copyOfLedger();
    const r = one<{ seq: number }>(path, "SELECT seq FROM audit_log WHERE approver IS NOT NULL AND action = 'receiving:create-receipt'");
    tamper(path, `UPDATE audit_log SET reason = 'nothing to see here' WHERE seq = ${r.seq}`);
    expectBroken(verifyInApp(path), r.seq, /the record itself was edited/);
  });

  // Without the key, a tamperer can only recompute the unkeyed hash: the record itself no longer holds.
  it('editing a record and recomputing its hash is caught at that record: it is not sealed with the key', () => {
    const path = copyOfLedger();
    const raw = rawConnection(path, true);
    const target = raw.prepare("SELECT * FROM audit_log WHERE action = 'inventory:release-preserved'").get() as AuditRecordRow;
    raw.close();
    const forged = { ...target, actor: SEED_USERS.admin.username };
    const { hash: _old, ...rest } = forged;
    tamper(path, `UPDATE audit_log SET actor = '${forged.actor}', hash = '${unkeyedRecordHash(rest)}' WHERE seq = ${target.seq}`);
    expectBroken(verifyInApp(path), target.seq, /not sealed with this ledger's audit key/);
  });

  it('recomputing the rows digest and hash after editing rows is caught at that record', () => {
    const path = copyOfLedger();
    const m = movementOf(path, 'NW-2305-A');
    tamper(path, `UPDATE movements SET quantity = 1 WHERE id = ${m.id}`);
    // the tamperer knows the algorithm: re-digests the rows and re-hashes the record
    const raw = rawConnection(path, true);
    const record = raw.prepare('SELECT * FROM audit_log WHERE seq = ?').get(m.audit_seq) as AuditRecordRow;
    const digest = digestRowsOf(raw, m.audit_seq).digest;
    raw.close();
    const { hash: _old, ...rest } = { ...record, rows_digest: digest };
    tamper(path, `UPDATE audit_log SET rows_digest = '${digest}', hash = '${unkeyedRecordHash(rest)}' WHERE seq = ${m.audit_seq}`);
    expectBroken(verifyInApp(path), m.audit_seq, /not sealed with this ledger's audit key/);
  });

  it('deleting an audit record in the middle names the gap', () => {
    const path = copyOfLedger();
    const middle = Math.floor(recordCount(path) / 2);
    tamper(path, `DELETE FROM audit_log WHERE seq = ${middle}`);
    // the first record out of place is the one after the gap; it says which one is missing
    expectBroken(verifyInApp(path), middle + 1, new RegExp(`expected record ${middle} here; records were deleted or reordered`), middle - 1);
  });

  it('deleting the newest audit record leaves its rows claiming a record that is gone', () => {
    const path = copyOfLedger();
    const last = recordCount(path);
    tamper(path, `DELETE FROM audit_log WHERE seq = ${last}`);
    const result = verifyInApp(path);
    expect(result).toMatchObject({ ok: false, recordsChecked: last - 1, firstBad: { seq: last } });
    expect(result.firstBad?.reason).toMatch(new RegExp(`claims audit record ${last}, which does not exist`));
  });

  it('swapping the order of two audit records (rewriting their rowids) names the first', () => {
    const path = copyOfLedger();
    const a = movementOf(path, 'NW-2305-B').audit_seq;
    const b = a + 1;
    tamper(
      path,
      `UPDATE audit_log SET seq = -1 WHERE seq = ${a}; UPDATE audit_log SET seq = ${a} WHERE seq = ${b}; UPDATE audit_log SET seq = ${b} WHERE seq = -1`,
    );
    expect(queryOutside<{ seq: number }>(path, 'SELECT seq FROM audit_log ORDER BY rowid').map((r) => r.seq)).toEqual(
      Array.from({ length: recordCount(path) }, (_, i) => i + 1),
    );
    expectBroken(verifyInApp(path), a, /does not chain|itself was edited/);
  });

  it('promoting a clerk to admin in the users table names the record that added the clerk', () => {
    const path = copyOfLedger();
    const clerk = one<{ audit_seq: number }>(path, `SELECT audit_seq FROM users WHERE username = '${SEED_USERS.clerk.username}'`);
    tamper(path, `UPDATE users SET role = 'admin' WHERE username = '${SEED_USERS.clerk.username}'`);
    expectBroken(verifyInApp(path), clerk.audit_seq, /users/);
  });

  it('inflating the duty on an entry line names the record that added the entry', () => {
    const path = copyOfLedger();
    const line = one<{ audit_seq: number }>(
      path,
      `SELECT el.audit_seq FROM entry_lines el JOIN import_entries e ON e.id = el.entry_id WHERE e.entry_number = '${ENTRIES.a}' AND el.line_number = 1`,
    );
    tamper(path, `UPDATE entry_lines SET duty_4dp = duty_4dp * 2 WHERE audit_seq = ${line.audit_seq} AND line_number = 1`);
    expectBroken(verifyInApp(path), line.audit_seq, /entry_lines/);
  });

  it('a file switched out of WAL by the other tool can still be judged, read-only', () => {
    const path = copyOfLedger();
    const m = movementOf(path, 'NW-2305-B');
    tamper(path, `UPDATE movements SET quantity = 1 WHERE id = ${m.id}`);
    sqlOutside(path, 'PRAGMA journal_mode = DELETE;');
    const ledger = openAuditedLedger(path, { readonly: true, clock: systemClock, ids: ulidGenerator() });
    try {
      expect(ledger.sqlite.pragma('journal_mode', { simple: true })).toBe('delete'); // verifying did not change the file
      expectBroken(verifyAudit(ledger.sqlite), m.audit_seq, /movements/);
    } finally {
      ledger.close();
    }
  });
});

describe('rows planted outside the app for the next record', () => {
  it('are never adopted by the next write: the desk refuses to write until the file is looked at', () => {
    const path = copyOfLedger();
    const next = recordCount(path) + 1;
    const m = movementOf(path, 'NW-2305-A');
    // 900 extra preserved units, claiming the record the app will write next
    tamper(
      path,
      `INSERT INTO movements (uid, kind, lot_id, quantity, to_location_id, to_bucket, occurred_at, user_id, audit_seq)
      SELECT uid || 'P', 'receipt', lot_id, 900, to_location_id, to_bucket, occurred_at, user_id, ${next} FROM movements WHERE id = ${m.id}`,
    );
    const desk = createDesk(path, { log: () => {} });
    try {
      const clerk = desk.ledger.sqlite.prepare(`SELECT id AS userId, username, role FROM users WHERE username = '${SEED_USERS.clerk.username}'`).get() as {
        userId: number;
        username: string;
        role: 'clerk';
      };
      const r = desk.dispatch('receiving:create-receipt', receipt({ entryNumber: ENTRIES.b, lineNumber: 1, sku: SKUS.bolt, quantity: 1, lotCode: 'AFTER' }), {
        actor: clerk,
      });
      expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(new RegExp(`claiming audit record ${next}.*edited outside the app`)) } });
      expect(desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: next - 1 });
    } finally {
      desk.close();
    }
    const result = verifyInApp(path);
    expect(result).toMatchObject({ ok: false, firstBad: { seq: next } });
  });
});

describe('a head the key did not seal', () => {
  it('is never extended: the desk refuses to write on top of an edited newest record', () => {
    const path = copyOfLedger();
    const last = recordCount(path);
    tamper(path, `UPDATE audit_log SET reason = 'edited' WHERE seq = ${last}`);
    const desk = createDesk(path, { log: () => {} });
    try {
      const clerk = desk.ledger.sqlite.prepare(`SELECT id AS userId, username, role FROM users WHERE username = '${SEED_USERS.clerk.username}'`).get() as {
        userId: number;
        username: string;
        role: 'clerk';
      };
      const r = desk.dispatch('receiving:create-receipt', receipt({ entryNumber: ENTRIES.b, lineNumber: 1, sku: SKUS.bolt, quantity: 1, lotCode: 'ON-TOP' }), {
        actor: clerk,
      });
      expect(r).toMatchObject({
        ok: false,
        error: {
          message: expect.stringMatching(
            new RegExp(`the newest audit record \\(${last}\\) is not sealed with this ledger's audit key.*edited outside the app`),
          ),
        },
      });
      expect(desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: last });
    } finally {
      desk.close();
    }
  });
});

describe('changing the schema behind the app', () => {
  const receiveAfter = (path: string, lotCode: string) => {
    const desk = createDesk(path, { log: () => {} });
    try {
      const clerk = desk.ledger.sqlite.prepare(`SELECT id AS userId, username, role FROM users WHERE username = '${SEED_USERS.clerk.username}'`).get() as {
        userId: number;
        username: string;
        role: 'clerk';
      };
      const r = desk.dispatch(
        'receiving:create-receipt',
        receipt({ entryNumber: ENTRIES.b, lineNumber: 1, sku: SKUS.bolt, quantity: 10, lotCode, locationCode: BINS.cage }),
        { actor: clerk },
      );
      if (!r.ok) throw new Error(r.error.message);
      const balance = desk.dispatch('inventory:balances', { lotCode }, { actor: clerk });
      return balance.ok ? balance.value[0]! : undefined;
    } finally {
      desk.close();
    }
  };

  it('a trigger that slips a second movement into every receipt is named', () => {
    const path = copyOfLedger();
    sqlOutside(
      path,
      `CREATE TRIGGER twin AFTER INSERT ON movements WHEN NEW.uid NOT LIKE '%-twin' BEGIN
         INSERT INTO movements (uid, kind, lot_id, quantity, to_location_id, to_bucket, occurred_at, user_id, audit_seq)
         VALUES (NEW.uid || '-twin', NEW.kind, NEW.lot_id, NEW.quantity, NEW.to_location_id, NEW.to_bucket, NEW.occurred_at, NEW.user_id, NEW.audit_seq);
       END;`,
    );
    expect(receiveAfter(path, 'TWIN-LOT')?.preserved).toBe(20); // the balance is doubled
    const result = verifyInApp(path);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({ seq: 0, reason: expect.stringMatching(/schema.*trigger twin/) });
  });

  it('a balances view redefined to inflate preserved stock is named', () => {
    const path = copyOfLedger();
    sqlOutside(
      path,
      `DROP VIEW lot_balances;
       CREATE VIEW lot_balances AS SELECT lot_id, to_location_id AS location_id, to_bucket AS bucket, SUM(quantity) * 2 AS quantity FROM movements WHERE to_location_id IS NOT NULL GROUP BY lot_id, to_location_id, to_bucket;`,
    );
    const result = verifyInApp(path);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({ seq: 0, reason: expect.stringMatching(/schema.*view lot_balances/) });
  });

  it('dropping a guard and the record that its migration was applied is named', () => {
    const path = copyOfLedger();
    sqlOutside(
      path,
      'DELETE FROM __drizzle_migrations WHERE rowid = (SELECT rowid FROM __drizzle_migrations ORDER BY created_at LIMIT 1 OFFSET 1); DROP TRIGGER movements_no_update;',
    );
    expect(verifyInApp(path).firstBad).toMatchObject({
      seq: 0,
      reason: expect.stringMatching(/migration 0001_append-only is not recorded as applied while later ones are .*the record of applied migrations was edited/),
    });
  });

  it('dropping an append-only guard is named', () => {
    const path = copyOfLedger();
    sqlOutside(path, 'DROP TRIGGER movements_no_update;');
    expect(verifyInApp(path).firstBad).toMatchObject({ seq: 0, reason: expect.stringMatching(/trigger movements_no_update/) });
  });
});
