import type { MessagePort } from 'node:worker_threads';
import type { ReceiptRequest } from '../../../src-shared/schemas/ledger-inputs';
import { CsvRowRef, JsonRowRef, type IssueSink, type RowRef } from './import-issues';
import {
  BATCH_CELLS,
  BATCH_ROWS,
  CONSUMED,
  HEADER_REF,
  ISSUE,
  LITERAL,
  MAX_AHEAD,
  MAX_INTERNED,
  NONE,
  POSTED,
  ROW,
  ROW_CELLS,
  SKIP,
  type ReaderBatch,
} from './receipt-stream-protocol';
import { HEADER } from './row-sources';

/** Kept free after every row or issue, so the next one (a row is the longest) always fits. */
const ROOM = 1 + ROW_CELLS;

/**
 * The worker's side of the stream: collects rows and issues in file order into batches and posts
 * them, waiting (Atomics.wait is fine in a worker) when the writer is MAX_AHEAD batches behind.
 */
export class ReaderBatches implements IssueSink {
  private strings: string[] = [];
  private cells = new Float64Array(BATCH_CELLS);
  private used = 0;
  private literals: string[] = [];
  private extras: unknown[] = [];
  private references: string[] = [];
  /**
   * Each reference's first row (position) in the file: a reference may appear once per file. Kept
   * here, on the reader's core, so the writer needs no million-entry map of its own.
   */
  private readonly firstRows = new Map<string, number>();
  private rows = 0;
  private posted = 0;
  private readonly interned = new Map<string, number>();
  /** rows that have issues, so the writer can count each bad row once (ImportIssues.badRows) */
  private readonly refIds = new Map<RowRef, number>([[HEADER, HEADER_REF]]);
  private lastRef: RowRef | undefined;
  private lastRefId = NONE;

  constructor(
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
  ) {}

  add(at: RowRef, field: string, message: string): void {
    this.cells[this.used++] = ISSUE;
    this.cells[this.used++] = this.refIdOf(at);
    this.literals.push(at.label(), field, message);
    if (this.used + ROOM > BATCH_CELLS) this.flush(false);
  }

  /** a row read that leaves nothing to write (unreadable, or its schema issues were added) */
  skip(): void {
    this.cells[this.used++] = SKIP;
    this.rowDone();
  }

  row(req: ReceiptRequest, at: RowRef): void {
    const c = this.cells;
    let i = this.used;
    c[i++] = ROW;
    c[i++] = at === this.lastRef ? this.lastRefId : NONE;
    c[i++] = at instanceof CsvRowRef ? at.line : at instanceof JsonRowRef ? at.index : NONE;
    c[i++] = this.text(req.entryNumber);
    c[i++] = req.lineNumber;
    c[i++] = this.text(req.sku);
    c[i++] = this.text(req.lotCode);
    c[i++] = req.quantity;
    c[i++] = this.text(req.uom);
    c[i++] = this.text(req.locationCode);
    c[i++] = req.receivedAt === undefined ? NONE : this.text(req.receivedAt);
    c[i++] = req.preserveForDrawback ? 1 : 0;
    if (req.reference === undefined) c[i++] = NONE;
    else c[i++] = this.references.push(req.reference) - 1;
    // Requests a person may make at the desk but a file may not carry: reported already, passed on
    // so the writer checks the row exactly as an in-thread import did.
    if (req.captureEntry || req.override) {
      c[i++] = this.extras.length;
      this.extras.push({ captureEntry: req.captureEntry, override: req.override });
    } else c[i++] = NONE;
    c[i++] = req.reference === undefined ? NONE : this.firstRow(req.reference, c[this.used + 2]!);
    this.used = i;
    this.rowDone();
  }

  private rowDone(): void {
    if (++this.rows === BATCH_ROWS || this.used + ROOM > BATCH_CELLS) this.flush(false);
  }

  flush(done: boolean, error?: string): void {
    const cells = this.cells.slice(0, this.used);
    const batch: ReaderBatch = { strings: this.strings, cells, literals: this.literals, extras: this.extras, references: this.references, done, error };
    this.port.postMessage(batch, [cells.buffer]);
    this.strings = [];
    this.literals = [];
    this.extras = [];
    this.references = [];
    this.used = 0;
    this.rows = 0;
    this.posted++;
    Atomics.store(this.signal, POSTED, this.posted);
    Atomics.notify(this.signal, POSTED);
    if (done) return;
    for (let consumed = Atomics.load(this.signal, CONSUMED); this.posted - consumed >= MAX_AHEAD; consumed = Atomics.load(this.signal, CONSUMED)) {
      Atomics.wait(this.signal, CONSUMED, consumed, 1000);
    }
  }

  /** NONE the first time a reference appears, else the position of the row it first appeared on */
  private firstRow(reference: string, position: number): number {
    const first = this.firstRows.get(reference);
    if (first !== undefined) return first;
    this.firstRows.set(reference, position);
    return NONE;
  }

  private refIdOf(at: RowRef): number {
    if (at === this.lastRef) return this.lastRefId;
    let id = this.refIds.get(at);
    if (id === undefined) this.refIds.set(at, (id = this.refIds.size));
    this.lastRef = at;
    this.lastRefId = id;
    return id;
  }

  /** the string's index in the table (sent once), or LITERAL with the string itself when the table is full */
  private text(value: string): number {
    let id = this.interned.get(value);
    if (id !== undefined) return id;
    if (this.interned.size >= MAX_INTERNED) {
      this.literals.push(value);
      return LITERAL;
    }
    this.interned.set(value, (id = this.interned.size));
    this.strings.push(value);
    return id;
  }
}
