import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMigrationsFolder, type Sqlite } from '../db/open-ledger';

/**
 * The triggers and views the ledger should hold, from the migrations it records as applied (matched
 * by drizzle's hash of each migration file), against the ones it does hold. Rows are proven by the
 * hash chain, but a trigger added behind the app's back rewrites rows as the app writes them (so they
 * are hashed already rewritten), and a redefined view changes every balance without touching a row.
 */
export function schemaDifferences(db: Sqlite, migrationsFolder = findMigrationsFolder()): string[] {
  const applied = new Set((db.prepare('SELECT hash FROM __drizzle_migrations').all() as { hash: string }[]).map((r) => r.hash));
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const expected = new Map<string, string>();
  for (const { tag } of journal.entries) {
    const file = readFileSync(join(migrationsFolder, `${tag}.sql`), 'utf8');
    if (!applied.has(createHash('sha256').update(file).digest('hex'))) continue;
    for (const chunk of file.split('--> statement-breakpoint')) {
      const statement = chunk.replace(/^(\s*--[^\n]*\n)*/, '').trim().replace(/;$/, '').trim();
      const created = /^CREATE\s+(TRIGGER|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?[`"]?(\w+)/i.exec(statement);
      const dropped = /^DROP\s+(TRIGGER|VIEW)\s+(?:IF\s+EXISTS\s+)?[`"]?(\w+)/i.exec(statement);
      if (created) expected.set(`${created[1]!.toLowerCase()} ${created[2]}`, statement);
      if (dropped) expected.delete(`${dropped[1]!.toLowerCase()} ${dropped[2]}`);
    }
  }
  const actual = new Map(
    (db.prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')").all() as { type: string; name: string; sql: string }[]).map((r) => [`${r.type} ${r.name}`, r.sql]),
  );
  const differences: string[] = [];
  for (const [object, sql] of expected) {
    if (!actual.has(object)) differences.push(`${object} was dropped`);
    else if (actual.get(object) !== sql) differences.push(`${object} was redefined`);
  }
  for (const object of actual.keys()) if (!expected.has(object)) differences.push(`${object} was added`);
  return differences.sort();
}
