/**
 * Shared vocabulary of the accounting-method engine (19 CFR 191.14(c); 190.14 carries the same methods
 * for claims under the modernized rules). Pure data: no I/O, no clock, no database.
 */
export const METHOD_NAMES = ['fifo', 'lifo', 'low-to-high', 'low-to-high-turnover', 'low-to-high-blanket', 'average'] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export type Purpose = 'export' | 'domestic';

/** One receipt into the fungible inventory. `day` counts days since 1970-01-01 (UTC calendar date). */
export interface ReceiptRecord {
  id: string;
  day: number;
  /** Whole units received. */
  quantity: number;
  /** Drawback per unit, money scaled to 4 decimals (src-shared/money.ts); zero for domestic or duty-free goods. */
  drawbackPerUnit: bigint;
  /** Position in the input transaction list: the tie-break for records on the same date. */
  index: number;
}

/** One withdrawal from the inventory, for export (earns drawback) or domestic use (does not). */
export interface WithdrawalRecord {
  id: string;
  day: number;
  quantity: number;
  purpose: Purpose;
  index: number;
}

export interface MethodInput {
  method: MethodName;
  /** Average inventory turnover period in days; only for low-to-high-turnover. */
  turnoverDays?: number;
  receipts: ReceiptRecord[];
  withdrawals: WithdrawalRecord[];
}

/** Where a method writes what each withdrawal drew; receipts are named by their position in date order. */
export interface DrawSink {
  draw(receiptSeq: number, quantity: number): void;
}

/**
 * A method's running state over one inventory. The runner feeds receipts and withdrawals in date order
 * (receipts first on a date), and only the withdrawals the method records.
 */
export interface MethodEngine {
  receive(receiptSeq: number): void;
  /** Draws `quantity` units into `sink`; returns the units it could not attribute to any receipt. */
  withdraw(withdrawal: WithdrawalRecord, sink: DrawSink): number;
}

/** The book the runner hands to a method: receipts in date order with their remaining quantities. */
export interface ReceiptBook {
  readonly receipts: readonly ReceiptRecord[];
  /** Remaining units per receipt (by date-order position); methods decrement it as they draw. */
  readonly remaining: Float64Array;
}

export interface AccountingMethod {
  readonly name: MethodName;
  /**
   * True when every withdrawal, domestic as well as export, is recorded against the inventory
   * (191.14(b): all receipts and withdrawals are recorded unless the method itself says otherwise).
   * A recorded withdrawal larger than the stock on hand is an error.
   */
  readonly recordsDomestic: boolean;
  create(book: ReceiptBook, input: MethodInput): MethodEngine;
}
