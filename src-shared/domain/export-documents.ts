import type { ExportDocumentKind } from './exports';

/** What a kind of export document proves, and under which paragraph of 19 CFR 190.72(b). */
export interface ExportDocumentRule {
  /** how the desk names it in sentences */
  label: string;
  /** the paragraph of 190.72(b) that accepts it as proof of export; null when it proves nothing by itself */
  provenBy: string | null;
  /** when only some references of the kind prove export (an EEI filing: the AES record, by its ITN) */
  reference?: { pattern: RegExp; description: string };
}

/**
 * AES answers an accepted EEI filing with an Internal Transaction Number: "X", the filing date as
 * YYYYMMDD and six digits (e.g. X20231106000001). A filer's own shipment reference (the XTN) is not
 * a record of the export system.
 */
const ITN = /^X\d{14}$/;

/**
 * Which documents establish exportation, as data (19 CFR 190.72(b), "include, but are not limited to"):
 * (1) records or other documentary evidence issued by the exporting carrier: bill of lading, air
 *     waybill, freight waybill, Canadian customs manifest, cargo manifest;
 * (2) records from a CBP-approved electronic export system of the United States Government (190.73):
 *     the EEI filing as AES accepted it, named by its ITN;
 * (3) official postal records for exportation by mail (190.74);
 * (4) a notice of lading for supplies on certain vessels or aircraft (190.112);
 * (5) a notice of transfer into a foreign trade zone (190.183).
 * A commercial invoice shows a sale, not that the goods left; "other" documents are kept as support
 * and prove nothing by themselves.
 */
export const EXPORT_DOCUMENT_RULES: Readonly<Record<ExportDocumentKind, ExportDocumentRule>> = {
  'bill-of-lading': { label: 'bill of lading', provenBy: '190.72(b)(1)' },
  'air-waybill': { label: 'air waybill', provenBy: '190.72(b)(1)' },
  'freight-waybill': { label: 'freight waybill', provenBy: '190.72(b)(1)' },
  'canadian-customs-manifest': { label: 'Canadian customs manifest', provenBy: '190.72(b)(1)' },
  'cargo-manifest': { label: 'cargo manifest', provenBy: '190.72(b)(1)' },
  'eei-filing': {
    label: 'EEI filing',
    provenBy: '190.72(b)(2)',
    reference: { pattern: ITN, description: 'the AES record of its EEI filing, named by the ITN AES gave it (X and 14 digits, e.g. X20231106000001)' },
  },
  'postal-record': { label: 'official postal record', provenBy: '190.72(b)(3)' },
  'notice-of-lading': { label: 'notice of lading (supplies for vessels or aircraft)', provenBy: '190.72(b)(4)' },
  'notice-of-transfer': { label: 'notice of transfer to a foreign trade zone', provenBy: '190.72(b)(5)' },
  'commercial-invoice': { label: 'commercial invoice', provenBy: null },
  other: { label: 'other document', provenBy: null },
};

/** True when this document, as attached, establishes exportation (19 CFR 190.72(b)). */
export function provesExport(document: { kind: ExportDocumentKind; reference: string }): boolean {
  const rule = EXPORT_DOCUMENT_RULES[document.kind];
  if (!rule || rule.provenBy === null) return false;
  return rule.reference ? rule.reference.pattern.test(document.reference.trim()) : true;
}

/** The documents that would clear a missing proof of export, in words, for the exception's message. */
export function proofOfExportChoices(): string {
  const carrier = Object.values(EXPORT_DOCUMENT_RULES)
    .filter((r) => r.provenBy === '190.72(b)(1)')
    .map((r) => r.label);
  const carrierList = `${carrier.slice(0, -1).join(', ')} or ${carrier[carrier.length - 1]!}`;
  return [
    `a ${carrierList} issued by the carrier (190.72(b)(1))`,
    `${EXPORT_DOCUMENT_RULES['eei-filing'].reference!.description} (190.72(b)(2))`,
    `official postal records for a mail shipment (190.72(b)(3))`,
  ].join('; ');
}
