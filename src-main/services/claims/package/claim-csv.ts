import type { ClaimPackage } from '../claim-package';

/** RFC 4180 ends records with CRLF; spreadsheets on every platform read it as one row per line. */
export const CRLF = '\r\n';

/**
 * A UTF-8 byte order mark: without it Excel reads the file as the local code page and a claimant
 * like "Société" comes out garbled. Parsers that know about it (csv-parse `bom: true`) drop it.
 */
export const UTF8_BOM = '\uFEFF';

const NUMBER = /^[-+]?\d+(\.\d+)?$/;
/** Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a leading `'` keeps text such as a SKU "=HYPERLINK(...)" from running as a formula
 * when the file is opened; amounts such as "-0.50" are numbers and stay as they are. Then RFC 4180
 * quoting: a field with a comma, quote or line break is quoted and its quotes doubled.
 */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null)[]): string {
  return cells.map(csvCell).join(',') + CRLF;
}

/** "6109100012" -> "6109.10.0012": dotted, as on the entry summary, and a spreadsheet keeps leading zeros. */
export function dottedHts(hts: string): string {
  return /^\d{10}$/.test(hts) ? `${hts.slice(0, 4)}.${hts.slice(4, 6)}.${hts.slice(6)}` : hts;
}

export const CLAIM_CSV_HEADER = [
  'Claim number',
  'Line no',
  'Shipment reference',
  'Export line',
  'Export date',
  'Destination',
  'SKU',
  'HTS',
  'Quantity',
  'Unit',
  'Entry number',
  'Entry line',
  'Import date',
  'Lot',
  'Basis',
  'Duty per unit',
  'Duty paid',
  'Refund',
  'MPF refund',
  // appended, so the columns before keep their places for whoever reads them by position
  'Tax refund',
  'HMF refund',
] as const;

/** One row per claim line (excluded lines are not in the package), for a spreadsheet or an upload. */
export function claimPackageCsv(pkg: ClaimPackage): string {
  const number = pkg.claim.number;
  let out = UTF8_BOM + csvRow(CLAIM_CSV_HEADER);
  for (const l of pkg.lines) {
    out += csvRow([
      number,
      l.lineNo,
      l.shipmentReference,
      l.exportLineNumber,
      l.exportDate,
      l.destinationCountry,
      l.sku,
      dottedHts(l.hts),
      l.quantity,
      l.uom,
      l.entryNumber,
      l.entryLineNumber,
      l.importDate,
      l.lotCode,
      l.basis,
      l.dutyPerUnit,
      l.dutyPaid,
      l.refund,
      l.mpfRefund,
      l.taxRefund,
      l.hmfRefund,
    ]);
  }
  return out;
}
