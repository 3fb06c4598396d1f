// An attacker's script, run as its own process: `node --import tsx reseal-unkeyed.ts LEDGER FROM_SEQ`.
// It re-seals the audit trail of an edited ledger file with the unkeyed algorithm the project once
// published (SHA-256 over the previous hash and the record's fields, with the rows digest taken
// from the project's own code): every record from FROM_SEQ on gets a fresh rows digest, prev_hash and
// hash, so an unkeyed chain verifies again. Against a keyed chain this must not be enough.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { digestRowsOf } from '../../src-main/ledger/audit/row-digest';

interface Row {
  seq: number;
  uid: string;
  at: string;
  actor: string;
  approver: string | null;
  action: string;
  subject: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  rows_digest: string;
  prev_hash: string;
  hash: string;
}

const unkeyedHash = (r: Omit<Row, 'hash'>) =>
  createHash('sha256')
    .update(r.prev_hash)
    .update('\n')
    .update(JSON.stringify([r.seq, r.uid, r.at, r.actor, r.approver, r.action, r.subject, r.before_json, r.after_json, r.reason, r.rows_digest]))
    .digest('hex');

const [path, fromArg] = process.argv.slice(2);
if (!path || !fromArg) throw new Error('usage: reseal-unkeyed.ts LEDGER FROM_SEQ');
const from = Number(fromArg);
const db = new Database(path);
const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
db.transaction(() => {
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  let prev = (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(from - 1) as { hash: string } | undefined)?.hash ?? '0'.repeat(64);
  for (const record of db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(from) as Row[]) {
    const { hash: _old, ...rest } = { ...record, rows_digest: digestRowsOf(db, record.seq).digest, prev_hash: prev };
    prev = unkeyedHash(rest);
    db.prepare('UPDATE audit_log SET rows_digest = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(rest.rows_digest, rest.prev_hash, prev, record.seq);
  }
  for (const t of triggers) db.exec(t.sql);
})();
db.close();
