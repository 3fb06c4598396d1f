import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeReceiptFiles, type ReceiptFileSet } from '../../bench/receipt-files';
import { createDesk, type Desk } from '../../src-main/composition-root';
import { importFile } from '../../src-main/services/importing/import-file';
import { createImportDesk, type ImportDesk } from './import-desk';

/**
 * A long receipts import lets other writers in while it checks the file (each batch staged in its
 * own short transaction, outside the ledger), and stays all-or-nothing: written in one transaction
 * at the end, refused whole if the ledger moved under what it checked. The other writer here is a
 * second desk on the same file (another process, as far as SQLite is concerned), writing while the
 * import is between two batches.
 */
const ROWS = 25_000;
let t: ImportDesk;
let files: ReceiptFileSet;
let other: Desk;

beforeEach(async () => {
  t = createImportDesk();
  files = await writeReceiptFiles(t.dir, ROWS);
  for (const kind of ['locations', 'items', 'entries'] as const) t.run(kind, files[kind]);
  // an entry the receipts file never mentions
  const extra = join(t.dir, 'extra-entry.csv');
  const header =
    'entryNumber,entryType,entryDate,importDate,portCode,importer,broker,billOfLading,containers,purchaseOrders,reconciliationFlag,lineNumber,hts,quantity,uom,enteredValue,duty,mpf,hmf,otherFees';
  writeFileSync(
    extra,
    `${header}\n2024-900001,01,2024-01-15,2024-01-14,2704,Northwind Apparel Inc.,Harbor Customs Brokers,MAEU9,MSKU1234565,PO-9,no,1,6109100000,100,EA,300.00,10.00,0,0,0\n`,
  );
  t.run('entries', extra);
  other = createDesk(t.path, { log: () => undefined });
});
afterEach(() => {
  other.close();
  t.dispose();
});

const receiveElsewhere = (entryNumber: string, lotCode: string) =>
  other.dispatch(
    'receiving:create-receipt',
    { entryNumber, lineNumber: 1, sku: 'SKU-000', lotCode, quantity: 2, uom: 'EA', locationCode: 'BIN-05' },
    { actor: other.system },
  );

/** Imports the receipts, running `meanwhile` once the import has read 10,000 rows (between two batches). */
function importWith(meanwhile: () => void) {
  let done = false;
  return importFile(t.desk.ctx, t.desk.system, {
    kind: 'receipts',
    path: files.receipts,
    onProgress: (p) => {
      if (p.phase === 'reading' && p.rowsRead >= 10_000 && !done) {
        done = true;
        meanwhile();
      }
    },
  });
}

describe('a receipts import and another writer at the same time', () => {
  it('the other writer is not kept waiting, and both are recorded', () => {
    let during: ReturnType<typeof receiveElsewhere> | undefined;
    const summary = importWith(() => (during = receiveElsewhere('2024-900001', 'AT-THE-DOCK')));
    expect(during).toMatchObject({ ok: true, value: { movement: { quantity: 2 } } });
    expect(summary).toMatchObject({ rowsRead: ROWS, written: ROWS });
    expect(t.count('movements')).toBe(ROWS + 1);
    // the import's rows are one block after the receipt that came in while it was checking
    const order = t.desk.ledger.sqlite.prepare("SELECT MIN(id) AS first, MAX(id) AS last FROM movements WHERE reference LIKE 'R%'").get() as {
      first: number;
      last: number;
    };
    expect(order.last - order.first + 1).toBe(ROWS);
    expect(t.auditOk()).toBe(true);
  });

  it('when the other writer received against a line the file was checked against, the import is refused whole; run again, it completes', () => {
    const before = t.count('movements');
    expect(() => importWith(() => expect(receiveElsewhere('2024-000001', 'AT-THE-DOCK').ok).toBe(true))).toThrow(
      'the ledger changed while receipts.csv was being checked (entry 2024-000001 line 1 was received against), so nothing was imported: run the import again; rows already in the ledger are recognised as unchanged',
    );
    expect(t.count('movements')).toBe(before + 1);
    expect(t.count('import_batches')).toBe(4);
    expect(t.auditOk()).toBe(true);
    expect(importFile(t.desk.ctx, t.desk.system, { kind: 'receipts', path: files.receipts })).toMatchObject({ written: ROWS });
    expect(t.count('movements')).toBe(before + 1 + ROWS);
  });

  it('a reference received meanwhile refuses the import too', () => {
    const reference = 'R000024999'; // the file's last row
    expect(() =>
      importWith(() =>
        expect(
          other.dispatch(
            'receiving:create-receipt',
            { entryNumber: '2024-900001', lineNumber: 1, sku: 'SKU-000', lotCode: 'X', quantity: 1, uom: 'EA', locationCode: 'BIN-05', reference },
            { actor: other.system },
          ).ok,
        ).toBe(true),
      ),
    ).toThrow(`(reference ${reference} was received)`);
  });
});
