import { workerData } from 'node:worker_threads';
import { onDeskDay } from '../../../src-shared/schemas/desk-day';
import { toSchemaInput } from './field-values';
import { columnsFor } from './import-kinds';
import { ReaderBatches } from './reader-batches';
import type { ReaderInput } from './receipt-stream-protocol';
import { receiptChecker } from './receipt-validation';
import { readCsvRows, readJsonRows } from './row-sources';

/**
 * The receipt reader, run in a worker thread (receipt-stream.ts starts it): parses the file and
 * checks every row against the shared receipt schema, exactly as an in-thread import would, and
 * streams the requests and issues in file order to the thread that writes. Parsing and validation
 * are about half the cost of an import; here they run on the second core while the writer inserts.
 */
const input = workerData as ReaderInput;
const batches = new ReaderBatches(input.port, new Int32Array(input.signal));

input.port.once('message', (file: Uint8Array) => {
  try {
    const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    const columns = columnsFor('receipts', input.format);
    const read = input.format === 'csv' ? readCsvRows : readJsonRows;
    const check = receiptChecker();
    onDeskDay(input.today, () =>
      read(bytes, columns, batches, (raw, at) => {
        if (!raw) return batches.skip();
        const values = toSchemaInput(columns, raw, batches, at);
        const checked = check(values);
        if (checked.ok) return batches.row(checked.req, at);
        for (const issue of checked.issues) batches.add(at, issue.path.join('.') || 'row', issue.message);
        batches.skip();
      }),
    );
    batches.flush(true);
  } catch (error) {
    // A failure of the reader itself (never a bad file: those are issues): the writer rethrows it.
    batches.flush(true, error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
});
