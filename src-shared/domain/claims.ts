import { ACCOUNTING_METHOD_NAMES, type AllocationBasis, type ExportDocument } from './exports';
import type { MoneyText } from './ledger';

/** Drawback provisions of 19 U.S.C. 1313 a claim can be made under. */
export const CLAIM_PROVISIONS = [
  'unused-direct-identification',
  'unused-substitution',
  'manufacturing-direct-identification',
  'manufacturing-substitution',
  'rejected-merchandise',
] as const;
export type ClaimProvision = (typeof CLAIM_PROVISIONS)[number];

export const PROVISION_LABELS: Record<ClaimProvision, string> = {
  'unused-direct-identification': '1313(j)(1) unused merchandise, direct identification',
  'unused-substitution': '1313(j)(2) unused merchandise, substitution',
  'manufacturing-direct-identification': '1313(a) manufacturing, direct identification',
  'manufacturing-substitution': '1313(b) manufacturing, substitution',
  'rejected-merchandise': '1313(c) rejected merchandise',
};

/** The election an entry-summary line takes when it is claimed (190.51(a)(3)): one or the other, never both. */
export type Election = 'direct-identification' | 'substitution';
export function electionOf(provision: ClaimProvision): Election {
  return provision === 'unused-substitution' || provision === 'manufacturing-substitution' ? 'substitution' : 'direct-identification';
}

/**
 * The method a claim records (the one its allocations actually used): an approved accounting method
 * for commingled stock (19 CFR 190.14, 191.14(c)); 'specific-lot' when every unit was identified by
 * the lot named at pick or by a person (no method needed); 'designation' for substitution, where
 * imports are designated and nothing is identified (19 U.S.C. 1313(j)(2)).
 */
export const CLAIM_ACCOUNTING_METHODS = [...ACCOUNTING_METHOD_NAMES, 'specific-lot', 'designation'] as const;
export type ClaimAccountingMethod = (typeof CLAIM_ACCOUNTING_METHODS)[number];

export const CLAIM_STATES = ['draft', 'in-review', 'approved', 'filed', 'liquidated', 'withdrawn'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const EXCEPTION_KINDS = [
  'missing-proof-of-export',
  'over-import-quantity',
  'over-import-duty',
  'export-reused',
  'export-before-import',
  'export-after-five-years',
  'export-after-claim-date',
  'claim-after-five-years',
  'reconciliation-flagged',
  'split-election',
  'allocation-released',
  'missing-export-duty',
  'destination-restricted',
  'classification-mismatch',
  'hts-fact-missing',
  'accounting-method-mismatch',
] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface ClaimSummary {
  id: string;
  number: string;
  provision: ClaimProvision;
  accountingMethod: string;
  claimant: string;
  periodStart: string;
  periodEnd: string;
  claimDate: string;
  includeMpf: boolean;
  state: ClaimState;
  createdAt: string;
  createdBy: string;
  /** lines in the claim (excluded ones not counted) */
  lines: number;
  quantity: number;
  /** regular import duty attributable to the claimed units */
  dutyPaid: MoneyText;
  /**
   * The refund claimed for each of the duties, taxes and fees, each rounded down to the cent (19 CFR
   * 190.51(a)(2)(vii)): regular duty, excise tax, MPF and HMF (fees only where included). Antidumping
   * and countervailing duties are never refunded (19 U.S.C. 1677h).
   */
  dutyRefund: MoneyText;
  taxRefund: MoneyText;
  mpfRefund: MoneyText;
  hmfRefund: MoneyText;
  /** the sum of the four refunds as stated */
  totalRefund: MoneyText;
  openExceptions: number;
  /** CBP's claim number, once filed */
  filedReference: string | null;
}

export interface ClaimLine {
  lineNo: number;
  shipmentReference: string;
  exportLineNumber: number;
  exportDate: string;
  destinationCountry: string;
  sku: string;
  /** the HTS declared on the export */
  hts: string;
  /** the HTS of the entry line the units are claimed against */
  importHts: string;
  quantity: number;
  uom: string;
  entryNumber: string;
  entryLineNumber: number;
  importDate: string;
  lotCode: string;
  basis: AllocationBasis;
  dutyPerUnit: MoneyText;
  /** the line's amounts at four decimals, as stored; the claim's totals round down to cents */
  dutyPaid: MoneyText;
  /** the refund of regular duty */
  refund: MoneyText;
  taxRefund: MoneyText;
  mpfRefund: MoneyText;
  hmfRefund: MoneyText;
  excluded: boolean;
  openExceptions: number;
}

export interface ClaimLinePage {
  total: number;
  /** lines matching the filter */
  matching: number;
  offset: number;
  lines: ClaimLine[];
}

export interface ChecklistItem {
  text: string;
  done: boolean;
  /** who ticked it by hand, and when (null for an item the desk checks) */
  by: string | null;
  at: string | null;
  /**
   * For an item the ledger can answer (a document attached, a quantity that fits): what the desk
   * waits for, in words. The desk ticks it from the ledger's facts; nobody ticks it by hand.
   */
  deskCheck: string | null;
}

export interface ClaimException {
  id: string;
  claimNumber: string;
  kind: ExceptionKind;
  claimLineNo: number | null;
  message: string;
  owner: string;
  checklist: ChecklistItem[];
  state: 'open' | 'resolved';
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  note: string | null;
  /** whole days since it was raised (to now, or to its resolution) */
  ageDays: number;
}

export interface ClaimEvent {
  fromState: ClaimState | null;
  toState: ClaimState;
  at: string;
  user: string;
  approver: string | null;
  reason: string | null;
  reference: string | null;
  amount: MoneyText | null;
}

export interface ClaimDetail extends ClaimSummary {
  history: ClaimEvent[];
  /** open ones first; at most 500 (openExceptions counts them all; the queue pages the rest) */
  exceptions: ClaimException[];
}

/** What a person can do with a claim from its screen. */
export const CLAIM_ACTIONS = ['submit', 'approve', 'return', 'file', 'liquidate', 'withdraw', 'exclude-lines', 'export'] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

/** Whether this person may take an action on the claim now, and if not, why, in main's words. */
export interface ActionState {
  allowed: boolean;
  /** false when the claim's state rules the action out (the screen leaves its button out then) */
  inState: boolean;
  /** the refusal the action would give, word for word; null when allowed */
  reason: string | null;
}

/** A claim as one signed-in person sees it: the claim, and what they may do with it now. */
export interface ClaimView extends ClaimDetail {
  actions: Record<ClaimAction, ActionState>;
}

/** The claim package's formats: the whole package as JSON, its lines as CSV, the claim-record worksheet, a print-ready PDF. */
export const PACKAGE_FORMATS = ['json', 'csv', 'worksheet', 'pdf'] as const;
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

/** A claim package to save: the bytes (base64) and the name to suggest; main never writes a file for the screen. */
export interface ClaimPackageFile {
  claimNumber: string;
  format: PackageFormat;
  fileName: string;
  mediaType: string;
  base64: string;
  bytes: number;
}

/** One type of duty, tax or fee an entry line paid, as the evidence shows it. */
export interface EntryLineCharge {
  /** e.g. "antidumping duty" */
  label: string;
  amount: MoneyText;
  refundable: boolean;
  /** the rule that says so, with its citation */
  because: string;
}

/** One problem validation found, naming the claim line (or the claim) it is about. */
export interface ClaimIssue {
  kind: ExceptionKind;
  claimLineNo: number | null;
  subjectKey: string;
  message: string;
}

export interface ClaimValidation {
  claimNumber: string;
  ok: boolean;
  issues: ClaimIssue[];
  /** exceptions raised by this validation (new ones only) */
  raised: number;
}

/** Everything behind one claim line, for the reviewer. */
export interface ClaimLineEvidence {
  line: ClaimLine;
  receipts: { movementId: string; receivedAt: string; quantity: number; location: string; user: string; reference: string | null }[];
  lot: { sku: string; lotCode: string; description: string; countryOfOrigin: string };
  entry: {
    entryNumber: string;
    lineNumber: number;
    entryDate: string;
    importDate: string;
    hts: string;
    lineQuantity: number;
    uom: string;
    /** regular duty on the line */
    lineDuty: MoneyText;
    /** everything the line paid, by type, with whether this claim's provision refunds it and why */
    charges: EntryLineCharge[];
    reconciliationFlag: boolean;
    broker: string;
  };
  shipment: {
    reference: string;
    exportDate: string;
    destinationCountry: string;
    exporter: string;
    declarationReference: string | null;
    carrier: string | null;
    hasProofOfExport: boolean;
  };
  documents: ExportDocument[];
  allocation: { id: string; basis: AllocationBasis; createdAt: string; user: string; approver: string | null; reason: string | null; released: boolean };
  exceptions: ClaimException[];
}

export interface Kpis {
  exportLines: number;
  matchedAutomatically: number;
  matchedManually: number;
  partiallyMatched: number;
  unmatched: number;
  /** matched automatically / export lines, as a percentage with one decimal */
  automaticMatchShare: string;
  openExceptions: { kind: ExceptionKind; count: number; oldestAgeDays: number }[];
  openExceptionAge: { under7Days: number; from7To30Days: number; over30Days: number };
  refundByPeriod: { period: string; claims: number; refund: MoneyText }[];
}
