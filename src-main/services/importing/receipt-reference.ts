import type { ReceiptRequest } from '../../../src-shared/schemas/ledger-inputs';
import { convertToBase } from '../../../src-shared/units';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { getMovement } from '../../ledger/repos/movements-repo';
import { firstDifference } from './import-run';
import type { BatchLookups } from './receipt-lookups';

const FIELDS = ['kind', 'sku', 'lotCode', 'locationCode', 'quantity'] as const;

/**
 * A row whose reference was received before: undefined when the ledger's receipt says the same
 * (the row is unchanged), else what differs. A receipt is never changed by an import.
 */
export function receiptDifference(db: Sqlite, look: BatchLookups, movementId: number, req: ReceiptRequest): string | undefined {
  const m = getMovement(db, movementId);
  const item = look.item(req.sku);
  const quantity = item ? (convertToBase(req.quantity, req.uom, item.uom) ?? req.quantity) : req.quantity;
  const stored = { kind: m.kind, sku: m.sku, lotCode: m.lotCode, locationCode: m.to?.location ?? null, quantity: m.quantity };
  const difference = firstDifference(stored, { kind: 'receipt', sku: req.sku, lotCode: req.lotCode, locationCode: req.locationCode, quantity }, FIELDS);
  if (difference) return difference;
  // Same SKU and lot: the lot is tied to one entry line, which must be the row's.
  const lot = item && look.lot(item.id, req.lotCode);
  const entry = look.entry(req.entryNumber);
  const line = entry && look.entryLine(entry.id, req.lineNumber);
  return lot && line && lot.entry_line_id === line.id
    ? undefined
    : `the ledger received it against another entry line than ${req.entryNumber} line ${req.lineNumber}`;
}
