import { parseCsvRecords } from './csv-records';
import type { ColumnSpec } from './import-kinds';
import { CsvRowRef, fileRef, JsonRowRef, startLine, type IssueSink, type RowRef } from './import-issues';

/** Receives each row of a file as named raw values, in file order; null when the row cannot be read. */
export type RowSink = (raw: Record<string, unknown> | null, at: RowRef) => void;

/** The header line: issues about columns, and rows that cannot be read for want of one. */
export const HEADER = fileRef('1');

/** CSV: the header (line 1) names the columns, in any order and any letter case. */
export function readCsvRows(bytes: Buffer, columns: readonly ColumnSpec[], issues: IssueSink, sink: RowSink): void {
  let names: (string | undefined)[] | undefined;
  let usable = true;
  let previousEnd = 0;
  parseCsvRecords(bytes, {
    record(values, endLine) {
      // Only a record that does not follow straight on from the last one can span lines.
      const line = endLine - previousEnd > 1 ? startLine(endLine, values) : endLine;
      previousEnd = endLine;
      if (!names) {
        names = mapHeader(values, columns, issues);
        usable = columns.every((c) => !c.required || names!.includes(c.name));
        return;
      }
      // Without a required column every row would fail alike: the header error says it once.
      if (!usable) return sink(null, HEADER);
      const raw: Record<string, unknown> = {};
      for (let i = 0; i < values.length; i++) {
        const name = names[i];
        if (name !== undefined) raw[name] = values[i];
      }
      sink(raw, new CsvRowRef(line));
    },
    bad(line, message) {
      previousEnd = line;
      const at = fileRef(String(line));
      issues.add(at, 'row', message);
      sink(null, at);
    },
  });
  if (!names) issues.add(HEADER, 'header', `the file is empty; the first line names the columns: ${columns.map((c) => c.name).join(',')}`);
}

function mapHeader(header: string[], columns: readonly ColumnSpec[], issues: IssueSink): (string | undefined)[] {
  const byLowerName = new Map(columns.map((c) => [c.name.toLowerCase(), c.name]));
  const seen = new Set<string>();
  const names = header.map((h) => {
    const name = byLowerName.get(h.trim().toLowerCase());
    if (name === undefined) issues.add(HEADER, h.trim() || '(blank)', `unknown column; the columns are ${columns.map((c) => c.name).join(', ')}`);
    else if (seen.has(name)) issues.add(HEADER, name, 'this column appears twice');
    else {
      seen.add(name);
      return name;
    }
    return undefined;
  });
  for (const c of columns) if (c.required && !seen.has(c.name)) issues.add(HEADER, c.name, 'required column is missing from the header');
  return names;
}

/** Request fields the desk accepts from a person but never from a file. */
const NOT_FROM_FILES: Record<string, string> = {
  override: "a file cannot carry a supervisor's approval; receive lines over the entry quantity at the desk",
  captureEntry: 'a file cannot capture entries on the spot; import the entries first',
};

/** JSON: an array of objects whose fields are the column names. */
export function readJsonRows(bytes: Buffer, columns: readonly ColumnSpec[], issues: IssueSink, sink: RowSink): void {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    issues.add(fileRef(String(jsonErrorLine(text, message))), 'json', `not valid JSON: ${message.replace(/\n/g, '\\n')}`);
    return;
  }
  if (!Array.isArray(data)) {
    issues.add(fileRef('1'), 'json', 'the file must hold a JSON array of objects, one per row');
    return;
  }
  const known = new Set(columns.map((c) => c.name));
  data.forEach((row: unknown, i) => {
    const at = new JsonRowRef(i);
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      issues.add(at, 'row', 'each element must be an object with named fields');
      return sink(null, at);
    }
    // Object.hasOwn: a key such as "__proto__" or "constructor" must not find Object.prototype's members
    for (const key of Object.keys(row))
      if (!known.has(key))
        issues.add(
          at,
          key,
          (Object.hasOwn(NOT_FROM_FILES, key) ? NOT_FROM_FILES[key] : undefined) ?? `unknown field ${key}; the fields are ${[...known].join(', ')}`,
        );
    sink(row as Record<string, unknown>, at);
  });
}

/**
 * V8 names the character position of some JSON syntax errors; for others it quotes the text around
 * the bad token, which is found in the file when it occurs once. People need the line.
 */
function jsonErrorLine(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  let at = position ? Number(position[1]) : -1;
  if (message.includes('end of JSON input')) at = text.length;
  // The quote starts 10 characters before the bad token when it begins with "...".
  const quoted = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  const context = quoted?.[2];
  if (at < 0 && context && text.indexOf(context) === text.lastIndexOf(context)) at = text.indexOf(context) + (quoted[1] ? 10 : 0);
  if (at < 0) return 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
