import type { Sqlite } from '../db/open-ledger';

/**
 * What a database's schema is, read the way SQLite itself sees it: every table with its columns,
 * indexes (the automatic ones of UNIQUE and PRIMARY KEY constraints too) and foreign keys, and every
 * trigger and view with its SQL. Two snapshots compare field by field, so a difference is named in words.
 */
export interface TableShape {
  sql: string;
  /** column name -> "TYPE NOT NULL DEFAULT x PK1" */
  columns: Map<string, string>;
  /** index name -> its definition (unique, columns, partial clause) */
  indexes: Map<string, { unique: boolean; text: string }>;
  foreignKeys: Set<string>;
}

export interface SchemaSnapshot {
  tables: Map<string, TableShape>;
  /** "trigger name" / "view name" -> sql */
  others: Map<string, string>;
}

/** drizzle's bookkeeping and SQLite's own tables are not part of the ledger's schema. */
const OURS = "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations'";

function describeColumn(c: { type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }): string {
  return [
    c.type || '(no type)',
    c.notnull ? 'NOT NULL' : 'NULL',
    c.dflt_value === null ? '' : `DEFAULT ${c.dflt_value}`,
    c.pk ? `PRIMARY KEY #${c.pk}` : '',
    c.hidden ? `HIDDEN ${c.hidden}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function schemaSnapshot(db: Sqlite): SchemaSnapshot {
  const tables = new Map<string, TableShape>();
  const others = new Map<string, string>();
  const objects = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE ${OURS} ORDER BY type, name`).all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  const sqlOf = new Map(objects.map((o) => [o.name, o.sql ?? '']));
  for (const o of objects) {
    if (o.type === 'trigger' || o.type === 'view') others.set(`${o.type} ${o.name}`, o.sql ?? '');
    if (o.type !== 'table') continue;
    const columns = new Map(
      (
        db.prepare('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)').all(o.name) as {
          name: string;
          type: string;
          notnull: number;
          dflt_value: string | null;
          pk: number;
          hidden: number;
        }[]
      ).map((c) => [c.name, describeColumn(c)]),
    );
    const indexes = new Map<string, { unique: boolean; text: string }>();
    for (const ix of db.prepare('SELECT name, "unique", origin, partial FROM pragma_index_list(?)').all(o.name) as {
      name: string;
      unique: number;
      origin: string;
      partial: number;
    }[]) {
      const keys = (
        db.prepare('SELECT name, "desc", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno').all(ix.name) as {
          name: string | null;
          desc: number;
          coll: string;
        }[]
      )
        .map((k) => `${k.name ?? '(expression)'}${k.desc ? ' DESC' : ''}${k.coll === 'BINARY' ? '' : ` COLLATE ${k.coll}`}`)
        .join(', ');
      // A partial index's WHERE clause and an expression index's terms live only in its SQL.
      const text = `${ix.unique ? 'UNIQUE ' : ''}(${keys})${ix.partial || keys.includes('(expression)') ? ` ${sqlOf.get(ix.name) ?? ''}` : ''}`;
      indexes.set(ix.name, { unique: ix.unique === 1, text });
    }
    const foreignKeys = new Set(
      (
        db.prepare('SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(o.name) as {
          table: string;
          from: string;
          to: string | null;
          on_update: string;
          on_delete: string;
        }[]
      ).map((f) => `${f.from} -> ${f.table}(${f.to ?? 'its primary key'}) on update ${f.on_update.toLowerCase()} on delete ${f.on_delete.toLowerCase()}`),
    );
    tables.set(o.name, { sql: o.sql ?? '', columns, indexes, foreignKeys });
  }
  return { tables, others };
}
