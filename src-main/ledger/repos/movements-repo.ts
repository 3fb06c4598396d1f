import type { Bucket, Movement, MovementKind } from '../../../src-shared/domain/ledger';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { locations } from '../db/catalog-schema';
import type { importEntries, entryLines } from '../db/entries-schema';
import type { movements } from '../db/inventory-schema';
import type { users } from '../db/users-schema';
import type { SqlRow } from './sql-row';

type MovementSqlRow = SqlRow<typeof movements>;

export interface NewMovement {
  uid: string;
  kind: MovementKind;
  lotId: number;
  quantity: number;
  from: { locationId: number; bucket: Bucket } | null;
  to: { locationId: number; bucket: Bucket } | null;
  correctsMovementId?: number | null;
  reference?: string | null;
  occurredAt: string;
  userId: number;
  approverId?: number | null;
  reason?: string | null;
}

const INSERT = `INSERT INTO movements (uid, kind, lot_id, quantity, from_location_id, from_bucket, to_location_id, to_bucket,
  corrects_movement_id, reference, occurred_at, user_id, approver_id, reason, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`;

export function insertMovement(db: Sqlite, m: NewMovement, auditSeq: AuditSeq): number {
  const info = db
    .prepare(INSERT)
    .run(
      m.uid,
      m.kind,
      m.lotId,
      m.quantity,
      m.from?.locationId ?? null,
      m.from?.bucket ?? null,
      m.to?.locationId ?? null,
      m.to?.bucket ?? null,
      m.correctsMovementId ?? null,
      m.reference ?? null,
      m.occurredAt,
      m.userId,
      m.approverId ?? null,
      m.reason ?? null,
      auditSeq,
    );
  return Number(info.lastInsertRowid);
}

export function findMovementIdByReference(db: Sqlite, reference: string): number | undefined {
  return db.prepare<unknown[], Pick<MovementSqlRow, 'id'>>('SELECT id FROM movements WHERE reference = ?').get(reference)?.id;
}

/** The entry line whose duty the moved lot carries (its import provenance). */
export function movementProvenance(db: Sqlite, id: number): { entryNumber: string; lineNumber: number } {
  return db
    .prepare<unknown[], { entryNumber: SqlRow<typeof importEntries>['entry_number']; lineNumber: SqlRow<typeof entryLines>['line_number'] }>(
      `SELECT e.entry_number AS entryNumber, el.line_number AS lineNumber FROM movements m JOIN lots l ON l.id = m.lot_id
       JOIN entry_lines el ON el.id = l.entry_line_id JOIN import_entries e ON e.id = el.entry_id WHERE m.id = ?`,
    )
    .get(id)!;
}

type MovementView = Pick<MovementSqlRow, 'uid' | 'kind' | 'quantity' | 'from_bucket' | 'to_bucket' | 'reference' | 'occurred_at' | 'reason'> & {
  sku: string;
  lot_code: string;
  from_location: string | null;
  to_location: string | null;
  corrects_uid: string | null;
  username: string;
  approver: string | null;
};

export function getMovement(db: Sqlite, id: number): Movement {
  const row = db
    .prepare<unknown[], MovementView>(
      `SELECT m.uid, m.kind, i.sku, l.lot_code, m.quantity, fl.code AS from_location, m.from_bucket, tl.code AS to_location, m.to_bucket,
              c.uid AS corrects_uid, m.reference, m.occurred_at, u.username, a.username AS approver, m.reason
       FROM movements m JOIN lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id JOIN users u ON u.id = m.user_id
       LEFT JOIN users a ON a.id = m.approver_id LEFT JOIN locations fl ON fl.id = m.from_location_id
       LEFT JOIN locations tl ON tl.id = m.to_location_id LEFT JOIN movements c ON c.id = m.corrects_movement_id
       WHERE m.id = ?`,
    )
    .get(id)!;
  return {
    id: row.uid,
    kind: row.kind,
    sku: row.sku,
    lotCode: row.lot_code,
    quantity: row.quantity,
    from: row.from_location && row.from_bucket ? { location: row.from_location, bucket: row.from_bucket } : null,
    to: row.to_location && row.to_bucket ? { location: row.to_location, bucket: row.to_bucket } : null,
    correctsMovementId: row.corrects_uid,
    reference: row.reference,
    occurredAt: row.occurred_at,
    user: row.username,
    approver: row.approver,
    reason: row.reason,
  };
}

/** What a reversal reads of the movement it undoes. */
export type MovementToReverse = Pick<
  MovementSqlRow,
  'id' | 'kind' | 'lot_id' | 'quantity' | 'from_location_id' | 'from_bucket' | 'to_location_id' | 'to_bucket'
>;

export function findMovementToReverse(db: Sqlite, uid: string): MovementToReverse | undefined {
  return db
    .prepare<unknown[], MovementToReverse>(
      'SELECT id, kind, lot_id, quantity, from_location_id, from_bucket, to_location_id, to_bucket FROM movements WHERE uid = ?',
    )
    .get(uid);
}

/** The reversal that already undid a movement, if any. */
export function reversalOf(db: Sqlite, movementId: number): Pick<MovementSqlRow, 'uid'> | undefined {
  return db.prepare<unknown[], Pick<MovementSqlRow, 'uid'>>("SELECT uid FROM movements WHERE kind = 'reversal' AND corrects_movement_id = ?").get(movementId);
}

/** A lot's first receipt (the one an SSCC issued later is tied to). */
export function firstReceiptOfLot(db: Sqlite, lotId: number): Pick<MovementSqlRow, 'id'> | undefined {
  return db.prepare<unknown[], Pick<MovementSqlRow, 'id'>>("SELECT id FROM movements WHERE lot_id = ? AND kind = 'receipt' ORDER BY id LIMIT 1").get(lotId);
}

export type LotReceipt = Pick<MovementSqlRow, 'uid' | 'occurred_at' | 'quantity' | 'reference'> &
  Pick<SqlRow<typeof locations>, 'code'> &
  Pick<SqlRow<typeof users>, 'username'>;

/** A lot's receipts, oldest first, with the bin and the person (the claim line's evidence). */
export function receiptsOfLot(db: Sqlite, lotId: number): LotReceipt[] {
  return db
    .prepare<unknown[], LotReceipt>(
      `SELECT m.uid, m.occurred_at, m.quantity, loc.code, u.username, m.reference FROM movements m JOIN locations loc ON loc.id = m.to_location_id JOIN users u ON u.id = m.user_id
       WHERE m.lot_id = ? AND m.kind = 'receipt' ORDER BY m.id LIMIT 200`,
    )
    .all(lotId);
}

/** What one lot holds in one bucket of one bin: everything that flowed in less everything that flowed out. */
export function quantityAt(db: Sqlite, lotId: number, locationId: number, bucket: Bucket): number {
  return db
    .prepare<[{ lot: number; loc: number; bucket: Bucket }], { q: number }>(
      `SELECT COALESCE(SUM(CASE WHEN to_location_id = @loc AND to_bucket = @bucket THEN quantity ELSE 0 END), 0)
            - COALESCE(SUM(CASE WHEN from_location_id = @loc AND from_bucket = @bucket THEN quantity ELSE 0 END), 0) AS q
       FROM movements WHERE lot_id = @lot`,
    )
    .get({ lot: lotId, loc: locationId, bucket })!.q;
}

/** References per query: far below SQLite's limit on bound parameters (32766). */
const CHUNK = 500;
const REFERENCES_SQL = `SELECT reference, id FROM movements WHERE reference IN (${Array.from({ length: CHUNK }, () => '?').join(',')})`;

/**
 * The ledger's movements that already carry any of a batch's references, by reference: one indexed
 * query per 500 rows instead of one per row (better-sqlite3's per-call cost was most of it). Asked
 * per batch, before its rows are written; that is exact because a reference seen for the first time
 * in the file cannot have been written by an earlier row of it (repeats are caught by the reader).
 * For the same reason a ledger that held no reference before the import needs no look-up at all.
 * Prepared raw SQL on purpose: it runs for every batch of a million-row import (npm run bench:import).
 */
export function ledgerReferences(db: Sqlite): (references: readonly string[]) => Map<string, number> {
  const none = new Map<string, number>();
  const any = db.prepare('SELECT 1 FROM movements WHERE reference IS NOT NULL LIMIT 1').get() !== undefined;
  if (!any) return () => none;
  const statement = db.prepare<[(string | null)[]], [string, number]>(REFERENCES_SQL).raw(true);
  const params: (string | null)[] = new Array<string | null>(CHUNK);
  return (references) => {
    const found = new Map<string, number>();
    for (let start = 0; start < references.length; start += CHUNK) {
      // The last chunk is padded with NULL, which `IN` never matches.
      for (let i = 0; i < CHUNK; i++) params[i] = references[start + i] ?? null;
      for (const [reference, id] of statement.all(params)) found.set(reference, id);
    }
    return found;
  };
}
