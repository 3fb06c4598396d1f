import { electionOf } from '../../../src-shared/domain/claims';
import { convertToBase } from '../../../src-shared/units';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import type { ClaimFacts, EntryLineUse, ExportLineUse, RuleLine } from '../../engine/claims/claim-rules';
import { NO_REFUNDS } from '../../engine/claims/refundable-charges';
import { countedLineFacts, entryLineShares, entryLinesOfClaim, exportLineShares, exportLinesOfClaim } from '../../ledger/repos/claim-facts-repo';
import { shipmentsWithProof } from '../../ledger/repos/exports-repo';
import { eligibilityFacts } from './claim-eligibility-facts';
import type { ClaimRow } from '../../ledger/repos/claims-repo';

/**
 * Reads what the claim rules need: the claim's counted lines, and for every entry line and export
 * line it touches, what all claims in force (not withdrawn, lines not excluded) take from them.
 * The day of the action is the caller's (claim-validation.ts factsAsOf), from the desk's clock.
 */
export function claimFacts(db: Sqlite, claim: ClaimRow): Omit<ClaimFacts, 'actionDay'> {
  const rows = countedLineFacts(db, claim.id);
  const proven = shipmentsWithProof(
    db,
    rows.map((r) => r.shipment_id),
  );
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
  return {
    claimNumber: claim.number,
    provision: claim.provision,
    claimDay: parseIsoDay(claim.claim_date)!,
    lines,
    entryLines: entryLineUses(db, claim),
    exportLines: exportLineUses(db, claim),
    eligibility: eligibilityFacts(db, claim),
  };
}

function entryLineUses(db: Sqlite, claim: ClaimRow): Map<number, EntryLineUse> {
  const uses = new Map<number, EntryLineUse>();
  const lines = entryLinesOfClaim(db, claim.id);
  for (const l of lines) {
    const paid = { duty: BigInt(l.duty_4dp), exciseTax: BigInt(l.excise_tax_4dp ?? 0), mpf: BigInt(l.mpf_4dp), hmf: BigInt(l.hmf_4dp) };
    uses.set(l.id, {
      lineQuantity: convertToBase(l.quantity, l.uom, l.item_uom ?? l.uom) ?? l.quantity,
      paid,
      claimedQuantity: 0,
      claimed: { ...NO_REFUNDS },
      byClaim: [],
      fixedElection: null,
    });
  }
  // a sum of refunds may pass 2^53 where a row cannot: read as bigint, so nothing is rounded
  const shares = entryLineShares(db, claim.id);
  const firstAccepted = new Map<number, number>();
  for (const row of shares) {
    const s = { ...row, id: Number(row.id), quantity: Number(row.quantity), approved_at: row.approved_at === null ? null : Number(row.approved_at) };
    const use = uses.get(s.id)!;
    use.claimedQuantity += s.quantity;
    use.claimed = {
      duty: use.claimed.duty + BigInt(s.refund),
      exciseTax: use.claimed.exciseTax + BigInt(s.tax),
      mpf: use.claimed.mpf + BigInt(s.mpf),
      hmf: use.claimed.hmf + BigInt(s.hmf),
    };
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
  for (const x of exportLinesOfClaim(db, claim.id)) {
    uses.set(x.id, { exportQuantity: x.quantity, claimedQuantity: 0, byClaim: [] });
  }
  const shares = exportLineShares(db, claim.id);
  for (const s of shares) {
    const use = uses.get(s.id)!;
    use.claimedQuantity += s.quantity;
    use.byClaim.push({ number: s.number, quantity: s.quantity });
  }
  return uses;
}
