import { readdir } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import type { ScannerList, ScannerListing } from '../../../src-shared/domain/devices';
import { listHidPosDevices, type HidBackend } from './hid-backend';

export type SerialPortInfo = Awaited<ReturnType<typeof SerialPort.list>>[number];

export interface ListingSources {
  hid: HidBackend;
  listSerialPorts: () => Promise<SerialPortInfo[]>;
  /** serial paths the desk has been told about, listed even when the system cannot list ports */
  configuredSerialPaths: string[];
}

/** Scanners that could be opened: HID POS devices and serial ports. Never throws; gaps become notes. */
export async function listScanners(sources: ListingSources): Promise<ScannerList> {
  const notes: string[] = [];
  const devices: ScannerListing[] = [];
  try {
    for (const d of await listHidPosDevices(sources.hid)) {
      devices.push({
        kind: 'hid',
        path: d.path!,
        vendorId: d.vendorId,
        productId: d.productId,
        ...defined({ product: d.product, manufacturer: d.manufacturer, serialNumber: d.serialNumber }),
      });
    }
  } catch (error) {
    notes.push(`HID devices could not be listed: ${messageOf(error)}`);
  }

  const serial = new Map<string, ScannerListing>();
  try {
    for (const p of await sources.listSerialPorts()) {
      serial.set(p.path, {
        kind: 'serial',
        path: p.path,
        found: 'system',
        ...defined({ manufacturer: p.manufacturer, serialNumber: p.serialNumber, vendorId: p.vendorId, productId: p.productId }),
      });
    }
  } catch (error) {
    // SerialPort.list() runs udevadm on Linux; where it is missing, look for USB serial device files.
    notes.push(`the system's serial port list is unavailable (${messageOf(error)}); showing USB serial device files and configured ports`);
    for (const path of await usbSerialDeviceFiles()) serial.set(path, { kind: 'serial', path, found: 'device-file' });
  }
  for (const path of sources.configuredSerialPaths) if (!serial.has(path)) serial.set(path, { kind: 'serial', path, found: 'configured' });
  return { devices: [...devices, ...serial.values()], notes };
}

async function usbSerialDeviceFiles(): Promise<string[]> {
  if (process.platform === 'win32') return [];
  try {
    return (await readdir('/dev')).filter((name) => /^tty(ACM|USB)\d+$/.test(name)).map((name) => `/dev/${name}`);
  } catch {
    return [];
  }
}

function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
