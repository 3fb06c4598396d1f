import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { SerialPort } from 'serialport';
import { formatPrinterAddress } from './printer-address';
import { ZplFormatStream } from './zpl-format-stream';
import { encodeHostStatusReply, IDLE_PRINTER_STATUS } from './zpl-host-status-reply';

export interface SimulatedPrinterConditions {
  paused: boolean;
  paperOut: boolean;
  headOpen: boolean;
  ribbonOut: boolean;
  /** takes labels but never answers ~HS (as some firmware does while faulted) */
  silent: boolean;
  /** resets every TCP connection as soon as bytes arrive; nothing is printed */
  dropConnections: boolean;
}

const NORMAL: SimulatedPrinterConditions = { paused: false, paperOut: false, headOpen: false, ribbonOut: false, silent: false, dropConnections: false };

/**
 * A Zebra-type printer for tests and the demo: listens on TCP (like port 9100) and on serial ports
 * (one end of a pseudo-terminal pair), collects the label formats it receives, and answers `~HS`
 * with the three-string reply a real printer sends. While faulted it holds the formats it receives
 * in its buffer, as a real one does, and reports their number.
 */
export class SimulatedZebraPrinter {
  private conditions: SimulatedPrinterConditions;
  private readonly received: string[] = [];
  private held = 0;
  private requests = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly ports: SerialPort[] = [];

  constructor(conditions: Partial<SimulatedPrinterConditions> = {}) {
    this.conditions = { ...NORMAL, ...conditions };
  }

  /** Starts the TCP endpoint; resolves with its printer address, e.g. tcp://127.0.0.1:40123. */
  listen(port = 0, host = '127.0.0.1'): Promise<string> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        const bound = server.address() as AddressInfo;
        resolve(formatPrinterAddress({ kind: 'tcp', host, port: bound.port }));
      });
    });
  }

  /** Serves on a serial port, e.g. the printer's end of a socat pty pair. */
  async attachSerial(path: string, baudRate = 9600): Promise<void> {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    const stream = new ZplFormatStream();
    port.on('error', () => undefined);
    port.on('data', (chunk: Buffer) => this.take(stream, chunk, (reply) => port.write(Buffer.from(reply))));
    this.ports.push(port);
  }

  set(changes: Partial<SimulatedPrinterConditions>): void {
    this.conditions = { ...this.conditions, ...changes };
    if (!this.faulted()) this.held = 0;
  }

  /** Every label format received, in order, ^XA through ^XZ. */
  labels(): string[] {
    return [...this.received];
  }

  hostStatusRequests(): number {
    return this.requests;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await Promise.all(this.ports.map((port) => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()))));
    this.ports.length = 0;
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const stream = new ZplFormatStream();
    socket.on('data', (chunk: Buffer) => {
      if (this.conditions.dropConnections) return socket.resetAndDestroy();
      this.take(stream, chunk, (reply) => socket.write(reply));
    });
  }

  private take(stream: ZplFormatStream, chunk: Uint8Array, reply: (bytes: Uint8Array) => void): void {
    for (const event of stream.push(chunk)) {
      if (event.kind === 'format') {
        this.received.push(event.zpl);
        if (this.faulted()) this.held++;
        continue;
      }
      this.requests++;
      if (!this.conditions.silent) reply(this.statusReply(stream.inFormat));
    }
  }

  private faulted(): boolean {
    const { paused, paperOut, headOpen, ribbonOut } = this.conditions;
    return paused || paperOut || headOpen || ribbonOut;
  }

  private statusReply(partialFormat: boolean): Uint8Array {
    const { paused, paperOut, headOpen, ribbonOut } = this.conditions;
    return encodeHostStatusReply({ ...IDLE_PRINTER_STATUS, paused, paperOut, headUp: headOpen, ribbonOut, formatsInReceiveBuffer: this.held, partialFormatInProgress: partialFormat });
  }
}
