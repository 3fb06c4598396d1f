import type { Sqlite } from '../db/open-ledger';

/**
 * What SQLite says about a database's own shape: sqlite_master, the table and index pragmas, and
 * drizzle's record of applied migrations. Read by the schema check (schema-snapshot.ts), by the
 * ledger-file check before a file is used as a ledger, and by `audit verify` to skip tables an old
 * ledger does not have yet. Rows are typed as SQLite's pragma tables name their columns.
 */

/** drizzle's bookkeeping and SQLite's own tables are not part of the ledger's schema. */
const OURS = "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations'";

export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

/** Every table, index, trigger and view of the ledger's own schema, by type and name. */
export function ledgerSchemaObjects(db: Sqlite): SchemaObject[] {
  return db.prepare<[], SchemaObject>(`SELECT type, name, sql FROM sqlite_master WHERE ${OURS} ORDER BY type, name`).all();
}

export interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
  hidden: number;
}

export function tableColumns(db: Sqlite, table: string): ColumnInfo[] {
  return db.prepare<[string], ColumnInfo>('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)').all(table);
}

export interface IndexInfo {
  name: string;
  unique: number;
  origin: string;
  partial: number;
}

/** A table's indexes, the automatic ones of UNIQUE and PRIMARY KEY constraints too. */
export function tableIndexes(db: Sqlite, table: string): IndexInfo[] {
  return db.prepare<[string], IndexInfo>('SELECT name, "unique", origin, partial FROM pragma_index_list(?)').all(table);
}

export interface IndexKey {
  /** null for an expression */
  name: string | null;
  desc: number;
  coll: string;
}

/** An index's key columns in order (not the rowid it carries). */
export function indexKeys(db: Sqlite, index: string): IndexKey[] {
  return db.prepare<[string], IndexKey>('SELECT name, "desc", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno').all(index);
}

export interface ForeignKeyInfo {
  table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

export function tableForeignKeys(db: Sqlite, table: string): ForeignKeyInfo[] {
  return db
    .prepare<[string], ForeignKeyInfo>('SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq')
    .all(table);
}

/** The names of every table, SQLite's own included. */
export function tableNames(db: Sqlite): string[] {
  return db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
}

/** The names of the tables a program made (not SQLite's own), sorted: what a file holds, in words. */
export function userTableNames(db: Sqlite): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((r) => r.name);
}

/** drizzle's hash of each migration file recorded as applied. */
export function appliedMigrationHashes(db: Sqlite): string[] {
  return db
    .prepare<[], { hash: string }>('SELECT hash FROM __drizzle_migrations')
    .all()
    .map((r) => r.hash);
}

/** How many migrations have been applied to an open ledger (drizzle's journal table). */
export function appliedMigrationCount(sqlite: Sqlite): number {
  return sqlite.prepare<[], number>('SELECT count(*) FROM __drizzle_migrations').pluck().get()!;
}
