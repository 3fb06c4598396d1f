import type { ImportFormat } from './import-kinds';
import type { MessagePort } from 'node:worker_threads';

/**
 * What the receipt reader worker (parse + schema, receipt-parse-worker.ts) sends the writing thread.
 * A batch is mostly one Float64Array, moved (not copied) to the writer: structured clone of a million
 * small objects, or even of flat arrays of mixed values, costs the writer more than its inserts.
 * Strings that repeat across rows (SKU, bin, entry, unit, lot, time) travel once, as an index into a
 * string table that grows as new values appear, so the writer allocates no copy per row and its
 * lookups' Map keys keep their cached hashes; per-row strings (references, issue texts) travel in a
 * plain array, in the order the numbers ask for them.
 */
/** The worker's workerData; the file's bytes follow as the first message on `port`. */
export interface ReaderInput {
  format: ImportFormat;
  /** the desk's day (YYYY-MM-DD): receipt times are judged against it, as in the writing thread */
  today: string;
  port: MessagePort;
  /** Int32 slots: POSTED (batches the worker posted) and CONSUMED (batches the writer took) */
  signal: SharedArrayBuffer;
}

export const POSTED = 0;
export const CONSUMED = 1;
export const SIGNAL_SLOTS = 2;

/** Rows per batch: big enough that the per-message cost vanishes, small enough to overlap early. */
export const BATCH_ROWS = 2000;
/** Batches the worker may run ahead of the writer before it waits: bounds memory on huge files. */
export const MAX_AHEAD = 32;
/** Distinct strings interned per import; past this, values travel as literal strings. */
export const MAX_INTERNED = 1 << 18;

/** Cell tags: one per row read, plus one per issue (issues come before their row's tag). */
export const SKIP = 0;
export const ROW = 1;
export const ISSUE = 2;

/**
 * ROW is followed by ROW_CELLS numbers, in this order. A string cell holds an index into the string
 * table, LITERAL (take the next string of `literals`) or NONE (absent). `ref` links the row to issues
 * the reader already reported on it (NONE: none); `position` is its CSV line or JSON index; `extra`
 * indexes `extras` (requests a file may not carry, reported already) or is NONE; `reference` indexes
 * `references` or is NONE; `earlier` is the
 * position of the first row of the file (that passed the schema) with the same reference, or NONE.
 * Order: ref, position, entryNumber, lineNumber, sku, lotCode, quantity, uom, locationCode,
 * receivedAt, preserveForDrawback, reference, extra, earlier.
 */
export const ROW_CELLS = 14;
export const NONE = -1;
export const LITERAL = -2;
/** ISSUE is followed by its ref id; its label, field and message are the next three literals. Ref 0 is the header (line 1). */
export const HEADER_REF = 0;
/** Room for a batch of rows; a batch is sent early when issues fill it. */
export const BATCH_CELLS = BATCH_ROWS * (1 + ROW_CELLS);

export interface ReaderBatch {
  /** strings new to the table, in index order */
  strings: string[];
  cells: Float64Array;
  literals: string[];
  extras: unknown[];
  /** the references of this batch's rows: apart, for one ledger look-up per batch */
  references: string[];
  done: boolean;
  /** set when the reader itself failed (a bug, not a bad file) */
  error?: string;
}
