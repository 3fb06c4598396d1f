import { electionOf, type ClaimProvision } from '../../../src-shared/domain/claims';
import { convertToBase } from '../../../src-shared/units';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import type { ClaimFacts, EntryLineUse, ExportLineUse, RuleLine } from '../../engine/claims/claim-rules';
import { NO_REFUNDS } from '../../engine/claims/refundable-charges';
import { IN_FORCE } from '../../ledger/repos/allocations-repo';
import { shipmentsWithProof } from '../../ledger/repos/exports-repo';
import { eligibilityFacts } from './claim-eligibility-facts';
import { CLAIM_STATE_SQL, LINE_COUNTS_SQL, type ClaimRow } from '../../ledger/repos/claims-repo';

interface LineRow {
  line_no: number;
  quantity: number;
  refund_4dp: number;
  entry_line_id: number;
  entry_number: string;
  entry_line_number: number;
  import_date: string;
  reconciliation_flag: number;
  export_line_id: number;
  reference: string;
  export_line_number: number;
  export_date: string;
  shipment_id: number;
  duty_if_imported_4dp: number | null;
  in_force: number;
}

/**
 * Reads what the claim rules need: the claim's counted lines, and for every entry line and export
 * line it touches, what all claims in force (not withdrawn, lines not excluded) take from them.
 * The day of the action is the caller's (claim-validation.ts factsAsOf), from the desk's clock.
 */
export function claimFacts(db: Sqlite, claim: ClaimRow): Omit<ClaimFacts, 'actionDay'> {
  const rows = db
    .prepare(
      `SELECT cl.line_no, cl.quantity, cl.refund_4dp, cl.entry_line_id, e.entry_number, el.line_number AS entry_line_number, e.import_date, e.reconciliation_flag,
              cl.export_line_id, s.reference, x.line_number AS export_line_number, s.export_date, s.id AS shipment_id, x.duty_if_imported_4dp,
              EXISTS (SELECT 1 FROM allocations a WHERE a.id = cl.allocation_id AND ${IN_FORCE}) AS in_force
       FROM claim_lines cl JOIN entry_lines el ON el.id = cl.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       JOIN export_lines x ON x.id = cl.export_line_id JOIN export_shipments s ON s.id = x.shipment_id
       WHERE cl.claim_id = ? AND ${LINE_COUNTS_SQL} ORDER BY cl.line_no`,
    )
    .all(claim.id) as LineRow[];
  const proven = shipmentsWithProof(db, rows.map((r) => r.shipment_id));
  const lines: RuleLine[] = rows.map((r) => ({
    lineNo: r.line_no,
    quantity: r.quantity,
    refund4dp: BigInt(r.refund_4dp),
    entryLineId: r.entry_line_id,
    entryLabel: `entry ${r.entry_number} line ${r.entry_line_number}`,
    importDay: parseIsoDay(r.import_date)!,
    reconciliationFlag: r.reconciliation_flag === 1,
    exportLineId: r.export_line_id,
    exportLabel: `shipment ${r.reference} line ${r.export_line_number}`,
    exportDay: parseIsoDay(r.export_date)!,
    shipmentId: r.shipment_id,
    shipmentReference: r.reference,
    hasProofOfExport: proven.has(r.shipment_id),
    allocationInForce: r.in_force === 1,
    hasExportDuty: r.duty_if_imported_4dp !== null,
  }));
  return { claimNumber: claim.number, provision: claim.provision, claimDay: parseIsoDay(claim.claim_date)!, lines, entryLines: entryLineUses(db, claim), exportLines: exportLineUses(db, claim), eligibility: eligibilityFacts(db, claim) };
}

const IN_FORCE_CLAIM_LINES = `FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id WHERE ${LINE_COUNTS_SQL} AND ${CLAIM_STATE_SQL} != 'withdrawn'`;

function entryLineUses(db: Sqlite, claim: ClaimRow): Map<number, EntryLineUse> {
  const uses = new Map<number, EntryLineUse>();
  const lines = db
    .prepare(
      `SELECT el.id, el.quantity, el.uom, el.duty_4dp, el.excise_tax_4dp, el.mpf_4dp, el.hmf_4dp, (SELECT i.uom FROM lots l JOIN items i ON i.id = l.item_id WHERE l.entry_line_id = el.id LIMIT 1) AS item_uom
       FROM entry_lines el WHERE el.id IN (SELECT DISTINCT entry_line_id FROM claim_lines WHERE claim_id = ?)`,
    )
    .all(claim.id) as { id: number; quantity: number; uom: string; duty_4dp: number; excise_tax_4dp: number | null; mpf_4dp: number; hmf_4dp: number; item_uom: string | null }[];
  for (const l of lines) {
    const paid = { duty: BigInt(l.duty_4dp), exciseTax: BigInt(l.excise_tax_4dp ?? 0), mpf: BigInt(l.mpf_4dp), hmf: BigInt(l.hmf_4dp) };
    uses.set(l.id, { lineQuantity: convertToBase(l.quantity, l.uom, l.item_uom ?? l.uom) ?? l.quantity, paid, claimedQuantity: 0, claimed: { ...NO_REFUNDS }, byClaim: [], fixedElection: null });
  }
  const shares = db
    .prepare(
      `SELECT cl.entry_line_id AS id, c.number, c.provision, ${CLAIM_STATE_SQL} AS state, SUM(cl.quantity) AS quantity, SUM(cl.refund_4dp) AS refund,
              COALESCE(SUM(cl.tax_refund_4dp), 0) AS tax, SUM(cl.mpf_refund_4dp) AS mpf, COALESCE(SUM(cl.hmf_refund_4dp), 0) AS hmf,
              (SELECT MIN(ev.id) FROM claim_events ev WHERE ev.claim_id = c.id AND ev.to_state = 'approved') AS approved_at
       ${IN_FORCE_CLAIM_LINES} AND cl.entry_line_id IN (SELECT DISTINCT entry_line_id FROM claim_lines WHERE claim_id = ?)
       GROUP BY cl.entry_line_id, c.id ORDER BY c.id`,
    )
    // a sum of refunds may pass 2^53 where a row cannot: read as bigint, so nothing is rounded
    .safeIntegers(true)
    .all(claim.id) as { id: bigint; number: string; provision: ClaimProvision; state: string; quantity: bigint; refund: bigint; tax: bigint; mpf: bigint; hmf: bigint; approved_at: bigint | null }[];
  const firstAccepted = new Map<number, number>();
  for (const row of shares) {
    const s = { ...row, id: Number(row.id), quantity: Number(row.quantity), approved_at: row.approved_at === null ? null : Number(row.approved_at) };
    const use = uses.get(s.id)!;
    use.claimedQuantity += s.quantity;
    use.claimed = { duty: use.claimed.duty + BigInt(s.refund), exciseTax: use.claimed.exciseTax + BigInt(s.tax), mpf: use.claimed.mpf + BigInt(s.mpf), hmf: use.claimed.hmf + BigInt(s.hmf) };
    use.byClaim.push({ number: s.number, quantity: s.quantity });
    // 190.51(a)(3): the first claim accepted on a line fixes its election; a draft does not.
    const accepted = s.number !== claim.number && s.approved_at !== null && ['approved', 'filed', 'liquidated'].includes(s.state);
    if (accepted && s.approved_at! < (firstAccepted.get(s.id) ?? Infinity)) {
      firstAccepted.set(s.id, s.approved_at!);
      use.fixedElection = { election: electionOf(s.provision), claimNumber: s.number };
    }
  }
  return uses;
}

function exportLineUses(db: Sqlite, claim: ClaimRow): Map<number, ExportLineUse> {
  const uses = new Map<number, ExportLineUse>();
  for (const x of db.prepare('SELECT id, quantity FROM export_lines WHERE id IN (SELECT DISTINCT export_line_id FROM claim_lines WHERE claim_id = ?)').all(claim.id) as { id: number; quantity: number }[]) {
    uses.set(x.id, { exportQuantity: x.quantity, claimedQuantity: 0, byClaim: [] });
  }
  const shares = db
    .prepare(`SELECT cl.export_line_id AS id, c.number, SUM(cl.quantity) AS quantity ${IN_FORCE_CLAIM_LINES} AND cl.export_line_id IN (SELECT DISTINCT export_line_id FROM claim_lines WHERE claim_id = ?) GROUP BY cl.export_line_id, c.id ORDER BY c.id`)
    .all(claim.id) as { id: number; number: string; quantity: number }[];
  for (const s of shares) {
    const use = uses.get(s.id)!;
    use.claimedQuantity += s.quantity;
    use.byClaim.push({ number: s.number, quantity: s.quantity });
  }
  return uses;
}
