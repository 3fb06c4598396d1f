/**
 * What went wrong talking to a printer, in terms the print queue can act on:
 * - bad-address: the address cannot name a printer (fix the setting);
 * - cannot-connect: nothing left the desk (refused, unreachable, port or device missing);
 * - timeout: the printer or spooler did not answer in time;
 * - connection-lost: the link broke while sending;
 * - write-failed: the device or file refused the bytes;
 * - permission-denied: the desk user may not open the device or queue;
 * - spooler-failed: CUPS `lp` exited with an error;
 * - spooler-missing: CUPS commands are not installed.
 */
export type PrinterErrorCode =
  'bad-address' | 'cannot-connect' | 'timeout' | 'connection-lost' | 'write-failed' | 'permission-denied' | 'spooler-failed' | 'spooler-missing';

export interface PrinterErrorFacts {
  /**
   * Trying again may succeed and cannot print the label twice. False whenever bytes may already
   * have reached the printer: the label may have printed, so only a reprint with a reason repeats it.
   */
  retryable: boolean;
  /** Some or all bytes may have reached the printer before the failure. */
  mayHavePrinted: boolean;
  /** The operating-system code behind it (ECONNREFUSED, ENOENT...), when there is one. */
  systemCode?: string;
}

export class PrinterError extends Error {
  readonly retryable: boolean;
  readonly mayHavePrinted: boolean;
  readonly systemCode: string | undefined;

  constructor(
    readonly code: PrinterErrorCode,
    message: string,
    facts: PrinterErrorFacts,
  ) {
    super(message);
    this.name = 'PrinterError';
    this.retryable = facts.retryable;
    this.mayHavePrinted = facts.mayHavePrinted;
    this.systemCode = facts.systemCode;
  }
}

/** `ECONNREFUSED` from a Node system error, else the error's message. */
export function systemErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
