import type { PrinterStatus } from '../../../src-shared/domain/devices';
import { connect, type Socket } from 'node:net';
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

export interface TcpPrinterOptions {
  connectTimeoutMs?: number;
  /** after the exchange, how long to let the printer close the connection before dropping it */
  lingerMs?: number;
}

/**
 * Raw TCP printing (port 9100, "JetDirect"): one connection per label, closed when the printer has
 * confirmed it (or not), which is how Zebra print servers expect it; `~HS` is answered on the same
 * kind of connection, in order with the label bytes before it.
 */
export class TcpPrinter implements PrinterTransport {
  readonly address: string;
  private readonly where: string;
  private readonly connectTimeoutMs: number;
  private readonly lingerMs: number;

  constructor(
    private readonly host: string,
    private readonly port: number,
    options: TcpPrinterOptions = {},
  ) {
    this.address = formatPrinterAddress({ kind: 'tcp', host, port });
    this.where = this.address.slice('tcp://'.length);
    this.connectTimeoutMs = options.connectTimeoutMs ?? 3_000;
    this.lingerMs = options.lingerMs ?? 1_000;
  }

  /**
   * Sends the label, then asks the printer on the same connection whether it printed it (see
   * print-confirmation.ts): bytes handed to the kernel prove nothing (a printer that never reads,
   * or hangs up, takes them just the same).
   */
  async send(bytes: Uint8Array, options: TransportOptions = {}): Promise<SendResult> {
    const socket = await this.connect();
    socket.on('error', () => undefined); // each step below listens for what concerns it; none may go unheard
    try {
      await this.write(socket, bytes, options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS);
      // A printer that resets or closes the connection right after taking the bytes did not say
      // it printed them; more likely it threw them away. Uncertain, as a send cut short is.
      let broke: { error?: unknown } | undefined;
      socket.on('error', (error) => (broke ??= { error })).on('close', () => (broke ??= {}));
      const result = await confirmOnLink(socket, { confirmTimeoutMs: options.confirmTimeoutMs });
      if (!result.confirmed && broke) {
        const why = broke.error
          ? `while sending the label, ${systemErrorInWords(broke.error, `the printer at ${this.where}`)}`
          : `the printer at ${this.where} hung up after taking the label, without confirming it`;
        throw new PrinterError('connection-lost', why, {
          retryable: false,
          mayHavePrinted: true,
          systemCode: broke.error ? systemErrorCode(broke.error) : undefined,
        });
      }
      return result;
    } finally {
      // Read and drop anything more the printer says: closing with unread bytes would reset the connection.
      socket
        .removeAllListeners()
        .on('error', () => undefined)
        .resume();
      socket.end();
      setTimeout(() => socket.destroy(), this.lingerMs).unref();
    }
  }

  /** Resolves once the kernel has every byte of the label; rejects if the link breaks or stalls first. */
  private write(socket: Socket, bytes: Uint8Array, timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error?: PrinterError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.off('error', onError).off('end', onEnd).off('close', onEnd);
        if (error) {
          socket
            .removeAllListeners()
            .on('error', () => undefined)
            .destroy();
          reject(error);
        } else resolve();
      };
      const lost = (why: string, systemCode?: string) => new PrinterError('connection-lost', why, { retryable: false, mayHavePrinted: true, systemCode });
      const timer = setTimeout(
        () =>
          settle(
            new PrinterError('timeout', `the printer at ${this.where} did not take the label within ${timeoutMs} ms; it may have printed part of it`, {
              retryable: false,
              mayHavePrinted: true,
            }),
          ),
        timeoutMs,
      );
      const onError = (error: Error) =>
        settle(lost(`while sending the label, ${systemErrorInWords(error, `the printer at ${this.where}`)}`, systemErrorCode(error)));
      const onEnd = () => settle(lost(`the printer at ${this.where} hung up before the whole label was sent`));
      socket.on('error', onError).on('end', onEnd).on('close', onEnd);
      socket.write(bytes, (error) => (error ? onError(error) : settle()));
    });
  }

  async status(options: TransportOptions = {}): Promise<PrinterStatus> {
    let socket: Socket;
    try {
      socket = await this.connect();
    } catch (error) {
      return statusFromFaults([(error as Error).message]);
    }
    try {
      return await exchangeHostStatus(socket, options.timeoutMs ?? DEFAULT_STATUS_TIMEOUT_MS);
    } finally {
      socket.on('error', () => undefined).destroy();
    }
  }

  async close(): Promise<void> {}

  private connect(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port });
      const fail = (error: PrinterError) => {
        clearTimeout(timer);
        socket
          .removeAllListeners()
          .on('error', () => undefined)
          .destroy();
        reject(error);
      };
      const timer = setTimeout(
        () =>
          fail(
            new PrinterError('timeout', `cannot connect to ${this.where}: no answer within ${this.connectTimeoutMs} ms`, {
              retryable: true,
              mayHavePrinted: false,
            }),
          ),
        this.connectTimeoutMs,
      );
      socket.once('error', (error) => {
        const code = systemErrorCode(error);
        fail(
          new PrinterError('cannot-connect', `cannot connect: ${systemErrorInWords(error, `the printer at ${this.where}`)}`, {
            retryable: true,
            mayHavePrinted: false,
            systemCode: code,
          }),
        );
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(socket);
      });
    });
  }
}
