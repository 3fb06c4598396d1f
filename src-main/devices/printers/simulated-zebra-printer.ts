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
  /** accepts TCP connections but never reads them (a wedged print server): the kernel takes the bytes, nothing prints */
  deaf: boolean;
  /** closes every TCP connection as soon as it is accepted: nothing is printed */
  hangUp: boolean;
  /** how long a label stays in the receive buffer while it prints */
  printMs: number;
}

const NORMAL: SimulatedPrinterConditions = {
  paused: false,
  paperOut: false,
  headOpen: false,
  ribbonOut: false,
  silent: false,
  dropConnections: false,
  deaf: false,
  hangUp: false,
  printMs: 0,
};

/**
 * A Zebra-type printer for tests and the demo: listens on TCP (like port 9100) and on serial ports
 * (one end of a pseudo-terminal pair), collects the label formats it receives, and answers `~HS`
 * with the three-string reply a real printer sends. A format stays in its receive buffer while it
 * prints (`printMs`), and while faulted it holds the formats it receives, as a real one does; ~HS
 * reports how many. It can also misbehave as printers do: never read, hang up, never answer.
 */
export class SimulatedZebraPrinter {
  private conditions: SimulatedPrinterConditions;
  private readonly received: string[] = [];
  /** formats received and not yet printed */
  private held = 0;
  private printedCount = 0;
  private readonly printing = new Set<NodeJS.Timeout>();
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
    // A fault cleared: what the printer held prints now.
    if (!this.faulted()) for (let i = this.held - this.printing.size; i > 0; i--) this.printOne();
  }

  /** Every label format received, in order, ^XA through ^XZ. */
  labels(): string[] {
    return [...this.received];
  }

  /** Labels that came out (received, then printed once no fault held them). */
  printed(): number {
    return this.printedCount;
  }

  hostStatusRequests(): number {
    return this.requests;
  }

  async close(): Promise<void> {
    for (const timer of this.printing) clearTimeout(timer);
    this.printing.clear();
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
    if (this.conditions.hangUp) return void socket.destroy();
    // Never read: once the kernel's buffers fill, the sender stalls; until then it "sent" fine.
    if (this.conditions.deaf) return void socket.pause();
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
        this.held++;
        if (!this.faulted()) this.printOne();
        continue;
      }
      this.requests++;
      if (!this.conditions.silent) reply(this.statusReply(stream.inFormat));
    }
  }

  /** One held format prints: it leaves the buffer after printMs (on a later turn, as a real printer's would). */
  private printOne(): void {
    const timer = setTimeout(() => {
      this.printing.delete(timer);
      this.held--;
      this.printedCount++;
    }, this.conditions.printMs);
    this.printing.add(timer);
  }

  private faulted(): boolean {
    const { paused, paperOut, headOpen, ribbonOut } = this.conditions;
    return paused || paperOut || headOpen || ribbonOut;
  }

  private statusReply(partialFormat: boolean): Uint8Array {
    const { paused, paperOut, headOpen, ribbonOut } = this.conditions;
    return encodeHostStatusReply({
      ...IDLE_PRINTER_STATUS,
      paused,
      paperOut,
      headUp: headOpen,
      ribbonOut,
      formatsInReceiveBuffer: this.held,
      partialFormatInProgress: partialFormat,
    });
  }
}
