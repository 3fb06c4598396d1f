import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeReceiptFiles, type ReceiptFileSet } from '../../bench/receipt-files';
import { importFile } from '../../src-main/services/importing/import-file';
import { createImportDesk, type ImportDesk } from './import-desk';

/**
 * Receipts are parsed and validated in a worker thread while the import's one transaction writes.
 * Whatever stops the writer midway (here: a progress listener that throws, as a cancel button
 * would) rolls the file back whole, ends the worker, and leaves the ledger ready for the import.
 */
let t: ImportDesk;
let files: ReceiptFileSet;
beforeEach(async () => {
  t = createImportDesk();
  files = await writeReceiptFiles(t.dir, 25_000);
  for (const kind of ['locations', 'items', 'entries'] as const) t.run(kind, files[kind]);
});
afterEach(() => t.dispose());

describe('the receipt reader worker', () => {
  it('streams every row in file order, with progress, checked then written in one audited write', () => {
    const seen: string[] = [];
    const summary = importFile(t.desk.ctx, t.desk.system, { kind: 'receipts', path: files.receipts, onProgress: (p) => seen.push(`${p.phase}:${p.rowsRead}`) });
    expect(summary).toMatchObject({ rowsRead: 25_000, written: 25_000, alreadyImported: false });
    expect(seen).toEqual(['reading:10000', 'reading:20000', 'reading:25000', 'writing:25000', 'sealing:25000']);
    expect(t.count('movements')).toBe(25_000);
    const first = t.desk.ledger.sqlite.prepare('SELECT reference FROM movements ORDER BY id LIMIT 1').get() as { reference: string };
    expect(first.reference).toBe('R000000000');
    expect(t.auditOk()).toBe(true);
  });

  it('rolls back and ends the worker when the import is stopped midway; the same import then completes', () => {
    const before = t.counts();
    const stop = () => {
      throw new Error('stopped by the user');
    };
    for (let i = 0; i < 3; i++) {
      expect(() =>
        importFile(t.desk.ctx, t.desk.system, { kind: 'receipts', path: files.receipts, onProgress: (p) => p.rowsRead >= 10_000 && stop() }),
      ).toThrow('stopped by the user');
    }
    expect(t.counts()).toEqual(before);
    expect(t.auditOk()).toBe(true);
    expect(t.run('receipts', files.receipts)).toMatchObject({ written: 25_000 });
  });
});
