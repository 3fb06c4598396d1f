import type { PrinterStatus } from '../../../src-shared/domain/devices';
import { constants } from 'node:fs';
import { access, open, stat, type FileHandle } from 'node:fs/promises';
import { formatPrinterAddress } from './printer-address';
import { PrinterError, systemErrorCode } from './printer-error';
import { systemErrorInWords } from '../system-error-words';
import { DEFAULT_SEND_TIMEOUT_MS, statusFromFaults, type PrinterTransport, type SendResult, type TransportOptions } from './printer-transport';
import { TIMED_OUT, withTimeout } from './with-timeout';

const NO_STATUS_NOTE = 'a printer device file reports no status: ready only means the file can be written';
/** The device went away or is held by another program: plugging it in or waiting may help. */
const DEVICE_ABSENT = new Set(['ENOENT', 'ENODEV', 'ENXIO', 'EBUSY']);

/**
 * A USB printer device file (/dev/usb/lp0 through the usblp driver) or any file. Bytes are appended;
 * the file is never created, so a missing device is an error rather than a new file where it was.
 */
export class FilePrinter implements PrinterTransport {
  readonly address: string;

  constructor(private readonly path: string) {
    this.address = formatPrinterAddress({ kind: 'file', path });
  }

  /** A device file takes bytes and says nothing back: the label is sent, never confirmed. */
  async send(bytes: Uint8Array, options: TransportOptions = {}): Promise<SendResult> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
    let handle: FileHandle;
    try {
      handle = await open(this.path, constants.O_WRONLY | constants.O_APPEND);
    } catch (error) {
      throw this.openError(error);
    }
    try {
      await withTimeout(handle.writeFile(bytes), timeoutMs);
    } catch (error) {
      // A write stuck in the driver keeps the handle busy; close it whenever the write ends.
      void handle.close().catch(() => undefined);
      if (error === TIMED_OUT)
        throw new PrinterError('timeout', `${this.path} did not take the label within ${timeoutMs} ms; it may have printed part of it`, {
          retryable: false,
          mayHavePrinted: true,
        });
      const code = systemErrorCode(error);
      throw new PrinterError('write-failed', `writing the label failed: ${systemErrorInWords(error, this.path)}`, {
        retryable: false,
        mayHavePrinted: true,
        systemCode: code,
      });
    }
    await handle.close();
    return { confirmed: false, why: `written to ${this.path}, which cannot report whether the label printed` };
  }

  async status(): Promise<PrinterStatus> {
    try {
      if ((await stat(this.path)).isDirectory()) return statusFromFaults([`${this.path} is a folder, not a printer device or file`]);
      await access(this.path, constants.W_OK);
      return statusFromFaults([], { note: NO_STATUS_NOTE });
    } catch (error) {
      return statusFromFaults([this.openError(error).message]);
    }
  }

  async close(): Promise<void> {}

  private openError(error: unknown): PrinterError {
    const code = systemErrorCode(error);
    const why = `cannot open the printer: ${systemErrorInWords(error, this.path)}`;
    if (DEVICE_ABSENT.has(code)) return new PrinterError('cannot-connect', why, { retryable: true, mayHavePrinted: false, systemCode: code });
    if (code === 'EACCES' || code === 'EPERM') return new PrinterError('permission-denied', why, { retryable: false, mayHavePrinted: false, systemCode: code });
    return new PrinterError('write-failed', why, { retryable: false, mayHavePrinted: false, systemCode: code });
  }
}
