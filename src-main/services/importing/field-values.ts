import type { ColumnSpec } from './import-kinds';
import type { IssueSink, RowRef } from './import-issues';

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/**
 * Turns one raw record (CSV text, or JSON values) into the shape the zod schemas read, in place (it
 * runs for every row of a million-row file): blanks become absent so schema defaults apply, flags
 * become booleans, lists become arrays. A flag it cannot read is reported and left absent, so the
 * schema does not report it a second time.
 */
export function toSchemaInput(columns: readonly ColumnSpec[], raw: Record<string, unknown>, issues: IssueSink, at: RowRef): Record<string, unknown> {
  for (const column of columns) {
    const value = raw[column.name];
    if (value === undefined) continue;
    if (value === null || (typeof value === 'string' && value.trim() === '')) raw[column.name] = undefined;
    else if (column.type === 'flag') {
      const flag = toFlag(value);
      if (flag === undefined) issues.add(at, column.name, `write true or false (yes/no and 1/0 also work), not ${JSON.stringify(value)}`);
      raw[column.name] = flag;
    } else if (column.type === 'list') raw[column.name] = toList(value);
  }
  return raw;
}

export function toFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}

/** Containers and purchase orders: a JSON array, or text separated by `;` or `|`. */
function toList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
