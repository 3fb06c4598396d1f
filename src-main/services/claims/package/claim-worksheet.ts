import { formatClaimed } from '../../../../src-shared/money';
import { ANCHOR_WORKSHEET_HEADER, ANCHOR_WORKSHEET_SECTION, anchorWorksheetRow } from '../../../ledger/audit/anchors';
import { statedRefunds, type RefundSums } from '../../../ledger/repos/claims-repo';
import { addLineRefunds, type ClaimPackage, type PackageDocument } from '../claim-package';
import { CRLF, UTF8_BOM, csvRow, dottedHts } from './claim-csv';

export const WORKSHEET_SECTIONS = ['HEADER', 'IMPORTS', 'CLASSIFICATIONS', 'QUANTITIES', 'REVENUE', 'EXPORTS', ANCHOR_WORKSHEET_SECTION] as const;

type Cell = string | number | null;
type Section = { header: readonly string[]; rows: Cell[][] };

/** "1313(j)(1) unused merchandise, ..." -> "19 U.S.C. 1313(j)(1)": the paragraph a claim is filed under. */
function paragraph(label: string): string {
  const m = /^1313\([a-z]\)(\(\d\))?/.exec(label);
  return m ? `19 U.S.C. ${m[0]}` : '';
}

function documentList(docs: PackageDocument[]): string {
  return docs.map((d) => [d.kind, d.reference, d.documentDate].filter(Boolean).join(' ')).join('; ');
}

/**
 * The package as a worksheet grouped the way drawback claim records are (CBP Form 7551 / the ACE
 * drawback claim): header, designated imports, classifications, quantities, revenue, exports. Each
 * section is a `# NAME` line, a header row and its rows, so a person can read it and a script can
 * split it. The totals are the claim's own (its exact line amounts rounded down to the cent once), never re-added here.
 */
export function claimPackageWorksheet(pkg: ClaimPackage): string {
  const c = pkg.claim;
  // an import line's total refund the way the claim states its own: each type's exact line amounts
  // rounded down to the cent, then added (statedRefunds)
  const importSums = new Map<string, RefundSums>();
  for (const l of pkg.lines) {
    const k = `${l.entryNumber}|${l.entryLineNumber}`;
    importSums.set(k, addLineRefunds(importSums.get(k) ?? { refund: 0n, tax: 0n, mpf: 0n, hmf: 0n }, l));
  }
  const importTotal = (entryNumber: string, line: number) =>
    formatClaimed(statedRefunds(importSums.get(`${entryNumber}|${line}`) ?? { refund: 0n, tax: 0n, mpf: 0n, hmf: 0n }).total);
  const docsByShipment = new Map<string, PackageDocument[]>();
  for (const d of pkg.documents) {
    const list = docsByShipment.get(d.shipmentReference);
    if (list) list.push(d);
    else docsByShipment.set(d.shipmentReference, [d]);
  }
  const sections: Record<(typeof WORKSHEET_SECTIONS)[number], Section> = {
    HEADER: {
      header: [
        'Claim number',
        'Claimant',
        'Provision',
        'Paragraph',
        'Provision label',
        'Accounting method',
        'Period start',
        'Period end',
        'Claim date',
        'State',
        'Filed reference',
        'Lines',
        'Quantity',
        'Duty paid',
        'Duty refund',
        'Tax refund',
        'MPF refund',
        'HMF refund',
        'Total refund',
        'Open exceptions',
      ],
      rows: [
        [
          c.number,
          c.claimant,
          c.provision,
          paragraph(pkg.provisionLabel),
          pkg.provisionLabel,
          c.accountingMethod,
          c.periodStart,
          c.periodEnd,
          c.claimDate,
          c.state,
          c.filedReference,
          c.lines,
          c.quantity,
          c.dutyPaid,
          c.dutyRefund,
          c.taxRefund,
          c.mpfRefund,
          c.hmfRefund,
          c.totalRefund,
          c.openExceptions,
        ],
      ],
    },
    IMPORTS: {
      header: ['Entry number', 'Entry line', 'Import date', 'HTS', 'Duty per unit', 'Quantity claimed'],
      rows: pkg.imports.map((i) => [i.entryNumber, i.entryLineNumber, i.importDate, dottedHts(i.hts), i.dutyPerUnit, i.claimedQuantity]),
    },
    CLASSIFICATIONS: {
      header: ['HTS-8', 'Imported quantity', 'Exported quantity'],
      rows: pkg.classifications.map((k) => [k.hts8, k.importedQuantity, k.exportedQuantity]),
    },
    QUANTITIES: {
      header: ['Claim line', 'Shipment reference', 'Export line', 'SKU', 'Quantity', 'Unit', 'Entry number', 'Entry line', 'Lot', 'Basis'],
      rows: pkg.lines.map((l) => [
        l.lineNo,
        l.shipmentReference,
        l.exportLineNumber,
        l.sku,
        l.quantity,
        l.uom,
        l.entryNumber,
        l.entryLineNumber,
        l.lotCode,
        l.basis,
      ]),
    },
    REVENUE: {
      header: ['Entry number', 'Entry line', 'Quantity', 'Duty paid', 'Refund (99%)', 'Tax refund', 'MPF refund', 'HMF refund', 'Total refund'],
      rows: [
        ...pkg.imports.map((i): Cell[] => [
          i.entryNumber,
          i.entryLineNumber,
          i.claimedQuantity,
          i.dutyPaid,
          i.refund,
          i.taxRefund,
          i.mpfRefund,
          i.hmfRefund,
          importTotal(i.entryNumber, i.entryLineNumber),
        ]),
        ['TOTAL', null, c.quantity, c.dutyPaid, c.dutyRefund, c.taxRefund, c.mpfRefund, c.hmfRefund, c.totalRefund],
      ],
    },
    EXPORTS: {
      header: ['Shipment reference', 'Export line', 'Export date', 'Destination', 'Declaration/ITN', 'SKU', 'HTS', 'Quantity', 'Unit', 'Documents'],
      rows: pkg.exports.map((x) => [
        x.shipmentReference,
        x.exportLineNumber,
        x.exportDate,
        x.destinationCountry,
        x.declarationReference,
        x.sku,
        dottedHts(x.hts),
        x.claimedQuantity,
        x.uom,
        documentList(docsByShipment.get(x.shipmentReference) ?? []),
      ]),
    },
    // the ledger's signed audit chain head at export: `audit verify --anchor` checks it against the ledger
    [ANCHOR_WORKSHEET_SECTION]: { header: ANCHOR_WORKSHEET_HEADER, rows: pkg.auditAnchor ? [anchorWorksheetRow(pkg.auditAnchor)] : [] },
  };
  let out = UTF8_BOM;
  for (const name of WORKSHEET_SECTIONS) {
    const s = sections[name];
    out += `${name === 'HEADER' ? '' : CRLF}# ${name}${CRLF}${csvRow(s.header)}`;
    for (const row of s.rows) out += csvRow(row);
  }
  return out;
}
