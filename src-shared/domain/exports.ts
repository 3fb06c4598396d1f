import type { MoneyText } from './ledger';

/**
 * Documents that can show an export happened. 19 CFR 190.72(b): bills of lading, air waybills,
 * freight waybills, Canadian customs manifests and cargo manifests are documentary evidence of
 * exportation; a commercial invoice or an EEI filing alone is not.
 */
export const EXPORT_DOCUMENT_KINDS = ['bill-of-lading', 'air-waybill', 'freight-waybill', 'cargo-manifest', 'canadian-customs-manifest', 'eei-filing', 'commercial-invoice', 'other'] as const;
export type ExportDocumentKind = (typeof EXPORT_DOCUMENT_KINDS)[number];
export const PROOF_OF_EXPORT_KINDS: readonly ExportDocumentKind[] = ['bill-of-lading', 'air-waybill', 'freight-waybill', 'cargo-manifest', 'canadian-customs-manifest'];

export interface ExportDocument {
  id: string;
  kind: ExportDocumentKind;
  reference: string;
  documentDate: string | null;
  addedAt: string;
  addedBy: string;
}

/** How an export line's units were tied to an import lot. */
export const ALLOCATION_BASES = ['lot', 'entry', 'sku', 'substitution', 'manual'] as const;
export type AllocationBasis = (typeof ALLOCATION_BASES)[number];

export interface ExportLine {
  id: string;
  lineNumber: number;
  sku: string;
  hts: string;
  scheduleB: string | null;
  quantity: number;
  uom: string;
  lotCode: string | null;
  entryNumber: string | null;
  dutyIfImported: MoneyText | null;
  /** taxes and fees per unit the article would pay if imported, when stated */
  taxesFeesIfImported: MoneyText | null;
  /** units tied to import lots by allocations in force */
  allocated: number;
}

export interface ExportShipment {
  id: string;
  reference: string;
  exportDate: string;
  destinationCountry: string;
  exporter: string;
  declarationReference: string | null;
  carrier: string | null;
  lines: ExportLine[];
  documents: ExportDocument[];
  /** true when a transport document proves the export (190.72(b)) */
  hasProofOfExport: boolean;
}

export interface Allocation {
  id: string;
  shipmentReference: string;
  exportLineNumber: number;
  exportDate: string;
  sku: string;
  lotCode: string;
  entryNumber: string;
  entryLineNumber: number;
  importDate: string;
  quantity: number;
  basis: AllocationBasis;
  dutyPerUnit: MoneyText;
  runId: string | null;
  createdAt: string;
  user: string;
  approver: string | null;
  reason: string | null;
  /** released allocations stay on record; their units are free again */
  released: boolean;
}

/** The order in which candidate lots are drawn (per the desk's policy). */
export const ALLOCATION_ORDERS = ['fifo', 'lifo', 'oldest-import', 'highest-duty'] as const;
export type AllocationOrder = (typeof ALLOCATION_ORDERS)[number];

export interface MatchingPolicy {
  order: AllocationOrder;
  /** after direct identification, allow other lots of the same 8-digit HTS and origin (substitution) */
  substitution: boolean;
}

export interface MatchingRunSummary {
  id: string;
  trigger: string;
  policy: MatchingPolicy;
  startedAt: string;
  finishedAt: string;
  linesConsidered: number;
  linesMatched: number;
  linesPartial: number;
  linesUnmatched: number;
  unitsAllocated: number;
  /** why lines stayed (partly) unmatched, first ones only */
  unmatched: { shipmentReference: string; lineNumber: number; quantity: number; reason: string }[];
}

/** A matching run in progress, or its end, as the screens see it. */
export interface MatchingRunStatus {
  runId: string;
  state: 'running' | 'applying' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  message: string | null;
  summary: MatchingRunSummary | null;
}
