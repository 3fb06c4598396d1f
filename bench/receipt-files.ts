import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

/**
 * Generates a consistent set of import files: bins, items, entries, and any number of receipt rows
 * that are all valid (each line's quantity covers what is received against it; each lot stays on
 * one entry line). Used by the benchmark and by the crash test.
 */
export interface ReceiptFileSet {
  locations: string;
  items: string;
  entries: string;
  receipts: string;
  rows: number;
}

const ENTRIES = 100;
const LINES_PER_ENTRY = 10;
const LINES = ENTRIES * LINES_PER_ENTRY;
const SKUS = 100;
const BINS = 20;
const ROWS_PER_LOT = 10;

const entryNumber = (e: number) => `2024-${String(e + 1).padStart(6, '0')}`;
const sku = (k: number) => `SKU-${String(k).padStart(3, '0')}`;
const hts = (k: number) => `61091${String(k).padStart(5, '0')}`;
const bin = (b: number) => `BIN-${String(b).padStart(2, '0')}`;
/** receipt row i goes against global entry line i % LINES, which carries SKU (line % SKUS) */
const quantityOf = (i: number) => (i % 5) + 1;

export async function writeReceiptFiles(dir: string, rows: number): Promise<ReceiptFileSet> {
  const files = {
    locations: join(dir, 'locations.csv'),
    items: join(dir, 'items.csv'),
    entries: join(dir, 'entries.csv'),
    receipts: join(dir, 'receipts.csv'),
    rows,
  };
  writeFileSync(
    files.locations,
    ['code,description,drawbackSegregated', ...Array.from({ length: BINS }, (_, b) => `${bin(b)},Bin ${b},${b < 2 ? 'yes' : 'no'}`)].join('\n') + '\n',
  );
  writeFileSync(
    files.items,
    [
      'sku,description,hts,countryOfOrigin,uom,drawbackEligible,gtin',
      ...Array.from({ length: SKUS }, (_, k) => `${sku(k)},"Knit shirt, style ${k}",${hts(k)},VN,EA,true,`),
    ].join('\n') + '\n',
  );
  const lineQuantity = 5 * Math.ceil(rows / LINES) + 10;
  const entryRows = [
    'entryNumber,entryType,entryDate,importDate,portCode,importer,broker,billOfLading,containers,purchaseOrders,reconciliationFlag,lineNumber,hts,quantity,uom,enteredValue,duty,mpf,hmf,otherFees',
  ];
  for (let e = 0; e < ENTRIES; e++) {
    for (let l = 0; l < LINES_PER_ENTRY; l++) {
      const k = (e * LINES_PER_ENTRY + l) % SKUS;
      entryRows.push(
        `${entryNumber(e)},01,2024-01-15,2024-01-14,2704,Northwind Apparel Inc.,Harbor Customs Brokers,MAEU${e},MSKU1234565;TGHU7654321,PO-${e},no,${l + 1},${hts(k)},${lineQuantity},EA,${lineQuantity * 3}.00,${lineQuantity}.50,12.3456,1.25,0`,
      );
    }
  }
  writeFileSync(files.entries, entryRows.join('\n') + '\n');
  await writeReceipts(files.receipts, rows);
  return files;
}

async function writeReceipts(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('entryNumber,lineNumber,sku,lotCode,quantity,uom,locationCode,receivedAt,preserveForDrawback,reference\n');
  const chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    const line = i % LINES;
    const lot = `L${line}-${Math.floor(i / (LINES * ROWS_PER_LOT))}`;
    chunk.push(
      `${entryNumber(Math.floor(line / LINES_PER_ENTRY))},${(line % LINES_PER_ENTRY) + 1},${sku(line % SKUS)},${lot},${quantityOf(i)},EA,${bin(i % BINS)},2024-02-01T10:00:00Z,,R${String(i).padStart(9, '0')}\n`,
    );
    if (chunk.length === 10_000) {
      if (!out.write(chunk.join(''))) await once(out, 'drain');
      chunk.length = 0;
    }
  }
  out.end(chunk.join(''));
  await once(out, 'finish');
}
