import { entryCsvImporter, entryJsonImporter } from './entry-rows';
import { columnsFor, type ImportKind } from './import-kinds';
import { fileRef } from './import-issues';
import type { ImportRun, RowImporter } from './import-run';
import { exportCsvImporter, exportJsonImporter } from './export-rows';
import { htsFactImporter } from './hts-fact-rows';
import { itemImporter } from './item-rows';
import { locationImporter } from './location-rows';
import { readCsvRows, readJsonRows, type RowSink } from './row-sources';

const PROGRESS_EVERY = 10_000;

/** Receipts are read by a worker instead (apply-receipt-stream.ts): only they come by the million. */
export type InThreadKind = Exclude<ImportKind, 'receipts'>;

function importerFor(kind: InThreadKind, run: ImportRun): RowImporter {
  switch (kind) {
    case 'items':
      return itemImporter(run);
    case 'locations':
      return locationImporter(run);
    case 'entries':
      return run.format === 'csv' ? entryCsvImporter(run) : entryJsonImporter(run);
    case 'exports':
      return run.format === 'csv' ? exportCsvImporter(run) : exportJsonImporter(run);
    case 'hts-facts':
      return htsFactImporter(run);
  }
}

/**
 * Reads every row of the file and imports it in one pass, inside the caller's transaction; errors
 * land in `run.issues` (the caller rolls back when there are any). Returns the rows read.
 */
export function applyFile(run: ImportRun, kind: InThreadKind, bytes: Buffer, progress: (rowsRead: number) => void): number {
  const importer = importerFor(kind, run);
  let rowsRead = 0;
  const sink: RowSink = (raw, at) => {
    rowsRead++;
    if (raw) importer.row(raw, at);
    if (rowsRead % PROGRESS_EVERY === 0) progress(rowsRead);
  };
  const read = run.format === 'csv' ? readCsvRows : readJsonRows;
  read(bytes, columnsFor(kind, run.format), run.issues, sink);
  importer.finish();
  if (rowsRead === 0 && run.issues.count === 0) run.issues.add(fileRef('1'), 'row', 'the file has no rows to import');
  progress(rowsRead);
  return rowsRead;
}
