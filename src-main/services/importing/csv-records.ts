import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecordHandlers {
  /** one record (the header first), with the line it ends on */
  record(values: string[], endLine: number): void;
  /** a record csv-parse could not read (bad quoting, wrong field count); parsing goes on */
  bad(line: number, message: string): void;
}

/** The parser options of every CSV import (and of the benchmark's baseline, so both parse alike). */
export const CSV_OPTIONS = { bom: true, skip_empty_lines: true, skip_records_with_error: true } as const;

/**
 * Parses a whole CSV file synchronously, one record at a time, without keeping the records: the
 * import runs inside one SQLite transaction, where nothing may await, and a million rows need not
 * sit in memory. Records are arrays; the caller maps them by the header.
 */
export function parseCsvRecords(bytes: Buffer, handlers: CsvRecordHandlers): void {
  let headerLength: number | undefined;
  const describe = (error: CsvError) =>
    error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && Array.isArray(error.record)
      ? `this row has ${error.record.length} fields but the header has ${headerLength}; check for a missing or extra comma, and quote values that contain commas`
      : error.message;
  try {
    parse(bytes, {
      ...CSV_OPTIONS,
      on_skip: (error) => {
        if (error) handlers.bad(lineOf(error), describe(error));
        return undefined;
      },
      on_record: (values: string[], info) => {
        headerLength ??= values.length;
        handlers.record(values, info.lines);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    handlers.bad(lineOf(error), describe(error));
  }
}

function lineOf(error: CsvError): number {
  return typeof error.lines === 'number' ? error.lines : 1;
}
