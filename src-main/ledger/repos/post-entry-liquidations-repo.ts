import type { AuditSeq } from '../audit/audit-seq';
import type { LiquidationInput } from '../../../src-shared/schemas/post-entry-inputs';
import type { Sqlite } from '../db/open-ledger';
import type { followUpSettlements, liquidationNotices } from '../db/post-entry-schema';
import type { SqlRow } from './sql-row';
import { scaledInteger } from './post-entry-scaled';

/** Liquidation notices, extensions and suspensions, and the settlements of the bills and refunds they lead to. */

/** A notice as the follow-up reads it (COLUMNS). */
export type NoticeRow = Pick<
  SqlRow<typeof liquidationNotices>,
  'id' | 'uid' | 'entry_number' | 'kind' | 'notice_date' | 'change' | 'amount_4dp' | 'liquidated_total_4dp' | 'extended_to' | 'reason' | 'created_at'
>;

export type SettlementRow = Pick<SqlRow<typeof followUpSettlements>, 'liquidation_id' | 'settled_on' | 'reference' | 'note' | 'at'>;

export function hasNotice(db: Sqlite, entryNumber: string, contentHash: string): boolean {
  return db.prepare('SELECT 1 FROM liquidation_notices WHERE entry_number = ? AND content_hash = ?').get(entryNumber, contentHash) !== undefined;
}

export function insertNotice(
  db: Sqlite,
  input: LiquidationInput,
  meta: { uid: string; contentHash: string; createdAt: string; userId: number },
  auditSeq: AuditSeq,
): number {
  const money = (v: string | undefined) => (v === undefined ? null : scaledInteger(v));
  return Number(
    db
      .prepare(
        `INSERT INTO liquidation_notices (uid, entry_number, kind, notice_date, change, amount_4dp, liquidated_total_4dp, extended_to, reason, content_hash, created_at, user_id, audit_seq)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(
        meta.uid,
        input.entryNumber,
        input.kind,
        input.date,
        input.change ?? null,
        input.kind === 'liquidation' ? (money(input.amount) ?? 0) : null,
        money(input.liquidatedTotal),
        input.extendedTo ?? null,
        input.reason ?? null,
        meta.contentHash,
        meta.createdAt,
        meta.userId,
        auditSeq,
      ).lastInsertRowid,
  );
}

const COLUMNS = 'id, uid, entry_number, kind, notice_date, change, amount_4dp, liquidated_total_4dp, extended_to, reason, created_at';

/** Notices of one entry, or of all, in the order they were posted. */
export function notices(db: Sqlite, entryNumber?: string): NoticeRow[] {
  const where = entryNumber ? 'WHERE entry_number = ?' : '';
  return db
    .prepare<string[], NoticeRow>(`SELECT ${COLUMNS} FROM liquidation_notices ${where} ORDER BY entry_number, notice_date, id`)
    .all(...(entryNumber ? [entryNumber] : []));
}

export function findNoticeByUid(db: Sqlite, uid: string): NoticeRow | undefined {
  return db.prepare<[string], NoticeRow>(`SELECT ${COLUMNS} FROM liquidation_notices WHERE uid = ?`).get(uid);
}

export function insertSettlement(
  db: Sqlite,
  s: { liquidationId: number; settledOn: string; reference: string; note: string | null; at: string; userId: number },
  auditSeq: AuditSeq,
): void {
  db.prepare('INSERT INTO follow_up_settlements (liquidation_id, settled_on, reference, note, at, user_id, audit_seq) VALUES (?,?,?,?,?,?,?)').run(
    s.liquidationId,
    s.settledOn,
    s.reference,
    s.note,
    s.at,
    s.userId,
    auditSeq,
  );
}

export function settlements(db: Sqlite): Map<number, SettlementRow> {
  const rows = db.prepare<[], SettlementRow>('SELECT liquidation_id, settled_on, reference, note, at FROM follow_up_settlements').all();
  return new Map(rows.map((r) => [r.liquidation_id, r]));
}
