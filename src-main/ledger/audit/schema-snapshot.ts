import type { Sqlite } from '../db/open-ledger';
import { indexKeys, ledgerSchemaObjects, tableColumns, tableForeignKeys, tableIndexes, type ColumnInfo } from '../repos/sqlite-catalog-repo';

/**
 * What a database's schema is, read the way SQLite itself sees it: every table with its columns,
 * indexes (the automatic ones of UNIQUE and PRIMARY KEY constraints too) and foreign keys, and every
 * trigger and view with its SQL (read through sqlite-catalog-repo.ts). Two snapshots compare field by
 * field, so a difference is named in words.
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

function describeColumn(c: ColumnInfo): string {
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
  const objects = ledgerSchemaObjects(db);
  const sqlOf = new Map(objects.map((o) => [o.name, o.sql ?? '']));
  for (const o of objects) {
    if (o.type === 'trigger' || o.type === 'view') others.set(`${o.type} ${o.name}`, o.sql ?? '');
    if (o.type !== 'table') continue;
    const columns = new Map(tableColumns(db, o.name).map((c) => [c.name, describeColumn(c)]));
    const indexes = new Map<string, { unique: boolean; text: string }>();
    for (const ix of tableIndexes(db, o.name)) {
      const keys = indexKeys(db, ix.name)
        .map((k) => `${k.name ?? '(expression)'}${k.desc ? ' DESC' : ''}${k.coll === 'BINARY' ? '' : ` COLLATE ${k.coll}`}`)
        .join(', ');
      // A partial index's WHERE clause and an expression index's terms live only in its SQL.
      const text = `${ix.unique ? 'UNIQUE ' : ''}(${keys})${ix.partial || keys.includes('(expression)') ? ` ${sqlOf.get(ix.name) ?? ''}` : ''}`;
      indexes.set(ix.name, { unique: ix.unique === 1, text });
    }
    const foreignKeys = new Set(
      tableForeignKeys(db, o.name).map(
        (f) => `${f.from} -> ${f.table}(${f.to ?? 'its primary key'}) on update ${f.on_update.toLowerCase()} on delete ${f.on_delete.toLowerCase()}`,
      ),
    );
    tables.set(o.name, { sql: o.sql ?? '', columns, indexes, foreignKeys });
  }
  return { tables, others };
}
