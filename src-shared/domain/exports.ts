import type { MoneyText } from './ledger';

/**
 * Documents that can be attached to a shipment. Which of them prove the export, and under which
 * paragraph of 19 CFR 190.72(b), is data in export-documents.ts.
 */
export const EXPORT_DOCUMENT_KINDS = [
  'bill-of-lading',
  'air-waybill',
  'freight-waybill',
  'cargo-manifest',
  'canadian-customs-manifest',
  'eei-filing',
  'postal-record',
  'notice-of-lading',
  'notice-of-transfer',
  'commercial-invoice',
  'other',
] as const;
export type ExportDocumentKind = (typeof EXPORT_DOCUMENT_KINDS)[number];

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
  /** true when an attached document proves the export (190.72(b); export-documents.ts) */
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

/**
 * The approved accounting methods that identify commingled fungible stock (19 CFR 190.14, 191.14(c)):
 * direct identification of an export to lots of its item that were mixed in the warehouse runs one of
 * these, the one chosen for the inventory, and the claim records it.
 */
export const ACCOUNTING_METHOD_NAMES = ['fifo', 'lifo', 'low-to-high', 'low-to-high-turnover', 'low-to-high-blanket', 'average'] as const;
export type AccountingMethodName = (typeof ACCOUNTING_METHOD_NAMES)[number];

/**
 * The orders substitutes may be designated in. Under substitution (19 U.S.C. 1313(j)(2)) the claimant
 * designates imports; nothing is identified, so any order is lawful there. Only FIFO and LIFO are
 * also approved accounting methods: `oldest-import` and `highest-duty` never identify commingled stock.
 */
export const ALLOCATION_ORDERS = ['fifo', 'lifo', 'oldest-import', 'highest-duty'] as const;
export type AllocationOrder = (typeof ALLOCATION_ORDERS)[number];

/** A matching run's policy, as it was run (the request's choices with the desk's settings filled in). */
export interface MatchingPolicy {
  /** the approved accounting method commingled lots of an export's item are drawn by */
  method: AccountingMethodName;
  /** the inventory's average turnover period in days (low-to-high-turnover only) */
  turnoverDays: number | null;
  /** after direct identification, designate other lots of the same 8-digit HTS and origin (substitution) */
  substitution: boolean;
  /** the order substitutes are designated in */
  order: AllocationOrder;
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
