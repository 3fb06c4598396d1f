import { toSchemaInput } from './field-values';
import { importEntry } from './entry-candidates';
import { columnsFor, ENTRY_HEADER_COLUMNS, ENTRY_LINE_COLUMNS } from './import-kinds';
import { describeRef, type RowRef } from './import-issues';
import type { ImportRun, RowImporter } from './import-run';

interface EntryGroup {
  header: Record<string, unknown>;
  at: RowRef;
  lines: { values: Record<string, unknown>; at: RowRef }[];
}

const pick = (values: Record<string, unknown>, names: readonly { name: string }[]) =>
  Object.fromEntries(names.filter((c) => values[c.name] !== undefined).map((c) => [c.name, values[c.name]]));
const shown = (v: unknown) => JSON.stringify(typeof v === 'string' ? v.trim() : (v ?? ''));

/**
 * Entries CSV: one row per entry line, the entry header repeated on each. Rows are grouped by entry
 * number (in any order); every row must repeat the same header, and each entry is checked whole.
 */
export function entryCsvImporter(run: ImportRun): RowImporter {
  const columns = columnsFor('entries', 'csv');
  const groups = new Map<string, EntryGroup>();
  return {
    row(raw, at) {
      const values = toSchemaInput(columns, raw, run.issues, at);
      const key = typeof values.entryNumber === 'string' ? values.entryNumber.trim().toUpperCase() : '';
      if (key === '') return run.issues.add(at, 'entryNumber', 'entryNumber is required');
      const header = pick(values, ENTRY_HEADER_COLUMNS);
      const group = groups.get(key);
      if (!group) groups.set(key, { header, at, lines: [{ values: pick(values, ENTRY_LINE_COLUMNS), at }] });
      else {
        for (const { name } of ENTRY_HEADER_COLUMNS) {
          if (shown(header[name]) === shown(group.header[name])) continue;
          run.issues.add(
            at,
            name,
            `entry ${key} says ${shown(group.header[name])} on ${describeRef(group.at)} but ${shown(header[name])} here; every row of an entry repeats the same header`,
          );
        }
        group.lines.push({ values: pick(values, ENTRY_LINE_COLUMNS), at });
      }
    },
    finish() {
      const seen = new Map<string, RowRef>();
      for (const group of groups.values()) {
        importEntry(run, seen, {
          input: { ...group.header, lines: group.lines.map((l) => l.values) },
          rows: group.lines.length,
          at: group.at,
          locate(path) {
            const line = path[0] === 'lines' && typeof path[1] === 'number' ? group.lines[path[1]] : undefined;
            return line ? { at: line.at, field: path.slice(2).join('.') || 'lineNumber' } : { at: group.at, field: path.join('.') };
          },
        });
      }
    },
  };
}

const LINE_NAMES = new Set(ENTRY_LINE_COLUMNS.map((c) => c.name));
const MONEY_NAMES = ['enteredValue', 'duty', 'antidumpingDuty', 'countervailingDuty', 'exciseTax', 'mpf', 'hmf', 'otherFees'];

/** Entries JSON: an array of entries, each with its `lines`. */
export function entryJsonImporter(run: ImportRun): RowImporter {
  const columns = columnsFor('entries', 'json');
  const seen = new Map<string, RowRef>();
  return {
    row(raw, at) {
      const input = toSchemaInput(columns, raw, run.issues, at);
      if (Array.isArray(input.lines)) input.lines.forEach((line: unknown, i) => checkJsonLine(run, at, line, i));
      importEntry(run, seen, { input, rows: 1, at, locate: (path) => ({ at, field: path.join('.') }) });
    },
    finish() {},
  };
}

/** Amounts with decimals must be strings in JSON: a JSON number with decimals is a float. */
function checkJsonLine(run: ImportRun, at: RowRef, line: unknown, i: number): void {
  if (line === null || typeof line !== 'object') return;
  const fields = line as Record<string, unknown>;
  for (const key of Object.keys(fields))
    if (!LINE_NAMES.has(key)) run.issues.add(at, `lines.${i}.${key}`, `unknown field; a line has ${[...LINE_NAMES].join(', ')}`);
  for (const name of MONEY_NAMES) {
    const value = fields[name];
    if (typeof value !== 'number' || Number.isInteger(value)) continue;
    run.issues.add(at, `lines.${i}.${name}`, `write amounts with decimals as strings, e.g. "${value}": a JSON number with decimals is a float`);
    fields[name] = String(value); // reported once here, not again by the schema
  }
}
