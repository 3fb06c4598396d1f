import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Sqlite } from '../db/open-ledger';

const orms = new WeakMap<Sqlite, BetterSQLite3Database>();

/**
 * Drizzle's query builder over a connection, for the repos' plain one-table reads and writes: the
 * columns and row types come from the schema, so nothing is cast. Made once per connection (or per
 * statement-cache view of it). Hot paths (imports, joins over many tables) keep prepared raw SQL.
 */
export function ormOf(db: Sqlite): BetterSQLite3Database {
  let orm = orms.get(db);
  if (!orm) orms.set(db, (orm = drizzle(db)));
  return orm;
}
