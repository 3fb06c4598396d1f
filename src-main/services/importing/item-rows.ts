import { itemInputSchema } from '../../../src-shared/schemas/ledger-inputs';
import { findItemBySku, insertItem, sameItem, toItem } from '../../ledger/repos/items-repo';
import { toSchemaInput } from './field-values';
import { columnsFor } from './import-kinds';
import type { RowRef } from './import-issues';
import { canWrite, firstDifference, firstInFile, reportSchema, type ImportRun, type RowImporter } from './import-run';

const ITEM_FIELDS = ['description', 'hts', 'countryOfOrigin', 'uom', 'drawbackEligible', 'gtin'] as const;

/** Item master rows: new SKUs are added; a SKU already there must say exactly the same. */
export function itemImporter(run: ImportRun): RowImporter {
  const columns = columnsFor('items', run.format);
  const seen = new Map<string, RowRef>();
  return {
    row(raw, at) {
      const input = toSchemaInput(columns, raw, run.issues, at);
      const parsed = itemInputSchema.safeParse(input);
      if (!parsed.success) return reportSchema(run, at, parsed.error, input);
      const item = parsed.data;
      if (!firstInFile(run, seen, item.sku, at, 'sku', `SKU ${item.sku}`)) return;
      const stored = findItemBySku(run.db, item.sku);
      if (stored && sameItem(stored, item)) {
        run.counts.unchanged++;
      } else if (stored) {
        const difference = firstDifference({ ...toItem(stored) }, { ...item, gtin: item.gtin ?? null }, ITEM_FIELDS) ?? 'content differs';
        run.issues.add(
          at,
          'sku',
          `SKU ${item.sku} is already in the item master with different content (${difference}); an import never changes an item: correct the file or the item`,
        );
      } else {
        if (canWrite(run)) insertItem(run.db, item, run.now, run.seq);
        run.counts.written++;
      }
    },
    finish() {},
  };
}
