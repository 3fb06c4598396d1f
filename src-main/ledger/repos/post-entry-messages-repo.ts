import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { statusMessages } from '../db/post-entry-schema';
import type { SqlRow } from './sql-row';

/** Customs status messages in the ledger: kept as received, one row per distinct message. */

export interface NewStatusMessage {
  messageKey: string;
  entryNumber: string | null;
  billOfLading: string | null;
  dispositionCode: string;
  category: string | null;
  unknownCode: boolean;
  postedAt: string | null;
  quantity: string | null;
  port: string | null;
  source: 'x12-350' | 'csv';
  sourceRef: string;
  raw: string;
}

type Message = SqlRow<typeof statusMessages>;

/** A message as the screens read it (COLUMNS). */
export type StatusMessageRow = Pick<
  Message,
  | 'id'
  | 'entry_number'
  | 'bill_of_lading'
  | 'disposition_code'
  | 'category'
  | 'unknown_code'
  | 'posted_at'
  | 'quantity'
  | 'port'
  | 'source'
  | 'source_ref'
  | 'raw'
>;

/**
 * A writer for many messages in one transaction: one prepared statement, reused. Returns whether the
 * message was new; a message the ledger already holds (same key) is left as it is.
 */
export function statusMessageWriter(db: Sqlite, auditSeq: AuditSeq): (m: NewStatusMessage) => boolean {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO status_messages (message_key, entry_number, bill_of_lading, disposition_code, category, unknown_code, posted_at, quantity, port, source, source_ref, raw, audit_seq)
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  return (m) =>
    insert.run(
      m.messageKey,
      m.entryNumber,
      m.billOfLading,
      m.dispositionCode,
      m.category,
      m.unknownCode ? 1 : 0,
      m.postedAt,
      m.quantity,
      m.port,
      m.source,
      m.sourceRef,
      m.raw,
      auditSeq,
    ).changes === 1;
}

const COLUMNS = 'id, entry_number, bill_of_lading, disposition_code, category, unknown_code, posted_at, quantity, port, source, source_ref, raw';

/** An entry's messages, with those that name only one of its bills of lading, oldest first. */
export function messagesForEntry(db: Sqlite, entryNumber: string, bills: readonly string[]): StatusMessageRow[] {
  const byBill = bills.length > 0 ? `OR (entry_number IS NULL AND bill_of_lading IN (${bills.map(() => '?').join(',')}))` : '';
  return db
    .prepare<string[], StatusMessageRow>(`SELECT ${COLUMNS} FROM status_messages WHERE entry_number = ? ${byBill} ORDER BY posted_at, id`)
    .all(entryNumber, ...bills);
}

export interface MessageFilter {
  entryNumber?: string;
  codes?: { include: readonly string[] };
  unknownOnly?: boolean;
  limit: number;
}

/** Messages newest first, optionally of one entry, of some codes, or with unknown codes only. */
export function listMessages(db: Sqlite, filter: MessageFilter): StatusMessageRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.entryNumber) {
    where.push('entry_number = ?');
    args.push(filter.entryNumber);
  }
  if (filter.unknownOnly) where.push('unknown_code = 1');
  if (filter.codes) {
    where.push(`disposition_code IN (${filter.codes.include.map(() => '?').join(',') || "''"})`);
    args.push(...filter.codes.include);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return db
    .prepare<unknown[], StatusMessageRow>(`SELECT ${COLUMNS} FROM status_messages ${clause} ORDER BY posted_at DESC, id DESC LIMIT ?`)
    .all(...args, filter.limit);
}

/** The distinct disposition codes in the ledger (to turn critical-code rules into a code list). */
export function messageCodes(db: Sqlite): { code: Message['disposition_code']; category: Message['category']; unknown: boolean }[] {
  return db
    .prepare<[], { code: Message['disposition_code']; category: Message['category']; unknown: Message['unknown_code'] }>(
      'SELECT disposition_code AS code, MAX(category) AS category, MAX(unknown_code) AS unknown FROM status_messages GROUP BY disposition_code',
    )
    .all()
    .map((r) => ({ ...r, unknown: r.unknown === 1 }));
}

/** The first release posted for each entry (YYYY-MM-DD...), from messages whose code is a release. */
export function firstReleases(db: Sqlite, entryNumber?: string): Map<string, string> {
  const where = entryNumber ? 'entry_number = ?' : 'entry_number IS NOT NULL';
  const rows = db
    .prepare<string[], [string, string]>(
      `SELECT entry_number, MIN(posted_at) FROM status_messages WHERE category = 'release' AND ${where} AND posted_at IS NOT NULL GROUP BY entry_number`,
    )
    .raw(true)
    .all(...(entryNumber ? [entryNumber] : []));
  return new Map(rows);
}

/** How many messages each entry has. */
export function messageCounts(db: Sqlite): Map<string, number> {
  const rows = db
    .prepare<[], [string, number]>('SELECT entry_number, COUNT(*) FROM status_messages WHERE entry_number IS NOT NULL GROUP BY entry_number')
    .raw(true)
    .all();
  return new Map(rows);
}

/** The newest message of each of these entries. */
export function latestMessages(db: Sqlite, entryNumbers: readonly string[]): Map<string, StatusMessageRow> {
  const latest = new Map<string, StatusMessageRow>();
  const statement = db.prepare<[string], StatusMessageRow>(
    `SELECT ${COLUMNS} FROM status_messages WHERE entry_number = ? ORDER BY posted_at DESC, id DESC LIMIT 1`,
  );
  for (const entry of new Set(entryNumbers)) {
    const row = statement.get(entry);
    if (row) latest.set(entry, row);
  }
  return latest;
}

/** The newest message's id (0 when there is none): the mark the alerts count new messages from. */
export function lastMessageId(db: Sqlite): number {
  return (db.prepare('SELECT COALESCE(MAX(id), 0) FROM status_messages').pluck().get() as number) ?? 0;
}

/** Messages written after a mark, oldest first, of these codes (the critical ones). */
export function messagesAfter(db: Sqlite, afterId: number, codes: readonly string[], limit: number): StatusMessageRow[] {
  if (codes.length === 0) return [];
  return db
    .prepare(`SELECT ${COLUMNS} FROM status_messages WHERE id > ? AND disposition_code IN (${codes.map(() => '?').join(',')}) ORDER BY id LIMIT ?`)
    .all(afterId, ...codes, limit) as StatusMessageRow[];
}

/** The distinct codes (with their category) of the messages after one mark up to another. */
export function codesBetween(db: Sqlite, afterId: number, upToId: number): { code: string; category: string | null }[] {
  return db
    .prepare('SELECT disposition_code AS code, MAX(category) AS category FROM status_messages WHERE id > ? AND id <= ? GROUP BY disposition_code')
    .all(afterId, upToId) as { code: string; category: string | null }[];
}
