/**
 * Post-entry tracking as the desk shows it (issue 12): imports, the variance report, deadlines with
 * their rules, status messages and timelines, statements, liquidation follow-ups, broker performance.
 * Money crosses the boundary as decimal strings; dates as YYYY-MM-DD.
 */

export const POST_ENTRY_IMPORT_KINDS = ['pre-entries', 'entry-summaries', 'status', 'statements', 'liquidations'] as const;
export type PostEntryImportKind = (typeof POST_ENTRY_IMPORT_KINDS)[number];

export interface PostEntryImportSummary {
  kind: PostEntryImportKind;
  file: string;
  format: 'csv' | 'json' | 'x12';
  rowsRead: number;
  /** records new to the ledger (entries, messages, statements, notices) */
  written: number;
  /** new versions of records already in the ledger (a re-filed summary, a statement turned final) */
  versions: number;
  /** records the ledger already holds as they are in the file */
  unchanged: number;
  /** true when the very same file had already been imported: nothing was written */
  alreadyImported: boolean;
  /** status messages whose disposition code the code list lacks: kept and flagged */
  unknownCodes: number;
  /** what was kept but deserves a look (unknown codes, a missing SCAC), in words, the first 100 */
  warnings: string[];
}

export type VarianceSeverity = 'info' | 'warning' | 'alert';

/** One difference between the pre-entry data and the broker's filed entry summary. */
export interface PostEntryVariance {
  entry: string;
  line: number;
  field: 'line' | 'hts' | 'origin' | 'quantity' | 'value' | 'dutyRate' | 'dutyAmount' | 'fee';
  feeClass?: string;
  preEntry: string;
  filed: string;
  difference?: string;
  withinTolerance: boolean;
  severity: VarianceSeverity;
  message: string;
}

export interface VarianceReport {
  /** entries with both a pre-entry and a broker filing, compared */
  entriesCompared: number;
  entriesWithVariances: number;
  /** counts of variances by severity */
  bySeverity: Record<VarianceSeverity, number>;
  variances: PostEntryVariance[];
  /** pre-entries the broker has not filed yet */
  notFiled: string[];
  /** filed entries with no pre-entry data to compare with */
  noPreEntry: string[];
}

export interface DeadlineRow {
  entry: string;
  kind: 'psc' | 'deemed-liquidation' | 'protest' | 'reconciliation' | 'daily-statement' | 'monthly-statement';
  date: string;
  /** the working day to act by when the date falls on a weekend or holiday */
  actBy: string;
  /** the rule that produced the date, in words with its citation */
  rule: string;
  /** calendar days from today to actBy (negative: past) */
  daysLeft: number;
  /** why the date needs no action any more (the statement was paid, the entry liquidated), in words */
  done?: string;
}

export interface DeadlineReport {
  today: string;
  /** only deadlines within this many days ahead (alerts); absent: every deadline of every entry */
  within?: number;
  entries: number;
  deadlines: DeadlineRow[];
  /** what the desk could not compute or left out, per entry, in words */
  notes: { entry: string; note: string }[];
}

export interface CycleLeg {
  leg: 'arrival-release' | 'release-summary' | 'summary-payment' | 'payment-liquidation';
  /** entries that have both ends of the leg */
  entries: number;
  averageDays: number | null;
  medianDays: number | null;
}

export interface BrokerStats {
  broker: string;
  filerCodes: string[];
  entries: number;
  refilings: number;
  refilingsPerEntry: number;
  messagesPerEntry: number;
  /** entries whose filing differs from the pre-entry beyond tolerance, of the entries compared */
  entriesCompared: number;
  entriesWithVariances: number;
  varianceRate: number;
  cycleTimes: CycleLeg[];
}

export interface BrokerReport {
  from?: string;
  to?: string;
  /** only entries filed at this port (Schedule D code) */
  port?: string;
  /** the ports of the period's entries, whichever port was asked for (a filter's choices) */
  ports: string[];
  brokers: BrokerStats[];
}

/**
 * Something that needs the compliance lead now, pushed as it happens: a critical status message an
 * import wrote, or a deadline that has come within the alert days.
 */
export interface PostEntryAlert {
  kind: 'critical-message' | 'deadline';
  entryNumber: string | null;
  /** one line, in words: "Hold on entry HCB-0000202-1 (1H: ...)" */
  title: string;
  detail: string;
}

export type DispositionCategoryName = 'hold' | 'do-not-load' | 'exam' | 'release' | 'reversal' | 'info';

export interface StatusMessageView {
  id: number;
  entryNumber: string | null;
  billOfLading: string | null;
  code: string;
  meaning: string | null;
  category: DispositionCategoryName | null;
  /** by the desk's critical-code rules (holds, exams, do-not-load; unknown codes unless set otherwise) */
  critical: boolean;
  unknownCode: boolean;
  postedAt: string | null;
  quantity: string | null;
  source: 'x12-350' | 'csv';
  sourceRef: string;
  raw: string;
}

export interface TimelineEvent {
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM */
  at: string;
  kind: 'pre-entry' | 'summary' | 'correction' | 'status' | 'statement' | 'liquidation' | 'extension' | 'suspension' | 'settlement';
  title: string;
  detail: string;
  critical: boolean;
}

export interface PurchaseOrderLineRef {
  poNumber: string;
  poLine: number;
  entryLine: number;
}

export interface EntryTimeline {
  entryNumber: string;
  /** the entry as imported for receiving, when the ledger has it */
  receivingEntry: string | null;
  shipment: string | null;
  broker: string | null;
  billOfLading: string | null;
  purchaseOrderLines: PurchaseOrderLineRef[];
  events: TimelineEvent[];
}

export interface SummaryLineView {
  lineNumber: number;
  description: string | null;
  hts: string[];
  origin: string;
  quantity: string;
  unit: string;
  value: string;
  dutyRate: string;
  duty: string;
  mpf: string;
  hmf: string;
  ad: string;
  cvd: string;
  adcvdCase: string | null;
}

export interface EntrySummaryVersion {
  id: string;
  entryNumber: string;
  version: number;
  origin: 'broker' | 'desk';
  entryType: string;
  summaryDate: string;
  entryDate: string;
  importDate: string;
  releaseDate: string | null;
  portCode: string;
  broker: string;
  importer: string;
  billOfLading: string | null;
  payment: 'daily' | 'monthly';
  reconciliationFlag: boolean;
  scheduledLiquidation: string | null;
  reason: string | null;
  createdAt: string;
  /** duty + fees + AD/CVD of every line */
  total: string;
  lines: SummaryLineView[];
}

export interface StatementView {
  statementNumber: string;
  version: number;
  kind: 'daily' | 'monthly';
  stage: 'preliminary' | 'final' | 'paid';
  statementDate: string;
  dueDate: string;
  paidDate: string | null;
  paidAmount: string | null;
  preliminaryTotal: string;
  finalTotal: string | null;
  entries: number;
}

export interface StatementDifference {
  statementNumber: string;
  entryNumber: string | null;
  kind: 'preliminary-final' | 'final-filed' | 'final-paid' | 'paid-late' | 'unpaid-past-due' | 'unknown-entry';
  message: string;
}

export interface StatementReport {
  statements: StatementView[];
  differences: StatementDifference[];
}

/** A liquidation whose amount differs from what was paid: a bill to pay or a refund to collect. */
export interface FollowUp {
  liquidationId: string;
  entryNumber: string;
  liquidationDate: string;
  kind: 'bill' | 'refund';
  amount: string;
  /** what the comparison started from, in words ("paid on statement 27D0123456: 1,234.00") */
  basis: string;
  message: string;
  settled: { on: string; reference: string; note: string | null } | null;
}

export interface PurchaseOrderLineStatus {
  poNumber: string;
  poLine: number;
  entryNumber: string;
  entryLine: number;
  hts: string[];
  quantity: string;
  unit: string;
  /** where the line's entry stands: pre-entry sent, filed, released, held, liquidated */
  state: 'pre-entry' | 'filed' | 'held' | 'released' | 'liquidated';
  latestStatus: { code: string; category: DispositionCategoryName | null; critical: boolean; postedAt: string | null } | null;
  liquidation: { date: string; change: 'no-change' | 'increase' | 'decrease'; amount: string } | null;
  followUp: { kind: 'bill' | 'refund'; amount: string; settled: boolean } | null;
}

export interface PostEntrySettings {
  /** tolerances and severities of the variance report (amounts as decimal strings) */
  variances: {
    quantity: { absolute: string; percent: string; severity: VarianceSeverity };
    value: { absolute: string; percent: string };
    dutyAmount: { absolute: string; percent: string; severity: VarianceSeverity };
    fees: { absolute: string; percent: string; severity: VarianceSeverity };
    origin: VarianceSeverity;
    dutyRate: VarianceSeverity;
    missingLine: VarianceSeverity;
  };
  criticalCodes: {
    /** categories whose codes are critical (holds, do-not-load, exams by default) */
    categories: DispositionCategoryName[];
    /** codes critical whatever their category (e.g. an entry rejection a broker reports) */
    codes: string[];
    /** codes only informational whatever their category */
    informational: string[];
    /** whether a code missing from the code list counts as critical until someone looks */
    unknownIsCritical: boolean;
  };
  /** deadline alerts this many days ahead */
  alertDays: number;
}
