import type { ClaimDetail, ClaimLineEvidence, ClaimLinePage, ClaimProvision, EntryLineCharge } from '../../../src-shared/domain/claims';
import { AppError } from '../../../src-shared/errors';
import { formatAmount, formatMoney } from '../../../src-shared/money';
import type { ClaimLinesQuery } from '../../../src-shared/schemas/claim-inputs';
import { CHARGE_LABELS, CHARGE_TYPES, FEE_TYPES, REFUNDABILITY, type ChargeType } from '../../engine/claims/refundable-charges';
import { claimLineEvidenceRow, type EntryLineChargeColumns } from '../../ledger/repos/claim-evidence-repo';
import { exceptionsOfClaim } from '../../ledger/repos/claim-exceptions-repo';
import { subjectOf, touchesLine } from '../../ledger/repos/exception-subjects';
import { claimHistory, claimLine, claimLinesPage, claimSummary } from '../../ledger/repos/claims-repo';
import { hasProofOfExport, shipmentDocuments } from '../../ledger/repos/exports-repo';
import { receiptsOfLot } from '../../ledger/repos/movements-repo';
import type { ServiceContext } from '../service-context';
import { exceptionsWithFacts } from './checklist-facts';
import { requireClaim } from './claim-validation';

/** Exceptions a claim's detail carries to a screen: the open ones first; the queue (exceptions:claim-queue) has the rest. */
export const DETAIL_EXCEPTIONS = 500;

export function claimDetail(ctx: ServiceContext, number: string, { allExceptions = false } = {}): ClaimDetail {
  const claim = requireClaim(ctx, number);
  const all = exceptionsWithFacts(ctx.db, exceptionsOfClaim(ctx.db, claim.id), ctx.clock.now());
  const ordered = [...all.filter((x) => x.state === 'open'), ...all.filter((x) => x.state !== 'open')];
  return { ...claimSummary(ctx.db, claim), history: claimHistory(ctx.db, claim.id), exceptions: allExceptions ? ordered : ordered.slice(0, DETAIL_EXCEPTIONS) };
}

export function claimLines(ctx: ServiceContext, query: ClaimLinesQuery): ClaimLinePage {
  return claimLinesPage(ctx.db, requireClaim(ctx, query.claimNumber).id, query);
}

/** Everything behind one claim line: the receipts, the lot, the entry line, the export and its documents. */
export function claimLineEvidence(ctx: ServiceContext, number: string, lineNo: number): ClaimLineEvidence {
  const claim = requireClaim(ctx, number);
  const line = claimLine(ctx.db, claim.id, lineNo);
  if (!line) throw new AppError('NOT_FOUND', `claim ${number} has no line ${lineNo}`, [{ field: 'lineNo', message: 'not found' }]);
  const row = claimLineEvidenceRow(ctx.db, line.rowId)!;
  const receipts = receiptsOfLot(ctx.db, row.lot_id);
  const { rowId: _rowId, subjects, ...publicLine } = line;
  // every exception about this line's shipment, entry line or export line, not only the ones raised on it
  const touching = exceptionsOfClaim(ctx.db, claim.id).filter((x) => touchesLine(subjectOf(x.subject_key, x.claim_line_no), subjects));
  return {
    line: publicLine,
    receipts: receipts.map((r) => ({
      movementId: r.uid,
      receivedAt: r.occurred_at,
      quantity: r.quantity,
      location: r.code,
      user: r.username,
      reference: r.reference,
    })),
    lot: { sku: row.sku, lotCode: row.lot_code, description: row.description, countryOfOrigin: row.country_of_origin },
    entry: {
      entryNumber: row.entry_number,
      lineNumber: row.line_number,
      entryDate: row.entry_date,
      importDate: row.import_date,
      hts: row.hts10,
      lineQuantity: row.line_quantity,
      uom: row.uom,
      lineDuty: formatMoney(BigInt(row.duty_4dp)),
      charges: entryCharges(claim.provision, claim.include_mpf === 1, row),
      reconciliationFlag: row.reconciliation_flag === 1,
      broker: row.broker,
    },
    shipment: {
      reference: row.reference,
      exportDate: row.export_date,
      destinationCountry: row.destination_country,
      exporter: row.exporter,
      declarationReference: row.declaration_reference,
      carrier: row.carrier,
      hasProofOfExport: hasProofOfExport(ctx.db, row.shipment_id),
    },
    documents: shipmentDocuments(ctx.db, row.shipment_id),
    allocation: {
      id: row.allocation_uid,
      basis: row.basis,
      createdAt: row.created_at,
      user: row.username,
      approver: row.approver,
      reason: row.reason,
      released: row.released === 1,
    },
    exceptions: exceptionsWithFacts(ctx.db, touching, ctx.clock.now()),
  };
}

const CHARGE_COLUMN: Record<ChargeType, keyof EntryLineChargeColumns> = {
  duty: 'duty_4dp',
  antidumping: 'antidumping_4dp',
  countervailing: 'countervailing_4dp',
  exciseTax: 'excise_tax_4dp',
  mpf: 'mpf_4dp',
  hmf: 'hmf_4dp',
  otherFees: 'other_fees_4dp',
};

/** Every type the entry line paid (and the regular duty always), with the provision's rule for it. */
function entryCharges(provision: ClaimProvision, includeFees: boolean, row: EntryLineChargeColumns): EntryLineCharge[] {
  return CHARGE_TYPES.map((type) => ({ type, amount: BigInt(row[CHARGE_COLUMN[type]] ?? 0) }))
    .filter(({ type, amount }) => type === 'duty' || amount !== 0n)
    .map(({ type, amount }) => {
      const rule = REFUNDABILITY[provision][type];
      const left = rule.refundable && FEE_TYPES.has(type) && !includeFees;
      return {
        label: CHARGE_LABELS[type],
        amount: formatAmount(amount),
        refundable: rule.refundable && !left,
        because: left ? `${rule.because}; not claimed: this claim does not include fees` : rule.because,
      };
    });
}
