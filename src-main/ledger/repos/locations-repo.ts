import type { Location } from '../../../src-shared/domain/ledger';
import type { LocationInput } from '../../../src-shared/schemas/ledger-inputs';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { locations } from '../db/catalog-schema';
import type { SqlRow } from './sql-row';

export type LocationRow = Pick<SqlRow<typeof locations>, 'id' | 'code' | 'description' | 'drawback_segregated'>;

const COLUMNS = 'id, code, description, drawback_segregated';

export function findLocation(db: Sqlite, code: string): LocationRow | undefined {
  return db.prepare<[string], LocationRow>(`SELECT ${COLUMNS} FROM locations WHERE code = ?`).get(code);
}

export function getLocation(db: Sqlite, id: number): LocationRow | undefined {
  return db.prepare<[number], LocationRow>(`SELECT ${COLUMNS} FROM locations WHERE id = ?`).get(id);
}

export function listLocations(db: Sqlite): Location[] {
  return db.prepare<[], LocationRow>(`SELECT ${COLUMNS} FROM locations ORDER BY code`).all().map(toLocation);
}

export function insertLocation(db: Sqlite, input: LocationInput, auditSeq: AuditSeq): number {
  const info = db
    .prepare('INSERT INTO locations (code, description, drawback_segregated, audit_seq) VALUES (?,?,?,?)')
    .run(input.code, input.description, input.drawbackSegregated ? 1 : 0, auditSeq);
  return Number(info.lastInsertRowid);
}

export function toLocation(row: LocationRow): Location {
  return { code: row.code, description: row.description, drawbackSegregated: row.drawback_segregated === 1 };
}
