import type { Bucket, Movement, MovementKind } from '../../../src-shared/domain/ledger';
import type { Sqlite } from '../db/open-ledger';

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

export function insertMovement(db: Sqlite, m: NewMovement, auditSeq: number): number {
  const info = db
    .prepare(INSERT)
    .run(m.uid, m.kind, m.lotId, m.quantity, m.from?.locationId ?? null, m.from?.bucket ?? null, m.to?.locationId ?? null, m.to?.bucket ?? null, m.correctsMovementId ?? null, m.reference ?? null, m.occurredAt, m.userId, m.approverId ?? null, m.reason ?? null, auditSeq);
  return Number(info.lastInsertRowid);
}

export function findMovementIdByReference(db: Sqlite, reference: string): number | undefined {
  return (db.prepare('SELECT id FROM movements WHERE reference = ?').get(reference) as { id: number } | undefined)?.id;
}

/** The entry line whose duty the moved lot carries (its import provenance). */
export function movementProvenance(db: Sqlite, id: number): { entryNumber: string; lineNumber: number } {
  return db
    .prepare(
      `SELECT e.entry_number AS entryNumber, el.line_number AS lineNumber FROM movements m JOIN lots l ON l.id = m.lot_id
       JOIN entry_lines el ON el.id = l.entry_line_id JOIN import_entries e ON e.id = el.entry_id WHERE m.id = ?`,
    )
    .get(id) as { entryNumber: string; lineNumber: number };
}

interface MovementView {
  uid: string;
  kind: MovementKind;
  sku: string;
  lot_code: string;
  quantity: number;
  from_location: string | null;
  from_bucket: Bucket | null;
  to_location: string | null;
  to_bucket: Bucket | null;
  corrects_uid: string | null;
  reference: string | null;
  occurred_at: string;
  username: string;
  approver: string | null;
  reason: string | null;
}

export function getMovement(db: Sqlite, id: number): Movement {
  const row = db
    .prepare(
      `SELECT m.uid, m.kind, i.sku, l.lot_code, m.quantity, fl.code AS from_location, m.from_bucket, tl.code AS to_location, m.to_bucket,
              c.uid AS corrects_uid, m.reference, m.occurred_at, u.username, a.username AS approver, m.reason
       FROM movements m JOIN lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id JOIN users u ON u.id = m.user_id
       LEFT JOIN users a ON a.id = m.approver_id LEFT JOIN locations fl ON fl.id = m.from_location_id
       LEFT JOIN locations tl ON tl.id = m.to_location_id LEFT JOIN movements c ON c.id = m.corrects_movement_id
       WHERE m.id = ?`,
    )
    .get(id) as MovementView;
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
