import { rejectedScan, scanEventFrom } from '../../../src-shared/scanning/scan-event';
import { HID_POS_USAGE_PAGE, type HidBackend, type HidDeviceInfo, type HidHandle } from './hid-backend';
import { HID_POS_LAYOUTS, hidPosLayout } from './hid-pos-layouts';
import { HidPosReassembler, type HidPosOutput } from './hid-pos-reassembler';
import { PermanentScannerError, ReconnectingLink } from './reconnecting-link';
import type { HidScannerConfig, ScannerConnection, ScannerSink } from './scanner-types';

export interface HidScannerOptions {
  backend: HidBackend;
  reconnectMs: number;
  /** how long to wait for the rest of a symbol after a report that announced more */
  incompleteScanMs?: number;
}

/** Scanners send the reports of one symbol back to back; a gap this long means the rest was lost. */
export const DEFAULT_INCOMPLETE_SCAN_MS = 500;

/**
 * A HID POS scanner through node-hid: reports go through the reassembler into scan events; an
 * 'error' from the device (unplugged) marks it disconnected and the link reopens it, by path, or by
 * vendor, product and serial number when a replug gave it another path.
 */
export function createHidScanner(config: HidScannerConfig, sink: ScannerSink, options: HidScannerOptions): ScannerConnection {
  return new HidScanner(config, sink, options);
}

class HidScanner implements ScannerConnection {
  readonly kind = 'hid';
  private readonly link: ReconnectingLink;
  private handle: HidHandle | null = null;
  private reassembler: HidPosReassembler | null = null;
  private expiry: NodeJS.Timeout | null = null;
  private identity: Pick<HidDeviceInfo, 'vendorId' | 'productId' | 'serialNumber'> | null;
  private path: string;
  private readonly passedOver = new Set<string>();

  constructor(
    private readonly config: HidScannerConfig,
    private readonly sink: ScannerSink,
    private readonly options: HidScannerOptions,
  ) {
    this.path = config.path;
    this.identity =
      config.vendorId !== undefined && config.productId !== undefined
        ? { vendorId: config.vendorId, productId: config.productId, serialNumber: config.serialNumber }
        : null;
    this.link = new ReconnectingLink({ id: config.id, kind: 'hid', everyMs: options.reconnectMs, connect: () => this.connect(), emit: sink.status });
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
    await this.release();
  }

  private async connect(): Promise<void> {
    const layout = hidPosLayout(this.config.layout);
    if (!layout)
      throw new PermanentScannerError(
        `HID scanner ${this.config.id}: no report layout "${this.config.layout}" (known: ${Object.keys(HID_POS_LAYOUTS).join(', ')})`,
      );
    const path = await this.findPath();
    let handle: HidHandle;
    try {
      handle = await this.options.backend.open(path);
    } catch (error) {
      throw new Error(`HID scanner at ${path} did not open: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.link.isClosed) return void handle.close().catch(() => undefined);
    this.handle = handle;
    this.reassembler = new HidPosReassembler(layout);
    handle.on('data', (report) => this.onReport(report));
    handle.on('error', (error) => void this.onError(handle, error));
  }

  /** The configured path, or where the same scanner shows up now. */
  private async findPath(): Promise<string> {
    let devices: HidDeviceInfo[];
    try {
      devices = (await this.options.backend.devices()).filter((d) => d.usagePage === HID_POS_USAGE_PAGE);
    } catch {
      return this.path;
    }
    const here = devices.find((d) => d.path === this.path);
    if (here) {
      this.identity ??= { vendorId: here.vendorId, productId: here.productId, serialNumber: here.serialNumber };
      return this.path;
    }
    const { identity } = this;
    const moved =
      identity &&
      devices.find(
        (d) => d.vendorId === identity.vendorId && d.productId === identity.productId && (!identity.serialNumber || d.serialNumber === identity.serialNumber),
      );
    if (moved?.path) this.path = moved.path;
    return this.path;
  }

  private onReport(report: Buffer): void {
    const reassembler = this.reassembler;
    if (!reassembler) return;
    this.emitAll(reassembler.push(new Uint8Array(report)));
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
    if (reassembler.waitingForMore) {
      this.expiry = setTimeout(() => this.emitAll(reassembler.expire()), this.options.incompleteScanMs ?? DEFAULT_INCOMPLETE_SCAN_MS);
      this.expiry.unref();
    }
  }

  private async onError(handle: HidHandle, error: Error): Promise<void> {
    if (handle !== this.handle) return;
    if (this.reassembler) this.emitAll(this.reassembler.expire());
    await this.release();
    this.link.lost(`HID scanner at ${this.path} stopped answering (unplugged?): ${error.message}`);
  }

  private emitAll(outputs: HidPosOutput[]): void {
    const base = { source: 'hid' as const, deviceId: this.config.id, at: this.sink.now().toISOString() };
    for (const out of outputs) {
      if (out.kind === 'scan') this.sink.scan(scanEventFrom({ ...base, bytes: out.data, aim: out.aim }));
      else if (out.kind === 'rejected') this.sink.scan(rejectedScan({ ...base, bytes: out.raw, aim: out.aim, reason: out.reason }));
      else if (!this.passedOver.has(out.reason)) {
        this.passedOver.add(out.reason); // trigger and status reports repeat; say so once
        this.sink.log(`HID scanner ${this.config.id}: ${out.reason}, passed over`);
      }
    }
  }

  private async release(): Promise<void> {
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
    const handle = this.handle;
    this.handle = null;
    this.reassembler = null;
    if (handle) await handle.close().catch((error: unknown) => this.sink.log(`closing HID scanner ${this.config.id} failed`, error));
  }
}
