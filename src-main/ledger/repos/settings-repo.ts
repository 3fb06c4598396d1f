import type { AuditSeq } from '../audit/audit-seq';
import { settingChanges } from '../db/device-schema';
import type { Sqlite } from '../db/open-ledger';
import { ormOf } from './orm';

type SettingChange = typeof settingChanges.$inferSelect;

/** The newest value of every key that was ever set. */
export function latestSettings(db: Sqlite): Pick<SettingChange, 'key' | 'value'>[] {
  return db
    .prepare<[], Pick<SettingChange, 'key' | 'value'>>('SELECT key, value FROM setting_changes WHERE id IN (SELECT MAX(id) FROM setting_changes GROUP BY key)')
    .all();
}

export function insertSettingChange(db: Sqlite, change: Omit<typeof settingChanges.$inferInsert, 'id' | 'auditSeq'>, seq: AuditSeq): void {
  ormOf(db)
    .insert(settingChanges)
    .values({ ...change, auditSeq: seq })
    .run();
}
