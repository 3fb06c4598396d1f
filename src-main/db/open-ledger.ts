import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Drizzle = BetterSQLite3Database<typeof schema>;

export interface OpenLedgerOptions {
  /** Folder holding drizzle's migrations; found next to the package by default. */
  migrationsFolder?: string;
  /** better-sqlite3 addon built for another runtime (Electron's ABI) than the one running now. */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface Ledger {
  sqlite: Sqlite;
  orm: Drizzle;
  path: string;
  close(): void;
}

/** Opens (creating if needed) the ledger file, sets durable pragmas, applies pending migrations. */
export function openLedger(path: string, options: OpenLedgerOptions = {}): Ledger {
  const absolute = resolve(path);
  if (!options.readonly) mkdirSync(dirname(absolute), { recursive: true });
  const sqlite = new Database(absolute, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  // Setting the journal mode writes to the file: a read-only open (audit verify) judges the file as it is.
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL: a committed receipt survives power loss, not just a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  const orm = drizzle(sqlite, { schema });
  if (!options.readonly) migrate(orm, { migrationsFolder: options.migrationsFolder ?? findMigrationsFolder() });
  return { sqlite, orm, path: absolute, close: () => sqlite.close() };
}

/** Walks up from this file to the package root's resources/migrations (works from src and from out/). */
export function findMigrationsFolder(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'resources', 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find resources/migrations above ${start}`);
    dir = parent;
  }
}
