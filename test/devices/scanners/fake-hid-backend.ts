import { EventEmitter } from 'node:events';
import type { HidBackend, HidDeviceInfo, HidHandle } from '../../../src-main/devices/scanners/hid-backend';

/**
 * A stand-in at the node-hid boundary only, because this machine has no HID device and no
 * /dev/uhid to make one: devices can be plugged and unplugged, and a plugged device sends input
 * reports (the bytes a scanner sends, report ID first) as node-hid's 'data' events would.
 */
export class FakeHidDevice extends EventEmitter implements HidHandle {
  closed = false;

  constructor(readonly info: HidDeviceInfo) {
    super();
  }

  report(bytes: Uint8Array): void {
    this.emit('data', Buffer.from(bytes));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.removeAllListeners();
  }
}

export class FakeHidBackend implements HidBackend {
  private readonly plugged = new Map<string, HidDeviceInfo>();
  readonly opened: FakeHidDevice[] = [];

  plug(info: HidDeviceInfo): void {
    this.plugged.set(info.path!, info);
  }

  /** Pulls the cable: the open device reports a read error, as hidapi does on unplug. */
  unplug(path: string): void {
    this.plugged.delete(path);
    for (const device of this.opened) if (device.info.path === path && !device.closed) device.emit('error', new Error('could not read from HID device'));
  }

  /** The device open at `path` now. */
  device(path: string): FakeHidDevice {
    const device = this.opened.findLast((d) => d.info.path === path && !d.closed);
    if (!device) throw new Error(`no open fake HID device at ${path}`);
    return device;
  }

  async devices(): Promise<HidDeviceInfo[]> {
    return [...this.plugged.values()];
  }

  async open(path: string): Promise<HidHandle> {
    const info = this.plugged.get(path);
    if (!info) throw new Error(`could not open device with path ${path}`);
    const device = new FakeHidDevice(info);
    this.opened.push(device);
    return device;
  }
}

export const HONEYWELL_SCANNER: HidDeviceInfo = {
  path: '/dev/hidraw3',
  vendorId: 0x0c2e,
  productId: 0x0b87,
  usagePage: 0x8c,
  usage: 0x02,
  product: 'Voyager 1602g',
  manufacturer: 'Honeywell',
  serialNumber: 'DESK0000001',
};
export const KEYBOARD: HidDeviceInfo = { path: '/dev/hidraw0', vendorId: 0x046d, productId: 0xc31c, usagePage: 0x01, usage: 0x06, product: 'USB Keyboard' };
