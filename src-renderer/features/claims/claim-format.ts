import type { ClaimProvision, ClaimState, ExceptionKind } from '../../../src-shared/domain/claims';
import { PROVISION_LABELS } from '../../../src-shared/domain/claims';
import type { AllocationBasis, ExportDocumentKind } from '../../../src-shared/domain/exports';

/** "1313(j)(1)" from the provision's full label, for tables. */
export function provisionCode(provision: ClaimProvision): string {
  return PROVISION_LABELS[provision].split(' ')[0] ?? provision;
}

export const STATE_LABELS: Record<ClaimState, string> = {
  draft: 'draft',
  'in-review': 'in review',
  approved: 'approved',
  filed: 'filed',
  liquidated: 'liquidated',
  withdrawn: 'withdrawn',
};

export const KIND_LABELS: Record<ExceptionKind, string> = {
  'missing-proof-of-export': 'Missing proof of export',
  'over-import-quantity': 'More than was imported',
  'over-import-duty': 'More than 99% of the duty paid',
  'export-reused': 'Export claimed twice',
  'export-before-import': 'Exported before it was imported',
  'export-after-five-years': 'Exported after five years',
  'export-after-claim-date': 'Exported after the claim date',
  'claim-after-five-years': 'Claim after five years',
  'reconciliation-flagged': 'Entry flagged for reconciliation',
  'split-election': 'Entry line split between elections',
  'allocation-released': 'Allocation released',
  'missing-export-duty': "Export's duty if imported missing",
  'destination-restricted': 'Destination restricts drawback',
  'classification-mismatch': 'Classification does not allow substitution',
  'hts-fact-missing': 'HTS "other" fact missing',
  'accounting-method-mismatch': 'Accounting method not the one used',
};

export const DOCUMENT_LABELS: Record<ExportDocumentKind, string> = {
  'bill-of-lading': 'Bill of lading',
  'air-waybill': 'Air waybill',
  'freight-waybill': 'Freight waybill',
  'cargo-manifest': 'Cargo manifest',
  'canadian-customs-manifest': 'Canadian customs manifest',
  'eei-filing': 'EEI filing (proof with its AES ITN)',
  'postal-record': 'Official postal record',
  'notice-of-lading': 'Notice of lading (vessel/aircraft supplies)',
  'notice-of-transfer': 'Notice of transfer (foreign trade zone)',
  'commercial-invoice': 'Commercial invoice (not proof of export)',
  other: 'Other',
};

export const BASIS_LABELS: Record<AllocationBasis, string> = {
  lot: 'lot named at pick',
  entry: 'entry named on the export',
  sku: 'same SKU (accounting method)',
  substitution: 'substitution',
  manual: 'manual allocation',
};

/** A claim period, short: 2023-11-01 – 11-30 within one year. */
export function formatPeriod(start: string, end: string): string {
  return start.slice(0, 4) === end.slice(0, 4) ? `${start} – ${end.slice(5)}` : `${start} – ${end}`;
}
