import { createRequire } from 'node:module';

/**
 * The node-hid boundary, as narrow as the scanner code needs it: list devices, open one by path,
 * and an open device's 'data' (one input report, report ID first) and 'error' (unplugged, read
 * failure) events. Tests put a fake here, since this machine has no HID device.
 */
export const HID_POS_USAGE_PAGE = 0x8c;

export interface HidDeviceInfo {
  path?: string;
  vendorId: number;
  productId: number;
  usagePage?: number;
  usage?: number;
  product?: string;
  manufacturer?: string;
  serialNumber?: string;
}

export interface HidHandle {
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): Promise<void>;
}

export interface HidBackend {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidHandle>;
}

/**
 * node-hid is loaded on first use, not at import: its native binding needs libusb, and a desk (or a
 * CLI command) that never touches a HID scanner must start even where libusb is missing.
 */
let nodeHid: typeof import('node-hid') | undefined;
function loadNodeHid(): typeof import('node-hid') {
  nodeHid ??= createRequire(import.meta.url)('node-hid') as typeof import('node-hid');
  return nodeHid;
}

export const nodeHidBackend: HidBackend = {
  devices: () => loadNodeHid().devicesAsync(),
  open: (path) => loadNodeHid().HIDAsync.open(path),
};

/** HID devices on the Bar Code Scanner page; keyboard-wedge scanners are usage page 0x01 and not listed. */
export async function listHidPosDevices(backend: HidBackend): Promise<HidDeviceInfo[]> {
  const all = await backend.devices();
  return all.filter((d) => d.usagePage === HID_POS_USAGE_PAGE && d.path);
}
