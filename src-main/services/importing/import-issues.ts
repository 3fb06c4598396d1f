import { AppError, type FieldIssue } from '../../../src-shared/errors';

/** Where a row sits in its file: a CSV line number (header = line 1) or a JSON array index. */
export interface RowRef {
  label(): string;
}

/** A CSV record by the line it starts on. */
export class CsvRowRef implements RowRef {
  constructor(readonly line: number) {}
  label(): string {
    return String(this.line);
  }
}

/** csv-parse reports the line a record ends on; quoted values may span lines, so count back. */
export function startLine(endLine: number, values: readonly string[]): number {
  let breaks = 0;
  for (const v of values) for (let i = v.indexOf('\n'); i !== -1; i = v.indexOf('\n', i + 1)) breaks++;
  return endLine - breaks;
}

export class JsonRowRef implements RowRef {
  constructor(readonly index: number) {}
  label(): string {
    return `[${this.index}]`;
  }
}

/** "line 12" or "element [3]", for messages that point at another row. */
export function describeRef(ref: RowRef): string {
  const label = ref.label();
  return label.startsWith('[') ? `element ${label}` : `line ${label}`;
}

export const fileRef = (label: string): RowRef => ({ label: () => label });

/** Shown in full up to this many; the rest are counted. */
export const LISTED_ISSUES = 1000;

/** Where readers report a row's problems: ImportIssues, or the receipt reader worker's batch. */
export interface IssueSink {
  add(at: RowRef, field: string, message: string): void;
}

/** Every error in a file, each as `FILE:LINE:FIELD: message`; a file with any error is rejected whole. */
export class ImportIssues implements IssueSink {
  private readonly listed: FieldIssue[] = [];
  private readonly badRows = new Set<RowRef>();
  count = 0;

  constructor(readonly file: string) {}

  add(at: RowRef, field: string, message: string): void {
    this.count++;
    this.badRows.add(at);
    if (this.listed.length < LISTED_ISSUES) this.listed.push({ field: `${this.file}:${at.label()}:${field}`, message });
  }

  rejection(rowsRead: number): AppError {
    const more = this.count - this.listed.length;
    const issues = more > 0 ? [...this.listed, { field: this.file, message: `and ${more} more errors not listed` }] : this.listed;
    const errors = this.count === 1 ? '1 error' : `${this.count} errors`;
    return new AppError(
      'IMPORT_REJECTED',
      `${this.file} was not imported: ${errors} in ${this.badRows.size} of ${rowsRead} rows; nothing from the file was written. Fix the rows listed and import the file again.`,
      issues,
    );
  }
}
