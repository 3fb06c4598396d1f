import type { z } from 'zod';
import { toSchemaInput } from '../../importing/field-values';
import type { ColumnSpec } from '../../importing/import-kinds';
import { describeRef, type ImportIssues, type RowRef } from '../../importing/import-issues';
import { readCsvRows, readJsonRows } from '../../importing/row-sources';
import { schemaIssues } from '../../importing/schema-issues';

/**
 * How a post-entry file becomes checked records, on the import framework's readers: JSON is an array
 * of records, each with its nested `lines` (or `entries`); CSV is one row per nested line with the
 * record's header repeated, grouped by the key column. Every problem goes to `issues` by line and
 * field; the caller writes nothing when there is any.
 */
export interface RecordShape<T> {
  schema: z.ZodType<T>;
  /** the CSV column (and JSON field) that names a record: rows with the same value are one record */
  keyColumn: string;
  header: readonly ColumnSpec[];
  /** the nested list (JSON field name and its CSV columns), when records have one */
  nested?: { name: string; columns: readonly ColumnSpec[] };
  /** money fields: a JSON number with decimals there is a float, refused */
  money: readonly string[];
  /** "entry B76-0324527-8", to say which record appears twice */
  describe(key: string): string;
  key(record: T): string;
}

export interface ReadRecord<T> {
  value: T;
  at: RowRef;
}

const shown = (v: unknown) => JSON.stringify(typeof v === 'string' ? v.trim() : (v ?? ''));
const pick = (values: Record<string, unknown>, columns: readonly ColumnSpec[]) =>
  Object.fromEntries(columns.filter((c) => values[c.name] !== undefined).map((c) => [c.name, values[c.name]]));

export function readRecords<T>(
  bytes: Buffer,
  format: 'csv' | 'json',
  shape: RecordShape<T>,
  issues: ImportIssues,
): { records: ReadRecord<T>[]; rowsRead: number } {
  const records: ReadRecord<T>[] = [];
  const seen = new Map<string, RowRef>();
  const accept = (input: Record<string, unknown>, at: RowRef, locate: (path: (string | number)[]) => { at: RowRef; field: string }) => {
    const parsed = shape.schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of schemaIssues(parsed.error, input)) {
        const spot = locate(issue.path);
        issues.add(spot.at, spot.field || 'row', issue.message);
      }
      return;
    }
    const key = shape.key(parsed.data);
    const first = seen.get(key);
    if (first)
      return issues.add(
        at,
        shape.keyColumn,
        `${shape.describe(key)} is already on ${describeRef(first)} of this file; list it once (a re-filing or a later version goes in a file of its own)`,
      );
    seen.set(key, at);
    records.push({ value: parsed.data, at });
  };
  let rowsRead = 0;
  if (format === 'json') {
    const columns = shape.nested ? [...shape.header, { name: shape.nested.name, type: 'nested' as const, required: true }] : shape.header;
    readJsonRows(bytes, columns, issues, (raw, at) => {
      rowsRead++;
      if (!raw) return;
      const input = toSchemaInput(shape.header, raw, issues, at);
      checkJsonMoney(input, shape.money, at, issues, '');
      if (shape.nested) checkNested(input[shape.nested.name], shape, at, issues);
      accept(input, at, (path) => ({ at, field: path.join('.') }));
    });
    return { records, rowsRead };
  }
  const columns = shape.nested ? [...shape.header, ...shape.nested.columns] : shape.header;
  const groups = new Map<string, { header: Record<string, unknown>; at: RowRef; rows: { values: Record<string, unknown>; at: RowRef }[] }>();
  readCsvRows(bytes, columns, issues, (raw, at) => {
    rowsRead++;
    if (!raw) return;
    const values = toSchemaInput(columns, raw, issues, at);
    if (!shape.nested) return accept(values, at, (path) => ({ at, field: path.join('.') }));
    const key = typeof values[shape.keyColumn] === 'string' ? (values[shape.keyColumn] as string).trim().toUpperCase() : '';
    if (key === '') return issues.add(at, shape.keyColumn, `${shape.keyColumn} is required`);
    const header = pick(values, shape.header);
    const group = groups.get(key);
    if (!group) return void groups.set(key, { header, at, rows: [{ values: pick(values, shape.nested.columns), at }] });
    for (const { name } of shape.header) {
      if (shown(header[name]) !== shown(group.header[name]))
        issues.add(
          at,
          name,
          `${shape.describe(key)} says ${shown(group.header[name])} on ${describeRef(group.at)} but ${shown(header[name])} here; every row of it repeats the same ${name}`,
        );
    }
    group.rows.push({ values: pick(values, shape.nested.columns), at });
  });
  const nested = shape.nested?.name;
  for (const group of groups.values()) {
    accept({ ...group.header, [nested!]: group.rows.map((r) => r.values) }, group.at, (path) => {
      const row = path[0] === nested && typeof path[1] === 'number' ? group.rows[path[1]] : undefined;
      return row ? { at: row.at, field: path.slice(2).join('.') } : { at: group.at, field: path.join('.') };
    });
  }
  return { records, rowsRead };
}

/** Nested lines of a JSON record: objects with known fields only, amounts with decimals as strings. */
function checkNested(list: unknown, shape: RecordShape<unknown>, at: RowRef, issues: ImportIssues): void {
  if (!Array.isArray(list) || !shape.nested) return;
  const known = new Set(shape.nested.columns.map((c) => c.name));
  list.forEach((item: unknown, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    const fields = item as Record<string, unknown>;
    for (const key of Object.keys(fields))
      if (!known.has(key)) issues.add(at, `${shape.nested!.name}.${i}.${key}`, `unknown field; a line has ${[...known].join(', ')}`);
    checkJsonMoney(fields, shape.money, at, issues, `${shape.nested!.name}.${i}.`);
  });
}

function checkJsonMoney(fields: Record<string, unknown>, money: readonly string[], at: RowRef, issues: ImportIssues, prefix: string): void {
  for (const name of money) {
    const value = fields[name];
    if (typeof value !== 'number' || Number.isInteger(value)) continue;
    issues.add(at, `${prefix}${name}`, `write amounts with decimals as strings, e.g. "${value}": a JSON number with decimals is a float`);
    fields[name] = String(value); // reported once here, not again by the schema
  }
}
