import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMigrationsFolder, scratchDatabaseFor, type Sqlite } from '../db/open-ledger';
import { appliedMigrationHashes } from '../repos/sqlite-catalog-repo';
import { schemaSnapshot, type SchemaSnapshot } from './schema-snapshot';

/**
 * The whole schema the ledger should have — tables, columns, indexes, foreign keys, triggers, views —
 * built by running the migrations it records as applied (matched by drizzle's hash of each file) on
 * an empty in-memory database, against the schema it has. Rows are proven by the audit chain, but a
 * trigger added behind the app's back rewrites rows as the app writes them (they are sealed already
 * rewritten), a redefined view changes every balance without touching a row, a dropped UNIQUE index
 * lets the same receipt be recorded twice, and an added column carries data no record vouches for.
 * Generic: nothing here names a table, so new migrations are covered as they come.
 */
export function schemaDifferences(db: Sqlite, migrationsFolder = findMigrationsFolder()): string[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const shipped = journal.entries.map(({ tag }) => {
    const sql = readFileSync(join(migrationsFolder, `${tag}.sql`), 'utf8');
    return { tag, sql, hash: createHash('sha256').update(sql).digest('hex') };
  });
  const applied = new Set(appliedMigrationHashes(db));
  const differences: string[] = [];
  // Migrations apply in order: a gap means the record of applied migrations was edited.
  const firstMissing = shipped.findIndex((m) => !applied.has(m.hash));
  const laterApplied = firstMissing < 0 ? [] : shipped.slice(firstMissing + 1).filter((m) => applied.has(m.hash));
  if (laterApplied.length > 0)
    differences.push(
      `migration ${shipped[firstMissing]!.tag} is not recorded as applied while later ones are (${laterApplied.map((m) => m.tag).join(', ')}): the record of applied migrations was edited`,
    );
  const unknown = [...applied].filter((h) => !shipped.some((m) => m.hash === h)).length;
  if (unknown > 0)
    differences.push(
      `the ledger records ${unknown} applied migration${unknown === 1 ? '' : 's'} this release does not ship (edited, or made by a newer release)`,
    );
  const expected = pristineSchema(
    db,
    shipped.filter((m) => applied.has(m.hash)),
  );
  return [...differences, ...compareSchemas(expected, schemaSnapshot(db))].sort();
}

const pristine = new Map<string, SchemaSnapshot>();

/** The schema these migrations make on an empty database (built once per set of migrations). */
function pristineSchema(like: Sqlite, migrations: { sql: string; hash: string }[]): SchemaSnapshot {
  const cacheKey = migrations.map((m) => m.hash).join(',');
  let snapshot = pristine.get(cacheKey);
  if (!snapshot) {
    const scratch = scratchDatabaseFor(like);
    try {
      for (const m of migrations) for (const statement of m.sql.split('--> statement-breakpoint')) if (statement.trim()) scratch.exec(statement);
      snapshot = schemaSnapshot(scratch);
    } finally {
      scratch.close();
    }
    pristine.set(cacheKey, snapshot);
  }
  return snapshot;
}

function compareSchemas(expected: SchemaSnapshot, actual: SchemaSnapshot): string[] {
  const out: string[] = [];
  for (const [name, want] of expected.tables) {
    const have = actual.tables.get(name);
    if (!have) {
      out.push(`table ${name} was dropped`);
      continue;
    }
    const before = out.length;
    for (const [column, def] of want.columns) {
      const got = have.columns.get(column);
      if (got === undefined) out.push(`column ${column} was dropped from table ${name}`);
      else if (got !== def) out.push(`column ${column} of table ${name} was changed (${def} became ${got})`);
    }
    for (const column of have.columns.keys()) if (!want.columns.has(column)) out.push(`column ${column} was added to table ${name}`);
    for (const [index, def] of want.indexes) {
      const got = have.indexes.get(index);
      if (!got) out.push(`${def.unique ? 'unique ' : ''}index ${index} on ${name} was dropped`);
      else if (got.text !== def.text) out.push(`index ${index} on ${name} was changed (${def.text} became ${got.text})`);
    }
    for (const [index, def] of have.indexes) if (!want.indexes.has(index)) out.push(`${def.unique ? 'unique ' : ''}index ${index} on ${name} was added`);
    for (const fk of want.foreignKeys) if (!have.foreignKeys.has(fk)) out.push(`foreign key ${fk} of table ${name} was dropped`);
    for (const fk of have.foreignKeys) if (!want.foreignKeys.has(fk)) out.push(`foreign key ${fk} was added to table ${name}`);
    // Same columns, indexes and keys but other SQL: a CHECK or another constraint was changed.
    if (out.length === before && have.sql !== want.sql) out.push(`table ${name} was redefined (its constraints differ from the migrations')`);
  }
  for (const name of actual.tables.keys()) if (!expected.tables.has(name)) out.push(`table ${name} was added`);
  for (const [object, sql] of expected.others) {
    if (!actual.others.has(object)) out.push(`${object} was dropped`);
    else if (actual.others.get(object) !== sql) out.push(`${object} was redefined`);
  }
  for (const object of actual.others.keys()) if (!expected.others.has(object)) out.push(`${object} was added`);
  return out;
}
