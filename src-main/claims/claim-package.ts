import { PROVISION_LABELS, type ClaimDetail, type ClaimLine } from '../../src-shared/domain/claims';
import type { ExportDocument } from '../../src-shared/domain/exports';
import { formatClaimed, formatMoney, parseMoney } from '../../src-shared/money';
import type { AuditAnchor } from '../audit/audit-chain';
import { currentAnchor } from '../audit/anchors';
import { claimLinesPage } from '../ledger/claims-repo';
import { shipmentDocuments } from '../ledger/exports-repo';
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
  refund: string;
  mpfRefund: string;
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
  const imports = new Map<string, PackageImport & { duty4dp: bigint; refund4dp: bigint; mpf4dp: bigint }>();
  const exports = new Map<string, PackageExport>();
  const classes = new Map<string, { hts8: string; importedQuantity: number; exportedQuantity: number }>();
  for (const l of lines) {
    const ik = `${l.entryNumber}|${l.entryLineNumber}`;
    const imp = imports.get(ik) ?? { entryNumber: l.entryNumber, entryLineNumber: l.entryLineNumber, importDate: l.importDate, hts: l.importHts, dutyPerUnit: l.dutyPerUnit, claimedQuantity: 0, dutyPaid: '', refund: '', mpfRefund: '', duty4dp: 0n, refund4dp: 0n, mpf4dp: 0n };
    imp.claimedQuantity += l.quantity;
    imp.duty4dp += parseMoney(l.dutyPaid);
    imp.refund4dp += parseMoney(l.refund);
    imp.mpf4dp += parseMoney(l.mpfRefund);
    imports.set(ik, imp);
    const xk = `${l.shipmentReference}|${l.exportLineNumber}`;
    const exp = exports.get(xk) ?? { shipmentReference: l.shipmentReference, exportLineNumber: l.exportLineNumber, exportDate: l.exportDate, destinationCountry: l.destinationCountry, declarationReference: null, sku: l.sku, hts: l.hts, claimedQuantity: 0, uom: l.uom };
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
  const shipments = new Map((ctx.db.prepare(`SELECT id, reference, declaration_reference FROM export_shipments WHERE reference IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...new Set(lines.map((l) => l.shipmentReference))])) as { id: number; reference: string; declaration_reference: string | null }[]).map((s) => [s.reference, s]));
  for (const exp of exports.values()) exp.declarationReference = shipments.get(exp.shipmentReference)?.declaration_reference ?? null;
  const documents = [...shipments.values()].flatMap((s) => shipmentDocuments(ctx.db, s.id).map((d) => ({ ...d, shipmentReference: s.reference })));
  const generatedAt = ctx.clock.now().toISOString();
  return {
    generatedAt,
    claim,
    provisionLabel: PROVISION_LABELS[claim.provision],
    imports: [...imports.values()].map(({ duty4dp, refund4dp, mpf4dp, ...rest }) => ({ ...rest, dutyPaid: formatMoney(duty4dp), refund: formatClaimed(refund4dp), mpfRefund: formatClaimed(mpf4dp) })),
    classifications: [...classes.values()].sort((a, b) => a.hts8.localeCompare(b.hts8)),
    exports: [...exports.values()],
    lines,
    documents,
    auditAnchor: currentAnchor(ctx.db, `claim package ${number}`, generatedAt),
  };
}
