/** Pallets, their labels and tags, as the screens and the CLI see them. */

/** unconfirmed: sent, not confirmed (the printer took the label but did not report it printed) */
export type PrintJobState = 'queued' | 'sending' | 'uncertain' | 'unconfirmed' | 'printed' | 'failed';

export interface PrintJob {
  uid: string;
  sscc: string;
  printer: string;
  format: 'zpl' | 'pdf';
  dpi: number;
  state: PrintJobState;
  /** sends started so far */
  tries: number;
  /** the last failure, in words */
  error: string | null;
  requestedAt: string;
  printedAt: string | null;
  /** the job this one prints again, and why */
  reprintOf: string | null;
  reprintReason: string | null;
}

/** A pallet label written to a file by the command line. */
export interface LabelFile {
  sscc: string;
  format: 'zpl' | 'pdf';
  dpi: 203 | 300;
  file: string;
  bytes: number;
}

export interface RfidTagLink {
  epc: string;
  sscc: string;
  reader: string;
  writtenAt: string;
}

export interface Pallet {
  sscc: string;
  lotUid: string;
  sku: string;
  lotCode: string;
  entryNumber: string;
  quantity: string;
  unit: string;
  drawback: 'segregated' | 'flagged' | 'none';
  jobs: PrintJob[];
  tags: RfidTagLink[];
}

/** One step of receiving a pallet, as shown on screen: receipt, label, tag ('unconfirmed': a label sent, not confirmed). */
export type PalletStepState = 'done' | 'working' | 'unconfirmed' | 'failed' | 'skipped';
export interface PalletProgress {
  sscc: string;
  steps: { label: PalletStepState; tag: PalletStepState };
  /** what went wrong, in words, per failed step */
  labelError?: string;
  tagError?: string;
}

/** What a tag read at the desk found: each tag seen, and the pallet the ledger links it to. */
export interface TagReadResult {
  reads: { epc: string; sscc?: string; pallet?: Pallet }[];
  /** why nothing could be read (no reader set, reader unreachable...) */
  error?: string;
}
