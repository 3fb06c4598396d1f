import { connect, type Socket } from 'node:net';
import { exchangeHostStatus } from './host-status-exchange';
import { formatPrinterAddress } from './printer-address';
import { PrinterError, systemErrorCode } from './printer-error';
import { DEFAULT_SEND_TIMEOUT_MS, DEFAULT_STATUS_TIMEOUT_MS, statusFromFaults, type PrinterStatus, type PrinterTransport, type TransportOptions } from './printer-transport';

export interface TcpPrinterOptions {
  connectTimeoutMs?: number;
  /** after the last byte is handed to the kernel, how long to wait for the printer to hang up */
  lingerMs?: number;
}

/**
 * Raw TCP printing (port 9100, "JetDirect"): one connection per label, closed when sent, which is
 * how Zebra print servers expect it; `~HS` is answered on the same kind of connection.
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

  async send(bytes: Uint8Array, options: TransportOptions = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
    const socket = await this.connect();
    await new Promise<void>((resolve, reject) => {
      let handedOver = false;
      let settled = false;
      let lingerTimer: NodeJS.Timeout | undefined;
      const settle = (error?: PrinterError) => {
        settled = true;
        clearTimeout(sendTimer);
        clearTimeout(lingerTimer);
        socket.removeAllListeners().on('error', () => undefined).destroy();
        if (error) reject(error);
        else resolve();
      };
      const lost = (why: string, systemCode?: string) => new PrinterError('connection-lost', why, { retryable: false, mayHavePrinted: true, systemCode });
      const sendTimer = setTimeout(() => settle(new PrinterError('timeout', `the printer at ${this.where} did not take the label within ${timeoutMs} ms; it may have printed part of it`, { retryable: false, mayHavePrinted: true })), timeoutMs);
      socket.on('error', (error) => settle(lost(`the connection to ${this.where} broke while sending: ${systemErrorCode(error)}`, systemErrorCode(error))));
      socket.on('end', () => {
        if (!handedOver) settle(lost(`the printer at ${this.where} hung up before the whole label was sent`));
      });
      socket.on('close', () => (handedOver ? settle() : settle(lost(`the connection to ${this.where} closed before the whole label was sent`))));
      // Read and drop anything the printer says: closing with unread bytes would reset the connection.
      socket.resume();
      socket.end(bytes, () => {
        if (settled) return;
        handedOver = true;
        clearTimeout(sendTimer);
        // The kernel has every byte; a printer that keeps the connection open is fine.
        lingerTimer = setTimeout(() => settle(), this.lingerMs);
      });
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
        socket.removeAllListeners().on('error', () => undefined).destroy();
        reject(error);
      };
      const timer = setTimeout(() => fail(new PrinterError('timeout', `cannot connect to ${this.where}: no answer within ${this.connectTimeoutMs} ms`, { retryable: true, mayHavePrinted: false })), this.connectTimeoutMs);
      socket.once('error', (error) => {
        const code = systemErrorCode(error);
        fail(new PrinterError('cannot-connect', `cannot connect to ${this.where}: ${code}`, { retryable: true, mayHavePrinted: false, systemCode: code }));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(socket);
      });
    });
  }
}
