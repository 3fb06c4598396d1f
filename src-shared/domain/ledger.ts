import type { Role } from '../roles';

/** Amounts cross every boundary as decimal strings (see money.ts); never as numbers. */
export type MoneyText = string;

export interface Item {
  sku: string;
  description: string;
  hts: string;
  countryOfOrigin: string;
  uom: string;
  drawbackEligible: boolean;
  gtin: string | null;
}

export interface EntryLine {
  lineNumber: number;
  hts: string;
  quantity: number;
  uom: string;
  enteredValue: MoneyText;
  /** regular duty */
  duty: MoneyText;
  antidumpingDuty: MoneyText;
  countervailingDuty: MoneyText;
  exciseTax: MoneyText;
  mpf: MoneyText;
  hmf: MoneyText;
  otherFees: MoneyText;
  /** line duty / line quantity at four decimals */
  dutyPerUnit: MoneyText;
  /** quantity already received against this line, in the line's unit */
  receivedQuantity: number;
}

export interface ImportEntry {
  id: string;
  entryNumber: string;
  entryType: string;
  entryDate: string;
  importDate: string;
  portCode: string;
  importer: string;
  broker: string;
  billOfLading: string | null;
  containers: string[];
  purchaseOrders: string[];
  reconciliationFlag: boolean;
  lines: EntryLine[];
}

export interface Location {
  code: string;
  description: string;
  drawbackSegregated: boolean;
}

export const MOVEMENT_KINDS = ['receipt', 'move', 'preserve', 'release', 'pick', 'ship', 'adjustment', 'reversal'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** Where a quantity sits within a location: free to use, held as drawback proof, or picked for an order. */
export const BUCKETS = ['available', 'preserved', 'picked'] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface Movement {
  id: string;
  kind: MovementKind;
  sku: string;
  lotCode: string;
  quantity: number;
  from: { location: string; bucket: Bucket } | null;
  to: { location: string; bucket: Bucket } | null;
  correctsMovementId: string | null;
  reference: string | null;
  occurredAt: string;
  user: string;
  approver: string | null;
  reason: string | null;
}

export interface BalanceRow {
  sku: string;
  lotCode: string;
  entryNumber: string;
  entryLineNumber: number;
  locationCode: string;
  drawbackSegregated: boolean;
  available: number;
  preserved: number;
  picked: number;
  dutyPerUnit: MoneyText;
}

export interface ReviewException {
  id: string;
  kind: 'hts-mismatch' | 'over-entry-quantity';
  message: string;
  entryNumber: string;
  lineNumber: number;
  sku: string;
  createdAt: string;
}

export interface ReceiptResult {
  movement: Movement;
  lot: { sku: string; lotCode: string; entryNumber: string; lineNumber: number };
  bucket: Bucket;
  exceptions: ReviewException[];
  /** true when the same reference had been received before and nothing new was written */
  duplicate: boolean;
}

export interface UserSummary {
  username: string;
  displayName: string;
  role: Role;
}

export interface AuditVerification {
  ok: boolean;
  recordsChecked: number;
  rowsChecked: number;
  /** the first bad record, when not ok; seq 0 when the schema (a table, column, index, trigger or view) was changed */
  firstBad?: { seq: number; reason: string };
  /** the anchors kept outside the file that were checked, by where they came from ("anchor log ledger.db.anchors": 12) */
  anchors: { source: string; count: number }[];
  /** what was not checked and why: a missing anchor log, anchors of another ledger, unreadable lines */
  notes: string[];
  /** where the audit key the seals were checked with came from */
  key?: string;
}

export interface ImportSummary {
  kind: 'items' | 'entries' | 'receipts' | 'locations' | 'exports' | 'hts-facts';
  file: string;
  rowsRead: number;
  written: number;
  unchanged: number;
  /** true when the very same file had already been imported: nothing was written */
  alreadyImported: boolean;
  exceptions: number;
}
