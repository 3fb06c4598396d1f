import type { Location } from '../../../src-shared/domain/ledger';
import type { LocationInput } from '../../../src-shared/schemas/ledger-inputs';
import type { Sqlite } from '../db/open-ledger';

export interface LocationRow {
  id: number;
  code: string;
  description: string;
  drawback_segregated: number;
}

export function findLocation(db: Sqlite, code: string): LocationRow | undefined {
  return db.prepare('SELECT id, code, description, drawback_segregated FROM locations WHERE code = ?').get(code) as LocationRow | undefined;
}

export function listLocations(db: Sqlite): Location[] {
  return (db.prepare('SELECT id, code, description, drawback_segregated FROM locations ORDER BY code').all() as LocationRow[]).map(toLocation);
}

export function insertLocation(db: Sqlite, input: LocationInput, auditSeq: number): number {
  const info = db
    .prepare('INSERT INTO locations (code, description, drawback_segregated, audit_seq) VALUES (?,?,?,?)')
    .run(input.code, input.description, input.drawbackSegregated ? 1 : 0, auditSeq);
  return Number(info.lastInsertRowid);
}

export function toLocation(row: LocationRow): Location {
  return { code: row.code, description: row.description, drawbackSegregated: row.drawback_segregated === 1 };
}
