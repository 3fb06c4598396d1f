import type { PrinterStatus } from '../../../src-shared/domain/devices';
import { SerialPort } from 'serialport';
import { exchangeHostStatus } from './host-status-exchange';
import { confirmOnLink } from './print-confirmation';
import { formatPrinterAddress } from './printer-address';
import { PrinterError, systemErrorCode } from './printer-error';
import { systemErrorInWords } from '../system-error-words';
import {
  DEFAULT_SEND_TIMEOUT_MS,
  DEFAULT_STATUS_TIMEOUT_MS,
  statusFromFaults,
  type PrinterTransport,
  type SendResult,
  type TransportOptions,
} from './printer-transport';
import { TIMED_OUT, withTimeout } from './with-timeout';

/**
 * A printer on a serial port (RS-232, or USB-serial showing up as /dev/ttyUSB0 or COM3), 8N1. The
 * port opens on first use and stays open; after an error it is closed and opened again next time.
 * One operation at a time: a `~HS` reply must not interleave with a label.
 */
export class SerialPrinter implements PrinterTransport {
  readonly address: string;
  private port: SerialPort | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly baudRate: number,
  ) {
    this.address = formatPrinterAddress({ kind: 'serial', path, baudRate });
  }

  /** Sends the label, then asks the printer on the same line whether it printed it (see print-confirmation.ts). */
  send(bytes: Uint8Array, options: TransportOptions = {}): Promise<SendResult> {
    return this.exclusive(async () => {
      const port = await this.open();
      const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
      try {
        // drain() returns once tcdrain says every byte has left the port.
        await withTimeout(
          new Promise<void>((resolve, reject) => {
            port.write(Buffer.from(bytes), (error) => error && reject(error));
            port.drain((error) => (error ? reject(error) : resolve()));
          }),
          timeoutMs,
        );
      } catch (error) {
        await this.dropPort();
        if (error === TIMED_OUT)
          throw new PrinterError(
            'timeout',
            `serial port ${this.path} did not take the label within ${timeoutMs} ms (flow control holding it?); it may have printed part of it`,
            { retryable: false, mayHavePrinted: true },
          );
        throw new PrinterError('write-failed', `writing the label failed: ${systemErrorInWords(error, `serial port ${this.path}`)}`, {
          retryable: false,
          mayHavePrinted: true,
          systemCode: systemErrorCode(error),
        });
      }
      const result = await confirmOnLink(port, { confirmTimeoutMs: options.confirmTimeoutMs });
      if (!port.isOpen) await this.dropPort();
      return result;
    });
  }

  status(options: TransportOptions = {}): Promise<PrinterStatus> {
    return this.exclusive(async () => {
      let port: SerialPort;
      try {
        port = await this.open();
      } catch (error) {
        return statusFromFaults([(error as Error).message]);
      }
      const status = await exchangeHostStatus(port, options.timeoutMs ?? DEFAULT_STATUS_TIMEOUT_MS);
      if (!port.isOpen) await this.dropPort();
      return status;
    });
  }

  close(): Promise<void> {
    return this.exclusive(() => this.dropPort());
  }

  private async open(): Promise<SerialPort> {
    if (this.port?.isOpen) return this.port;
    const port = new SerialPort({ path: this.path, baudRate: this.baudRate, dataBits: 8, parity: 'none', stopBits: 1, autoOpen: false });
    await new Promise<void>((resolve, reject) =>
      port.open((error) => {
        if (!error) return resolve();
        const code = systemErrorCode(error);
        const denied = /EACCES|Permission denied/i.test(String(error.message));
        reject(
          denied
            ? new PrinterError('permission-denied', `cannot open serial port ${this.path}: permission denied (add the desk user to the dialout group)`, {
                retryable: false,
                mayHavePrinted: false,
                systemCode: code,
              })
            : new PrinterError('cannot-connect', `cannot open the printer: ${systemErrorInWords(error, `serial port ${this.path}`)}`, {
                retryable: true,
                mayHavePrinted: false,
                systemCode: code,
              }),
        );
      }),
    );
    // An unplugged adapter emits 'error' or 'close'; the next operation then opens the port again.
    port.on('error', () => undefined);
    // Always reading: bytes between exchanges (a late ~HS reply) are dropped, not taken for the next
    // reply. Not port.flush(): that also discards label bytes the port has not sent yet.
    port.on('data', () => undefined);
    this.port = port;
    return port;
  }

  private async dropPort(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
