import type { FieldIssue } from '../../../src-shared/errors';
import { parseMoney } from '../../../src-shared/money';
import type { ExportShipmentInput } from '../../../src-shared/schemas/export-inputs';
import { convertToBase } from '../../../src-shared/units';
import type { Sqlite } from '../../ledger/db/open-ledger';
import type { NewExportLine } from '../../ledger/repos/exports-repo';
import { findItemBySku } from '../../ledger/repos/items-repo';

/**
 * Checks a confirmed shipment against the ledger (the SKUs exist, units convert to the item's base
 * unit) and turns its lines into rows. Issues name the line and field; nothing is written here.
 */
export function planShipmentLines(db: Sqlite, input: ExportShipmentInput, nextId: () => string): { lines: NewExportLine[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const lines: NewExportLine[] = [];
  input.lines.forEach((line, i) => {
    const item = findItemBySku(db, line.sku);
    if (!item) return void issues.push({ field: `lines.${i}.sku`, message: `SKU ${line.sku} is not in the item master` });
    const quantity = line.uom ? convertToBase(line.quantity, line.uom, item.uom) : line.quantity;
    if (quantity === undefined)
      return void issues.push({ field: `lines.${i}.uom`, message: `${line.uom} cannot be converted to ${item.uom}, the unit SKU ${item.sku} is kept in` });
    lines.push({
      uid: nextId(),
      lineNumber: line.lineNumber,
      itemId: item.id,
      hts10: line.hts ?? item.hts10,
      scheduleB: line.scheduleB ?? null,
      quantity,
      lotCode: line.lotCode ?? null,
      entryNumber: line.entryNumber ?? null,
      dutyIfImported4dp: line.dutyIfImported === undefined ? null : Number(parseMoney(line.dutyIfImported)),
      taxesFeesIfImported4dp: line.taxesFeesIfImported === undefined ? null : Number(parseMoney(line.taxesFeesIfImported)),
    });
  });
  return { lines, issues };
}
