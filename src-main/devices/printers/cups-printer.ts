import type { PrinterStatus } from '../../../src-shared/domain/devices';
import { parseLpstatPrinter } from './lpstat-status';
import { formatPrinterAddress } from './printer-address';
import { PrinterError } from './printer-error';
import {
  DEFAULT_SEND_TIMEOUT_MS,
  DEFAULT_STATUS_TIMEOUT_MS,
  statusFromFaults,
  type PrinterTransport,
  type SendResult,
  type TransportOptions,
} from './printer-transport';
import { runCommand } from './run-command';

export interface CupsPrinterOptions {
  /** environment for `lp` and `lpstat` (PATH, CUPS_SERVER); the desk's own by default */
  env?: NodeJS.ProcessEnv;
}

/**
 * A CUPS queue, through the `lp` and `lpstat` commands (what every CUPS install has; no IPP client
 * library is needed for one job at a time). ZPL goes raw to the queue; a PDF goes through CUPS's
 * filters, so an office printer gets what it understands.
 */
export class CupsPrinter implements PrinterTransport {
  readonly address: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly queue: string,
    options: CupsPrinterOptions = {},
  ) {
    this.address = formatPrinterAddress({ kind: 'cups', queue });
    // Messages in English, so lpstat's output can be read and lp's errors quoted as they are.
    this.env = { ...(options.env ?? process.env), LC_ALL: 'C', LANG: 'C' };
  }

  /**
   * Hands the job to CUPS: queued, never confirmed (lp returns once the spooler has the job; whether
   * the printer then printed it is not reported back to `lp`).
   */
  async send(bytes: Uint8Array, options: TransportOptions = {}): Promise<SendResult> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
    const args = ['-d', this.queue, ...(isPdf(bytes) ? [] : ['-o', 'raw'])];
    const outcome = await runCommand('lp', args, { input: bytes, env: this.env, timeoutMs });
    if (outcome.kind === 'not-started') {
      throw new PrinterError(
        'spooler-missing',
        `cannot run lp (${outcome.systemCode}): install the CUPS client (cups-client) or use a tcp://, serial: or file: printer`,
        { retryable: false, mayHavePrinted: false, systemCode: outcome.systemCode },
      );
    }
    if (outcome.kind === 'timed-out') {
      throw new PrinterError(
        'timeout',
        `lp ${args.join(' ')} did not finish within ${timeoutMs} ms; the job may have been queued (check lpstat -o ${this.queue})`,
        { retryable: false, mayHavePrinted: true },
      );
    }
    if (outcome.code !== 0) {
      const message = outcome.stderr.trim() || outcome.stdout.trim() || 'no message';
      // lp exits before queuing anything; only a missing queue is worth not trying again.
      const retryable = !/does not exist|unknown destination|invalid destination/i.test(message);
      throw new PrinterError('spooler-failed', `lp ${args.join(' ')} failed (exit ${outcome.code}): ${message}`, { retryable, mayHavePrinted: false });
    }
    const request = /request id is (\S+)/.exec(outcome.stdout)?.[1];
    return {
      confirmed: false,
      why: `queued on CUPS queue ${this.queue}${request ? ` as ${request}` : ''}; CUPS does not report back whether the label printed`,
    };
  }

  async status(options: TransportOptions = {}): Promise<PrinterStatus> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_STATUS_TIMEOUT_MS;
    const outcome = await runCommand('lpstat', ['-p', this.queue], { env: this.env, timeoutMs });
    if (outcome.kind === 'not-started')
      return statusFromFaults([outcome.systemCode === 'ENOENT' ? 'lpstat not found' : `cannot run lpstat: ${outcome.systemCode}`]);
    if (outcome.kind === 'timed-out') return statusFromFaults([`no reply from lpstat within ${timeoutMs} ms`]);
    if (outcome.code !== 0)
      return statusFromFaults([`lpstat -p ${this.queue} failed (exit ${outcome.code}): ${outcome.stderr.trim() || 'no message'}`], { raw: outcome.stdout });
    return parseLpstatPrinter(outcome.stdout, this.queue);
  }

  async close(): Promise<void> {}
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}
