import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanEvent } from '../../../src-shared/scanning/scan-event';
import { createScannerHub, type ScannerHub } from '../../../src-main/devices/scanners/scanner-hub';
import type { ScannerStatus } from '../../../src-main/devices/scanners/scanner-types';
import { FakeHidBackend, HONEYWELL_SCANNER, KEYBOARD } from './fake-hid-backend';
import { PALLET_GS1, standardReports } from './hid-pos-fixtures';
import { SocatPair } from './socat-pair';

let dir: string;
let line: SocatPair;
let hid: FakeHidBackend;
let hub: ScannerHub;
const logs: string[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scanner-hub-'));
  line = new SocatPair(dir);
  await line.start();
  hid = new FakeHidBackend();
  hid.plug(HONEYWELL_SCANNER);
  hid.plug(KEYBOARD);
  logs.length = 0;
  hub = createScannerHub({ log: (m) => void logs.push(m), now: () => new Date('2025-03-04T10:00:00.000Z'), reconnectMs: 50, hid });
});

afterEach(async () => {
  await hub.closeAll();
  await line.stop();
  rmSync(dir, { recursive: true, force: true });
});

const until = <T>(find: () => T | undefined) =>
  vi.waitFor(
    () => {
      const found = find();
      if (found === undefined) throw new Error('not yet');
      return found;
    },
    { timeout: 10_000, interval: 20 },
  );

describe('scanner hub', () => {
  it('lists HID POS scanners but not keyboards, and configured serial ports even when the system cannot list ports', async () => {
    await hub.open({ id: 'dock-serial', kind: 'serial', path: line.deskEnd, baudRate: 9600 });
    const listed = await hub.list();
    expect(listed.devices).toContainEqual({
      kind: 'hid',
      path: '/dev/hidraw3',
      vendorId: 0x0c2e,
      productId: 0x0b87,
      product: 'Voyager 1602g',
      manufacturer: 'Honeywell',
      serialNumber: 'DESK0000001',
    });
    expect(listed.devices.some((d) => d.path === KEYBOARD.path)).toBe(false);
    // The pty is no USB port: it is listed because the desk was told about it.
    expect(listed.devices).toContainEqual({ kind: 'serial', path: line.deskEnd, found: 'configured' });
  });

  it('says so in a note when the serial port list fails (udevadm missing)', async () => {
    const noUdev = createScannerHub({
      log: () => undefined,
      now: () => new Date(),
      hid,
      listSerialPorts: () => Promise.reject(new Error('spawn udevadm ENOENT')),
    });
    const listed = await noUdev.list();
    expect(listed.notes).toEqual([
      expect.stringMatching(/serial port list is unavailable \(spawn udevadm ENOENT\); showing USB serial device files and configured ports/),
    ]);
    expect(listed.devices.filter((d) => d.kind === 'hid')).toHaveLength(1);
  });

  it('sends scans from HID and serial scanners to every listener, even when one throws', async () => {
    const heard: ScanEvent[] = [];
    hub.onScan(() => {
      throw new Error('a broken screen');
    });
    hub.onScan((event) => void heard.push(event));
    expect(await hub.open({ id: 'dock-hid', kind: 'hid', path: '/dev/hidraw3' })).toMatchObject({ state: 'connected' });
    expect(await hub.open({ id: 'dock-serial', kind: 'serial', path: line.deskEnd, baudRate: 9600, aimPrefix: true })).toMatchObject({ state: 'connected' });

    for (const report of standardReports(']C1', PALLET_GS1)) hid.device('/dev/hidraw3').report(report);
    await line.send(`]C10100614141999995\r`);
    await until(() => (heard.length >= 2 ? heard : undefined));
    expect(heard.find((e) => e.deviceId === 'dock-hid')).toMatchObject({ kind: 'accepted', source: 'hid', receipt: { entryNumber: 'EF1-0012345-6' } });
    expect(heard.find((e) => e.deviceId === 'dock-serial')).toMatchObject({
      kind: 'rejected',
      source: 'serial',
      reason: expect.stringMatching(/wrong check digit/),
    });
    expect(logs.filter((m) => m === 'a scan-event listener failed')).toHaveLength(2);
  });

  it("shows each scanner's status, tells status listeners of changes, and stops telling after unsubscribe", async () => {
    const heard: ScannerStatus[] = [];
    const unsubscribe = hub.onStatus((status) => void heard.push(status));
    await hub.open({ id: 'dock-hid', kind: 'hid', path: '/dev/hidraw3' });
    await hub.open({ id: 'dock-serial', kind: 'serial', path: line.deskEnd, baudRate: 9600 });
    expect(hub.status()).toEqual([
      { id: 'dock-hid', kind: 'hid', state: 'connected' },
      { id: 'dock-serial', kind: 'serial', state: 'connected' },
    ]);

    await line.stop();
    await until(() => heard.find((s) => s.id === 'dock-serial' && s.state === 'disconnected'));
    expect(hub.status().find((s) => s.id === 'dock-serial')?.state).not.toBe('connected');

    await hub.close('dock-hid');
    expect(heard.at(-1)).toEqual({ id: 'dock-hid', kind: 'hid', state: 'disconnected', message: 'closed' });
    expect(hub.status().map((s) => s.id)).toEqual(['dock-serial']);

    unsubscribe();
    const before = heard.length;
    await hub.closeAll();
    expect(heard).toHaveLength(before);
    expect(hub.status()).toEqual([]);
  });

  it('reopens a scanner given again under the same id', async () => {
    await hub.open({ id: 'dock', kind: 'hid', path: '/dev/hidraw3' });
    const first = hid.device('/dev/hidraw3');
    await hub.open({ id: 'dock', kind: 'hid', path: '/dev/hidraw3', layout: 'quio-qu-r-302' });
    expect(first.closed).toBe(true);
    expect(hub.status()).toEqual([{ id: 'dock', kind: 'hid', state: 'connected' }]);
  });
});
