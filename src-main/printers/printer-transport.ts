/** What a printer says about itself; `ready` is true exactly when there are no faults. */
export interface PrinterStatus {
  ready: boolean;
  /** what stops printing, as a person reads it: 'paper out', 'head open', 'no reply within 2000 ms'... */
  faults: string[];
  /** the printer's or spooler's own reply, for the log */
  raw?: string;
  /** a caveat about what `ready` means for this transport (a device file reports nothing) */
  note?: string;
}

export interface TransportOptions {
  timeoutMs?: number;
}

/**
 * Moves label bytes to one printer and asks it how it is. `send` rejects with a PrinterError only;
 * `status` never rejects: an unreachable or silent printer is a status with a fault. `close` releases
 * what the transport holds (a serial port) and never rejects; a later call opens it again.
 */
export interface PrinterTransport {
  /** canonical printer address, as formatPrinterAddress writes it */
  readonly address: string;
  send(bytes: Uint8Array, options?: TransportOptions): Promise<void>;
  status(options?: TransportOptions): Promise<PrinterStatus>;
  close(): Promise<void>;
}

export const DEFAULT_SEND_TIMEOUT_MS = 10_000;
export const DEFAULT_STATUS_TIMEOUT_MS = 2_000;

export function statusFromFaults(faults: string[], extra: { raw?: string; note?: string } = {}): PrinterStatus {
  return { ready: faults.length === 0, faults, ...extra };
}
