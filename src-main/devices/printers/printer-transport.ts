import type { PrinterStatus } from '../../../src-shared/domain/devices';

export interface TransportOptions {
  timeoutMs?: number;
  /** after a label is sent, how long to keep asking the printer (~HS) until it reports it printed */
  confirmTimeoutMs?: number;
}

/**
 * What a send established. Confirmed: the printer itself reported, after taking the label, that
 * nothing is left to print and no fault holds it. Otherwise the bytes left the desk but whether the
 * label came out is not known (`why` says so in words): never "printed" on the strength of bytes sent.
 */
export type SendResult = { confirmed: true; how: string } | { confirmed: false; why: string };

/**
 * Moves label bytes to one printer and asks it how it is. `send` rejects with a PrinterError only,
 * and resolves with whether the printer confirmed the label; `status` never rejects: an unreachable
 * or silent printer is a status with a fault. `close` releases what the transport holds (a serial
 * port) and never rejects; a later call opens it again.
 */
export interface PrinterTransport {
  /** canonical printer address, as formatPrinterAddress writes it */
  readonly address: string;
  send(bytes: Uint8Array, options?: TransportOptions): Promise<SendResult>;
  status(options?: TransportOptions): Promise<PrinterStatus>;
  close(): Promise<void>;
}

export const DEFAULT_SEND_TIMEOUT_MS = 10_000;
export const DEFAULT_STATUS_TIMEOUT_MS = 2_000;
export const DEFAULT_CONFIRM_TIMEOUT_MS = 10_000;

export function statusFromFaults(faults: string[], extra: { raw?: string; note?: string } = {}): PrinterStatus {
  return { ready: faults.length === 0, faults, ...extra };
}
