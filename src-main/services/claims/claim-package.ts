import { PROVISION_LABELS, type ClaimDetail, type ClaimLine } from '../../../src-shared/domain/claims';
import type { ExportDocument } from '../../../src-shared/domain/exports';
import { formatClaimed, formatMoney, parseMoney } from '../../../src-shared/money';
import type { AuditAnchor } from '../../ledger/audit/audit-chain';
import { currentAnchor } from '../../ledger/audit/anchors';
import { claimLinesPage, statedRefunds, type RefundSums } from '../../ledger/repos/claims-repo';
import { shipmentDocuments, shipmentsByReferences } from '../../ledger/repos/exports-repo';
import type { ServiceContext } from '../service-context';
import { claimDetail } from './claim-read';
import { requireClaim } from './claim-validation';

/** One designated import line of the claim, with what the claim takes from it. */
export interface PackageImport {
  entryNumber: string;
  entryLineNumber: number;
  importDate: string;
  hts: string;
  dutyPerUnit: string;
  claimedQuantity: number;
  dutyPaid: string;
  /** refunds claimed on the line, by type, each rounded down to the cent */
  refund: string;
  taxRefund: string;
  mpfRefund: string;
  hmfRefund: string;
}

/** One export line of the claim, with the documents that prove it left. */
export interface PackageExport {
  shipmentReference: string;
  exportLineNumber: number;
  exportDate: string;
  destinationCountry: string;
  declarationReference: string | null;
  sku: string;
  hts: string;
  claimedQuantity: number;
  uom: string;
}

export interface PackageDocument extends ExportDocument {
  shipmentReference: string;
}

/**
 * Everything a claim package holds, in the order of the drawback claim records: the header, the
 * designated imports, the classifications, the quantities and amounts (the links between each export
 * unit and its import), the exports, and the documents. Built once; each format writes it out.
 */
export interface ClaimPackage {
  generatedAt: string;
  claim: ClaimDetail;
  provisionLabel: string;
  imports: PackageImport[];
  /** per 8-digit HTS: units claimed against imports classified under it, and exported units declared under it */
  classifications: { hts8: string; importedQuantity: number; exportedQuantity: number }[];
  exports: PackageExport[];
  /** the claim lines that count (excluded ones are left out), in line order */
  lines: ClaimLine[];
  documents: PackageDocument[];
  /**
   * The ledger's audit chain head when the package was made, signed with the ledger's key: a copy of
   * the head kept outside the ledger file, so `audit verify --anchor PACKAGE` can show records cut off
   * after it (DESIGN §4).
   */
  auditAnchor: AuditAnchor | null;
}

const PAGE = 5_000;

export function buildClaimPackage(ctx: ServiceContext, number: string): ClaimPackage {
  const claimRow = requireClaim(ctx, number);
  const claim = claimDetail(ctx, number, { allExceptions: true });
  const lines: ClaimLine[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = claimLinesPage(ctx.db, claimRow.id, { claimNumber: number, offset, limit: PAGE, onlyExceptions: false });
    lines.push(...page.lines.filter((l) => !l.excluded));
    if (page.lines.length < PAGE) break;
  }
  const imports = new Map<string, PackageImport & { duty4dp: bigint; sums: RefundSums }>();
  const exports = new Map<string, PackageExport>();
  const classes = new Map<string, { hts8: string; importedQuantity: number; exportedQuantity: number }>();
  for (const l of lines) {
    const ik = `${l.entryNumber}|${l.entryLineNumber}`;
    const imp = imports.get(ik) ?? {
      entryNumber: l.entryNumber,
      entryLineNumber: l.entryLineNumber,
      importDate: l.importDate,
      hts: l.importHts,
      dutyPerUnit: l.dutyPerUnit,
      claimedQuantity: 0,
      dutyPaid: '',
      refund: '',
      taxRefund: '',
      mpfRefund: '',
      hmfRefund: '',
      duty4dp: 0n,
      sums: { refund: 0n, tax: 0n, mpf: 0n, hmf: 0n },
    };
    imp.claimedQuantity += l.quantity;
    imp.duty4dp += parseMoney(l.dutyPaid);
    imp.sums = addLineRefunds(imp.sums, l);
    imports.set(ik, imp);
    const xk = `${l.shipmentReference}|${l.exportLineNumber}`;
    const exp = exports.get(xk) ?? {
      shipmentReference: l.shipmentReference,
      exportLineNumber: l.exportLineNumber,
      exportDate: l.exportDate,
      destinationCountry: l.destinationCountry,
      declarationReference: null,
      sku: l.sku,
      hts: l.hts,
      claimedQuantity: 0,
      uom: l.uom,
    };
    exp.claimedQuantity += l.quantity;
    exports.set(xk, exp);
    const classOf = (hts: string) => {
      const hts8 = hts.slice(0, 8);
      const cls = classes.get(hts8) ?? { hts8, importedQuantity: 0, exportedQuantity: 0 };
      classes.set(hts8, cls);
      return cls;
    };
    classOf(l.importHts).importedQuantity += l.quantity;
    classOf(l.hts).exportedQuantity += l.quantity;
  }
  const shipments = new Map(shipmentsByReferences(ctx.db, [...new Set(lines.map((l) => l.shipmentReference))]).map((s) => [s.reference, s]));
  for (const exp of exports.values()) exp.declarationReference = shipments.get(exp.shipmentReference)?.declaration_reference ?? null;
  const documents = [...shipments.values()].flatMap((s) => shipmentDocuments(ctx.db, s.id).map((d) => ({ ...d, shipmentReference: s.reference })));
  const generatedAt = ctx.clock.now().toISOString();
  return {
    generatedAt,
    claim,
    provisionLabel: PROVISION_LABELS[claim.provision],
    imports: [...imports.values()].map(({ duty4dp, sums, ...rest }) => {
      const stated = statedRefunds(sums);
      return {
        ...rest,
        dutyPaid: formatMoney(duty4dp),
        refund: formatClaimed(stated.duty),
        taxRefund: formatClaimed(stated.tax),
        mpfRefund: formatClaimed(stated.mpf),
        hmfRefund: formatClaimed(stated.hmf),
      };
    }),
    classifications: [...classes.values()].sort((a, b) => a.hts8.localeCompare(b.hts8)),
    exports: [...exports.values()],
    lines,
    documents,
    auditAnchor: currentAnchor(ctx.db, `claim package ${number}`, generatedAt),
  };
}

/** Adds one claim line's refunds (four decimals, as stored) to running sums by type. */
export function addLineRefunds(sums: RefundSums, l: ClaimLine): RefundSums {
  return {
    refund: sums.refund + parseMoney(l.refund),
    tax: sums.tax + parseMoney(l.taxRefund),
    mpf: sums.mpf + parseMoney(l.mpfRefund),
    hmf: sums.hmf + parseMoney(l.hmfRefund),
  };
}

/** Everything one claim line refunds, at four decimals. */
export function lineRefundTotal(l: ClaimLine): bigint {
  return parseMoney(l.refund) + parseMoney(l.taxRefund) + parseMoney(l.mpfRefund) + parseMoney(l.hmfRefund);
}
