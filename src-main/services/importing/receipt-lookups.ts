import type { Sqlite } from '../../ledger/db/open-ledger';
import { findEntry, findEntryLine, receivedAgainstLine } from '../../ledger/repos/entries-repo';
import { findItemBySku, type ItemRow } from '../../ledger/repos/items-repo';
import { findLocation, type LocationRow } from '../../ledger/repos/locations-repo';
import { lotsOfItem, type LotRow } from '../../ledger/repos/lots-repo';
import type { ReceiptLookups } from '../receiving/plan-receipt';

/** The receiving rules' lookups for a whole file, remembering what earlier rows of it did. */
export interface BatchLookups extends ReceiptLookups {
  /** a row was accepted: its quantity counts against the line for the rows after it */
  noteReceived(entryLineId: number, baseQuantity: number): void;
  /** a row created a lot: later rows find it, tied to the same entry line */
  noteLot(lot: LotRow): void;
  /** a row captured an entry: later rows find it and its lines (by placeholder ids) */
  noteEntry(entryNumber: string, entryId: number, lines: Map<number, EntryLine>): void;
  /** what each entry line the file looked at held in the ledger before the file's own rows */
  receivedAtStart(): ReadonlyMap<number, number>;
}

type EntryLine = NonNullable<ReturnType<ReceiptLookups['entryLine']>>;

/**
 * Each item, bin, entry and line is read once per file (null remembers "not there"); an item's lots
 * are read in one query the first time the item appears, so a million rows cost no per-row SELECT.
 * Written out per lookup, without closures, because this runs for every row.
 */
export function batchLookups(db: Sqlite): BatchLookups {
  const items = new Map<string, ItemRow | null>();
  const locations = new Map<string, LocationRow | null>();
  const entries = new Map<string, { id: number } | null>();
  const lines = new Map<number, Map<number, EntryLine | null>>();
  const lotsByItem = new Map<number, Map<string, LotRow>>();
  const received = new Map<number, number>();
  const atStart = new Map<number, number>();

  const lotsOf = (itemId: number) => {
    let lots = lotsByItem.get(itemId);
    if (lots === undefined) {
      const rows = lotsOfItem(db, itemId);
      lotsByItem.set(itemId, (lots = new Map(rows.map((r) => [r.lot_code, r]))));
    }
    return lots;
  };
  const receivedSoFar = (entryLineId: number) => {
    let quantity = received.get(entryLineId);
    if (quantity === undefined) {
      quantity = entryLineId < 0 ? 0 : receivedAgainstLine(db, entryLineId);
      received.set(entryLineId, quantity);
      atStart.set(entryLineId, quantity);
    }
    return quantity;
  };

  return {
    item(sku) {
      let row = items.get(sku);
      if (row === undefined) items.set(sku, (row = findItemBySku(db, sku) ?? null));
      return row ?? undefined;
    },
    location(code) {
      let row = locations.get(code);
      if (row === undefined) locations.set(code, (row = findLocation(db, code) ?? null));
      return row ?? undefined;
    },
    entry(entryNumber) {
      let row = entries.get(entryNumber);
      if (row === undefined) entries.set(entryNumber, (row = findEntry(db, entryNumber) ?? null));
      return row ?? undefined;
    },
    entryLine(entryId, lineNumber) {
      let ofEntry = lines.get(entryId);
      if (ofEntry === undefined) lines.set(entryId, (ofEntry = new Map()));
      let row = ofEntry.get(lineNumber);
      if (row === undefined) ofEntry.set(lineNumber, (row = findEntryLine(db, entryId, lineNumber) ?? null));
      return row ?? undefined;
    },
    lot: (itemId, lotCode) => lotsOf(itemId).get(lotCode),
    received: receivedSoFar,
    noteReceived(entryLineId, baseQuantity) {
      received.set(entryLineId, receivedSoFar(entryLineId) + baseQuantity);
    },
    noteLot(lot) {
      lotsOf(lot.item_id).set(lot.lot_code, lot);
    },
    noteEntry(entryNumber, entryId, entryLines) {
      entries.set(entryNumber, { id: entryId });
      lines.set(entryId, entryLines);
    },
    receivedAtStart: () => atStart,
  };
}
