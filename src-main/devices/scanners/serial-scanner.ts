import { DelimiterParser } from '@serialport/parser-delimiter';
import { SerialPort } from 'serialport';
import { rejectedScan, scanEventFrom } from '../../../src-shared/scanning/scan-event';
import { PermanentScannerError, ReconnectingLink } from './reconnecting-link';
import type { ScannerConnection, ScannerSink, SerialScannerConfig } from './scanner-types';
import { readSerialFrame, serialFraming, type SerialFraming } from './serial-frame';

export interface SerialScannerOptions {
  reconnectMs: number;
}

/**
 * A serial or USB-CDC scanner (/dev/ttyACM0, /dev/ttyUSB0, COM3) through serialport, 8N1. Frames
 * are cut by the delimiter parser, which keeps GS (0x1D) inside the data. When the port closes or
 * fails (unplugged), the link says 'disconnected' and reopens the same path until it is back.
 */
export function createSerialScanner(config: SerialScannerConfig, sink: ScannerSink, options: SerialScannerOptions): ScannerConnection {
  return new SerialScanner(config, sink, options);
}

class SerialScanner implements ScannerConnection {
  readonly kind = 'serial';
  private readonly link: ReconnectingLink;
  private port: SerialPort | null = null;

  constructor(
    private readonly config: SerialScannerConfig,
    private readonly sink: ScannerSink,
    options: SerialScannerOptions,
  ) {
    this.link = new ReconnectingLink({ id: config.id, kind: 'serial', everyMs: options.reconnectMs, connect: () => this.connect(), emit: sink.status });
  }

  get id(): string {
    return this.config.id;
  }

  status() {
    return this.link.status();
  }

  start() {
    return this.link.start();
  }

  async close(): Promise<void> {
    this.link.close();
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private async connect(): Promise<void> {
    let framing: SerialFraming;
    try {
      framing = serialFraming(this.config);
    } catch (error) {
      throw new PermanentScannerError(`serial scanner ${this.config.id}: ${(error as Error).message}`);
    }
    const { path, baudRate } = this.config;
    const port = new SerialPort({ path, baudRate, dataBits: 8, parity: 'none', stopBits: 1, autoOpen: false });
    await new Promise<void>((resolve, reject) =>
      port.open((error) => {
        if (!error) return resolve();
        const denied = /EACCES|Permission denied/i.test(error.message);
        reject(new Error(`cannot open serial port ${path}: ${error.message}${denied ? ' (add the desk user to the dialout group)' : ''}`));
      }),
    );
    if (this.link.isClosed) return void port.close(() => undefined);
    this.port = port;
    // end: false — on unplug the parser must not flush a half-received scan as if it were whole.
    const parser = port.pipe(new DelimiterParser({ delimiter: Buffer.from(framing.delimiter) }), { end: false });
    parser.on('data', (frame: Buffer) => this.onFrame(frame, framing));
    port.on('error', (error) => this.sink.log(`serial scanner ${this.config.id} on ${path}: ${error.message}`));
    port.on('close', () => {
      if (this.port !== port) return;
      this.port = null;
      port.unpipe(parser);
      if (parser.buffer.length > 0) this.reject(parser.buffer, 'A scan was cut off: the serial port closed while it was arriving. Scan again.');
      this.link.lost(`serial port ${path} closed (scanner unplugged?)`);
    });
  }

  private onFrame(frame: Buffer, framing: SerialFraming): void {
    const read = readSerialFrame(new Uint8Array(frame), framing);
    if (read.kind === 'blank') return;
    if (read.kind === 'rejected') return this.reject(frame, read.reason);
    this.sink.scan(scanEventFrom({ source: 'serial', deviceId: this.config.id, at: this.sink.now().toISOString(), bytes: read.bytes, aim: read.aim }));
  }

  private reject(bytes: Uint8Array, reason: string): void {
    this.sink.scan(rejectedScan({ source: 'serial', deviceId: this.config.id, at: this.sink.now().toISOString(), bytes, reason }));
  }
}
