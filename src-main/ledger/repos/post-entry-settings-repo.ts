import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { postEntrySettings } from '../db/post-entry-schema';
import type { SqlRow } from './sql-row';

type Setting = SqlRow<typeof postEntrySettings>;

/** Post-entry settings rows: append-only, a key's newest row wins. */

export function postEntrySettingValues(db: Sqlite): Map<string, string> {
  const rows = db
    .prepare<[], [Setting['key'], Setting['value_json']]>(
      'SELECT key, value_json FROM post_entry_settings WHERE id IN (SELECT MAX(id) FROM post_entry_settings GROUP BY key)',
    )
    .raw(true)
    .all();
  return new Map(rows);
}

export function insertPostEntrySetting(db: Sqlite, row: { key: string; valueJson: string; at: string; userId: number }, auditSeq: AuditSeq): void {
  db.prepare('INSERT INTO post_entry_settings (key, value_json, at, user_id, audit_seq) VALUES (?,?,?,?,?)').run(
    row.key,
    row.valueJson,
    row.at,
    row.userId,
    auditSeq,
  );
}
