import type { UserSummary } from '../../../src-shared/domain/ledger';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { users } from '../db/users-schema';
import type { SqlRow } from './sql-row';

export type UserRow = Pick<SqlRow<typeof users>, 'id' | 'username' | 'display_name' | 'role' | 'password_hash'>;
const COLUMNS = 'id, username, display_name, role, password_hash';

/** The built-in actor for the CLI and migrations; it has no password and cannot sign in. */
export const SYSTEM_USERNAME = 'system';

export function findUser(db: Sqlite, username: string): UserRow | undefined {
  return db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE username = ?`).get(username);
}

export function findUserById(db: Sqlite, id: number): UserRow | undefined {
  return db.prepare<[number], UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id);
}

export function listUsers(db: Sqlite): UserSummary[] {
  return db
    .prepare<[], UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY username`)
    .all()
    .filter((u) => u.username !== SYSTEM_USERNAME)
    .map(toUserSummary);
}

export function insertUser(db: Sqlite, row: Omit<UserRow, 'id'> & { created_at: string; audit_seq: AuditSeq }): number {
  const info = db
    .prepare(
      'INSERT INTO users (username, display_name, role, password_hash, created_at, audit_seq) VALUES (@username, @display_name, @role, @password_hash, @created_at, @audit_seq)',
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export function toUserSummary(row: UserRow): UserSummary {
  return { username: row.username, displayName: row.display_name, role: row.role };
}
