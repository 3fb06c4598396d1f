import type { Bucket } from '../../../src-shared/domain/ledger';
import type { FieldIssue } from '../../../src-shared/errors';
import type { EntryInput, ReceiptRequest } from '../../../src-shared/schemas/ledger-inputs';
import { convertToBase } from '../../../src-shared/units';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { findEntry, findEntryLine, receivedAgainstLine } from '../../ledger/repos/entries-repo';
import { findItemBySku, type ItemRow } from '../../ledger/repos/items-repo';
import { findLocation, type LocationRow } from '../../ledger/repos/locations-repo';
import { findLot, type LotRow } from '../../ledger/repos/lots-repo';

/**
 * The receiving rules, shared by the receiving screen, the CLI and bulk receipt imports: where the
 * units came from (entry line), that the lot stays tied to one entry line, that quantities convert,
 * and what needs a supervisor or a review. Returns a plan to write, or the issues per field.
 */
export interface ReceiptPlan {
  item: ItemRow;
  location: LocationRow;
  /** the entry to capture on the spot, when it is not in the ledger yet */
  captureEntry: EntryInput | null;
  entryId: number | null;
  entryLineId: number | null;
  lineNumber: number;
  lineHts: string;
  lot: LotRow | null;
  baseQuantity: number;
  bucket: Bucket;
  /** over the entry line's quantity: needs a supervisor's approval */
  overEntryQuantity: { receivedBefore: number; lineQuantity: number } | null;
  htsMismatch: boolean;
}

/** Lookups a bulk import memoises; the receiving screen uses the plain ones. */
export interface ReceiptLookups {
  item(sku: string): ItemRow | undefined;
  location(code: string): LocationRow | undefined;
  entry(entryNumber: string): { id: number } | undefined;
  entryLine(entryId: number, lineNumber: number): { id: number; hts10: string; quantity: number; uom: string } | undefined;
  lot(itemId: number, lotCode: string): LotRow | undefined;
  /** base units received so far against the line, including earlier rows of the same batch */
  received(entryLineId: number): number;
}

export function directLookups(db: Sqlite): ReceiptLookups {
  return {
    item: (sku) => findItemBySku(db, sku),
    location: (code) => findLocation(db, code),
    entry: (n) => findEntry(db, n),
    entryLine: (id, n) => findEntryLine(db, id, n),
    lot: (itemId, code) => findLot(db, itemId, code),
    received: (id) => receivedAgainstLine(db, id),
  };
}

export type PlanOutcome = { ok: true; plan: ReceiptPlan } | { ok: false; issues: FieldIssue[] };

export function planReceipt(look: ReceiptLookups, req: ReceiptRequest): PlanOutcome {
  const issues: FieldIssue[] = [];
  const item = look.item(req.sku);
  if (!item) issues.push({ field: 'sku', message: `SKU ${req.sku} is not in the item master; add or import the item first` });
  const location = look.location(req.locationCode);
  if (!location) issues.push({ field: 'locationCode', message: `location ${req.locationCode} does not exist` });

  const stored = look.entry(req.entryNumber);
  let captureEntry: EntryInput | null = null;
  let line: { id: number | null; hts10: string; quantity: number; uom: string } | undefined;
  if (stored) {
    const l = look.entryLine(stored.id, req.lineNumber);
    if (l) line = l;
    else issues.push({ field: 'lineNumber', message: `entry ${req.entryNumber} has no line ${req.lineNumber}` });
  } else if (req.captureEntry) {
    if (req.captureEntry.entryNumber !== req.entryNumber) {
      issues.push({
        field: 'captureEntry.entryNumber',
        message: `captured entry ${req.captureEntry.entryNumber} is not the receipt's entry ${req.entryNumber}`,
      });
    } else {
      captureEntry = req.captureEntry;
      const l = captureEntry.lines.find((x) => x.lineNumber === req.lineNumber);
      if (l) line = { id: null, hts10: l.hts, quantity: l.quantity, uom: l.uom };
      else issues.push({ field: 'lineNumber', message: `the captured entry has no line ${req.lineNumber}` });
    }
  } else {
    issues.push({ field: 'entryNumber', message: `entry ${req.entryNumber} is not in the ledger; capture it on the spot or import it first` });
  }
  if (!item || !location || !line) return { ok: false, issues };

  const baseQuantity = convertToBase(req.quantity, req.uom, item.uom);
  if (baseQuantity === undefined) issues.push({ field: 'uom', message: `${req.uom} cannot be converted to ${item.uom}, the unit SKU ${item.sku} is kept in` });
  const lineQuantity = convertToBase(line.quantity, line.uom, item.uom);
  if (lineQuantity === undefined)
    issues.push({ field: 'lineNumber', message: `entry line unit ${line.uom} cannot be converted to ${item.uom}, the unit SKU ${item.sku} is kept in` });

  const lot = look.lot(item.id, req.lotCode) ?? null;
  if (lot && lot.entry_line_id !== line.id) {
    issues.push({ field: 'lotCode', message: `lot ${req.lotCode} of SKU ${item.sku} already carries another entry line's duty; use a new lot code` });
  }
  if (issues.length > 0 || baseQuantity === undefined || lineQuantity === undefined) return { ok: false, issues };

  const receivedBefore = line.id === null ? 0 : look.received(line.id);
  const over = receivedBefore + baseQuantity > lineQuantity;
  return {
    ok: true,
    plan: {
      item,
      location,
      captureEntry,
      entryId: stored?.id ?? null,
      entryLineId: line.id,
      lineNumber: req.lineNumber,
      lineHts: line.hts10,
      lot,
      baseQuantity,
      bucket: location.drawback_segregated === 1 || req.preserveForDrawback ? 'preserved' : 'available',
      overEntryQuantity: over ? { receivedBefore, lineQuantity } : null,
      htsMismatch: item.hts10 !== line.hts10,
    },
  };
}
