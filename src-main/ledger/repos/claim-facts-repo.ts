import type { ClaimProvision } from '../../../src-shared/domain/claims';
import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import type { claimLines, claims } from '../db/claims-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { exportLines, exportShipments } from '../db/exports-schema';
import type { allocations } from '../db/matching-schema';
import { IN_FORCE } from './allocations-repo';
import { CLAIM_STATE_SQL, LINE_COUNTS_SQL } from './claims-repo';
import { RUN_JOIN, RUN_METHOD_COLUMNS, type RunMethodColumns } from './matching-runs-repo';
import type { SqlRow } from './sql-row';

/**
 * What the claim rules and the desk checks read about a claim's lines and what every claim in force
 * takes from the entry lines and export lines they touch (services/claims/claim-facts.ts,
 * claim-eligibility-facts.ts, checklist-facts.ts turn these rows into facts).
 */
type ClaimLine = SqlRow<typeof claimLines>;
type EntryLine = SqlRow<typeof entryLines>;
type Entry = SqlRow<typeof importEntries>;
type ExportLine = SqlRow<typeof exportLines>;
type Shipment = SqlRow<typeof exportShipments>;

/** Claim lines that count, on claims in force (not withdrawn): what the over-claiming rules add up. */
const IN_FORCE_CLAIM_LINES = `FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id WHERE ${LINE_COUNTS_SQL} AND ${CLAIM_STATE_SQL} != 'withdrawn'`;

export type CountedLineFact = Pick<ClaimLine, 'line_no' | 'quantity' | 'refund_4dp' | 'entry_line_id' | 'export_line_id'> &
  Pick<Entry, 'entry_number' | 'import_date' | 'reconciliation_flag'> &
  Pick<Shipment, 'reference' | 'export_date'> &
  Pick<ExportLine, 'duty_if_imported_4dp'> & {
    entry_line_number: EntryLine['line_number'];
    export_line_number: ExportLine['line_number'];
    shipment_id: Shipment['id'];
    in_force: number;
  };

/** A claim's counted lines with their entry line, export line and whether their allocation is still in force. */
export function countedLineFacts(db: Sqlite, claimId: number): CountedLineFact[] {
  return db
    .prepare<[number], CountedLineFact>(
      `SELECT cl.line_no, cl.quantity, cl.refund_4dp, cl.entry_line_id, e.entry_number, el.line_number AS entry_line_number, e.import_date, e.reconciliation_flag,
              cl.export_line_id, s.reference, x.line_number AS export_line_number, s.export_date, s.id AS shipment_id, x.duty_if_imported_4dp,
              EXISTS (SELECT 1 FROM allocations a WHERE a.id = cl.allocation_id AND ${IN_FORCE}) AS in_force
       FROM claim_lines cl JOIN entry_lines el ON el.id = cl.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       JOIN export_lines x ON x.id = cl.export_line_id JOIN export_shipments s ON s.id = x.shipment_id
       WHERE cl.claim_id = ? AND ${LINE_COUNTS_SQL} ORDER BY cl.line_no`,
    )
    .all(claimId);
}

export type ClaimedEntryLine = Pick<EntryLine, 'id' | 'quantity' | 'uom' | 'duty_4dp' | 'excise_tax_4dp' | 'mpf_4dp' | 'hmf_4dp'> & {
  item_uom: SqlRow<typeof items>['uom'] | null;
};

/** The entry lines a claim's lines draw on, with the unit of the item received against each. */
export function entryLinesOfClaim(db: Sqlite, claimId: number): ClaimedEntryLine[] {
  return db
    .prepare<[number], ClaimedEntryLine>(
      `SELECT el.id, el.quantity, el.uom, el.duty_4dp, el.excise_tax_4dp, el.mpf_4dp, el.hmf_4dp, (SELECT i.uom FROM lots l JOIN items i ON i.id = l.item_id WHERE l.entry_line_id = el.id LIMIT 1) AS item_uom
       FROM entry_lines el WHERE el.id IN (SELECT DISTINCT entry_line_id FROM claim_lines WHERE claim_id = ?)`,
    )
    .all(claimId);
}

/** Read as bigint: a sum of refunds may pass 2^53 where a row cannot, so nothing is rounded. */
export type EntryLineShare = Pick<SqlRow<typeof claims>, 'number'> & {
  provision: ClaimProvision;
  id: bigint;
  state: string;
  quantity: bigint;
  refund: bigint;
  tax: bigint;
  mpf: bigint;
  hmf: bigint;
  approved_at: bigint | null;
};

/** What each claim in force takes from the entry lines this claim draws on, claim by claim in claim order. */
export function entryLineShares(db: Sqlite, claimId: number): EntryLineShare[] {
  return db
    .prepare<[number], EntryLineShare>(
      `SELECT cl.entry_line_id AS id, c.number, c.provision, ${CLAIM_STATE_SQL} AS state, SUM(cl.quantity) AS quantity, SUM(cl.refund_4dp) AS refund,
              COALESCE(SUM(cl.tax_refund_4dp), 0) AS tax, SUM(cl.mpf_refund_4dp) AS mpf, COALESCE(SUM(cl.hmf_refund_4dp), 0) AS hmf,
              (SELECT MIN(ev.id) FROM claim_events ev WHERE ev.claim_id = c.id AND ev.to_state = 'approved') AS approved_at
       ${IN_FORCE_CLAIM_LINES} AND cl.entry_line_id IN (SELECT DISTINCT entry_line_id FROM claim_lines WHERE claim_id = ?)
       GROUP BY cl.entry_line_id, c.id ORDER BY c.id`,
    )
    .safeIntegers(true)
    .all(claimId);
}

/** The export lines a claim's lines use. */
export function exportLinesOfClaim(db: Sqlite, claimId: number): Pick<ExportLine, 'id' | 'quantity'>[] {
  return db
    .prepare<[number], Pick<ExportLine, 'id' | 'quantity'>>(
      'SELECT id, quantity FROM export_lines WHERE id IN (SELECT DISTINCT export_line_id FROM claim_lines WHERE claim_id = ?)',
    )
    .all(claimId);
}

export type ExportLineShare = Pick<SqlRow<typeof claims>, 'number'> & { id: ExportLine['id']; quantity: number };

/** What each claim in force takes from the export lines this claim uses, claim by claim in claim order. */
export function exportLineShares(db: Sqlite, claimId: number): ExportLineShare[] {
  return db
    .prepare<[number], ExportLineShare>(
      `SELECT cl.export_line_id AS id, c.number, SUM(cl.quantity) AS quantity ${IN_FORCE_CLAIM_LINES} AND cl.export_line_id IN (SELECT DISTINCT export_line_id FROM claim_lines WHERE claim_id = ?) GROUP BY cl.export_line_id, c.id ORDER BY c.id`,
    )
    .all(claimId);
}

export type EligibilityRow = Pick<ClaimLine, 'line_no'> &
  Pick<Shipment, 'reference' | 'destination_country' | 'export_date'> &
  Pick<ExportLine, 'schedule_b'> &
  Pick<Entry, 'entry_number'> &
  Pick<SqlRow<typeof allocations>, 'basis'> &
  RunMethodColumns & {
    export_line_number: ExportLine['line_number'];
    entry_line_number: EntryLine['line_number'];
    export_hts10: ExportLine['hts10'];
    import_hts10: EntryLine['hts10'];
  };

/** A claim's counted lines with what the eligibility rules read: destination, classifications, the allocation's method. */
export function eligibilityRows(db: Sqlite, claimId: number): EligibilityRow[] {
  return db
    .prepare<[number], EligibilityRow>(
      `SELECT cl.line_no, s.reference, x.line_number AS export_line_number, e.entry_number, el.line_number AS entry_line_number, a.basis, ${RUN_METHOD_COLUMNS},
              s.destination_country, s.export_date, x.hts10 AS export_hts10, x.schedule_b, el.hts10 AS import_hts10
       FROM claim_lines cl JOIN allocations a ON a.id = cl.allocation_id ${RUN_JOIN}
       JOIN export_lines x ON x.id = cl.export_line_id JOIN export_shipments s ON s.id = x.shipment_id
       JOIN entry_lines el ON el.id = cl.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       WHERE cl.claim_id = ? AND ${LINE_COUNTS_SQL} ORDER BY cl.line_no`,
    )
    .all(claimId);
}

export type EntryLineFit = Pick<Entry, 'entry_number'> &
  Pick<EntryLine, 'line_number' | 'quantity' | 'uom'> & { item_uom: SqlRow<typeof items>['uom'] | null; claimed: number };

/** An entry line with what the claims in force take from it (a desk check). */
export function entryLineFit(db: Sqlite, entryLineId: number): EntryLineFit | undefined {
  return db
    .prepare<[number], EntryLineFit>(
      `SELECT e.entry_number, el.line_number, el.quantity, el.uom, (SELECT i.uom FROM lots l JOIN items i ON i.id = l.item_id WHERE l.entry_line_id = el.id LIMIT 1) AS item_uom,
              (SELECT COALESCE(SUM(cl.quantity), 0) ${IN_FORCE_CLAIM_LINES} AND cl.entry_line_id = el.id) AS claimed
       FROM entry_lines el JOIN import_entries e ON e.id = el.entry_id WHERE el.id = ?`,
    )
    .get(entryLineId);
}

export type ExportLineFit = Pick<Shipment, 'reference'> & Pick<ExportLine, 'line_number' | 'quantity'> & { claimed: number };

/** An export line with what the claims in force use of it (a desk check). */
export function exportLineFit(db: Sqlite, exportLineId: number): ExportLineFit | undefined {
  return db
    .prepare<[number], ExportLineFit>(
      `SELECT s.reference, x.line_number, x.quantity, (SELECT COALESCE(SUM(cl.quantity), 0) ${IN_FORCE_CLAIM_LINES} AND cl.export_line_id = x.id) AS claimed FROM export_lines x JOIN export_shipments s ON s.id = x.shipment_id WHERE x.id = ?`,
    )
    .get(exportLineId);
}

/** Whether a claim's line is excluded (undefined: the claim has no such line). */
export function claimLineExcluded(db: Sqlite, claimId: number, lineNo: number): { excluded: number } | undefined {
  return db
    .prepare<[number, number], { excluded: number }>(`SELECT NOT ${LINE_COUNTS_SQL} AS excluded FROM claim_lines cl WHERE cl.claim_id = ? AND cl.line_no = ?`)
    .get(claimId, lineNo);
}
