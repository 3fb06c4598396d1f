import type { ReceiptRequest } from '../../../src-shared/schemas/ledger-inputs';
import { CsvRowRef, fileRef, JsonRowRef, type RowRef } from './import-issues';
import type { CheckingRun } from './import-run';
import { ledgerReferences } from '../../ledger/repos/movements-repo';
import { receiptWriter, type RowPlace } from './receipt-rows';
import type { ReceiptStaging } from '../../ledger/repos/receipt-staging-repo';
import type { ReceiptStream } from './receipt-stream';
import { HEADER_REF, ISSUE, LITERAL, NONE, ROW, ROW_CELLS, type ReaderBatch } from './receipt-stream-protocol';
import { HEADER } from './row-sources';

const PROGRESS_EVERY = 10_000;

/**
 * The checking side of a receipts import: takes the reader worker's batches in file order, adds the
 * issues it found (parse, header, schema) and runs every valid row through the receiving rules into
 * `staging`, one short transaction per batch that never holds the ledger's write lock (the caller
 * writes the staged rows in one go at the end). Returns the rows read, as applyFile does, and what
 * the entry lines held before the file, for the final check.
 */
export function applyReceiptStream(
  run: CheckingRun,
  stream: ReceiptStream,
  progress: (rowsRead: number) => void,
  staging: ReceiptStaging,
): { rowsRead: number; receivedAtStart: ReadonlyMap<number, number> } {
  const refAt = run.format === 'csv' ? (line: number): RowRef => new CsvRowRef(line) : (index: number): RowRef => new JsonRowRef(index);
  const writer = receiptWriter(run, refAt, staging);
  // Asked before the first row is written: which references the ledger already holds.
  const inLedgerOf = ledgerReferences(run.db);
  const table: string[] = [];
  // Rows the reader reported issues on, by its id, so each bad row is one object (counted once).
  const refs = new Map<number, RowRef>([[HEADER_REF, HEADER]]);
  // One request object for the whole file: the rules read it and keep nothing of it.
  const req = {} as ReceiptRequest;
  const place: RowPlace = { position: 0, at: undefined, earlier: NONE, existing: undefined };
  let batch: ReaderBatch;
  let literal = 0;
  const text = (cell: number): string => (cell >= 0 ? table[cell]! : batch.literals[literal++]!);
  let rowsRead = 0;
  // Each batch in its own transaction: it writes only TEMP tables, so it takes no lock on the ledger.
  const inTransaction = run.db.transaction((take: () => void) => take());
  do {
    batch = stream.next();
    inTransaction(() => {
      literal = 0;
      for (const s of batch.strings) table.push(s);
      const inLedger = inLedgerOf(batch.references);
      const c = batch.cells;
      for (let i = 0; i < c.length;) {
        const tag = c[i]!;
        if (tag === ISSUE) {
          const id = c[i + 1]!;
          const [label, field, message] = [text(LITERAL), text(LITERAL), text(LITERAL)];
          let ref = refs.get(id);
          if (!ref) refs.set(id, (ref = fileRef(label)));
          run.issues.add(ref, field, message);
          i += 2;
          continue;
        }
        if (tag === ROW) {
          // Read in the order the reader wrote, so literal strings come off `literals` in turn.
          req.entryNumber = text(c[i + 3]!);
          req.lineNumber = c[i + 4]!;
          req.sku = text(c[i + 5]!);
          req.lotCode = text(c[i + 6]!);
          req.quantity = c[i + 7]!;
          req.uom = text(c[i + 8]!) as ReceiptRequest['uom'];
          req.locationCode = text(c[i + 9]!);
          req.receivedAt = c[i + 10] === NONE ? undefined : text(c[i + 10]!);
          req.preserveForDrawback = c[i + 11] === 1;
          req.reference = c[i + 12] === NONE ? undefined : batch.references[c[i + 12]!];
          const extra = c[i + 13] === NONE ? undefined : (batch.extras[c[i + 13]!] as Pick<ReceiptRequest, 'captureEntry' | 'override'>);
          req.captureEntry = extra?.captureEntry;
          req.override = extra?.override;
          const id = c[i + 1]!;
          place.position = c[i + 2]!;
          place.at = id === NONE ? undefined : refs.get(id);
          place.earlier = c[i + 14]!;
          place.existing = req.reference === undefined || inLedger.size === 0 ? undefined : inLedger.get(req.reference);
          writer.row(req, place);
          i += 1 + ROW_CELLS;
        } else i++;
        if (++rowsRead % PROGRESS_EVERY === 0) progress(rowsRead);
      }
    });
  } while (!batch.done);
  if (rowsRead === 0 && run.issues.count === 0) run.issues.add(fileRef('1'), 'row', 'the file has no rows to import');
  progress(rowsRead);
  return { rowsRead, receivedAtStart: writer.lookups.receivedAtStart() };
}
