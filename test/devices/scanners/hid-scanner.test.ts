import { afterEach, describe, expect, it } from 'vitest';
import { createHidScanner } from '../../../src-main/devices/scanners/hid-scanner';
import type { HidScannerConfig, ScannerConnection } from '../../../src-main/devices/scanners/scanner-types';
import { FakeHidBackend, HONEYWELL_SCANNER } from './fake-hid-backend';
import { PALLET_GS1, standardReports } from './hid-pos-fixtures';
import { recordingSink } from './recording-sink';

let scanner: ScannerConnection | null = null;
afterEach(async () => {
  await scanner?.close();
  scanner = null;
});

function open(config: Partial<HidScannerConfig> = {}) {
  const backend = new FakeHidBackend();
  backend.plug(HONEYWELL_SCANNER);
  const record = recordingSink();
  scanner = createHidScanner({ id: 'dock-hid', kind: 'hid', path: HONEYWELL_SCANNER.path!, ...config }, record.sink, {
    backend,
    reconnectMs: 20,
    incompleteScanMs: 30,
  });
  return { backend, record, scanner };
}

describe('HID POS scanner transport (fake node-hid boundary)', () => {
  it('opens the device by path and turns its reports into scan events', async () => {
    const { backend, record, scanner } = open();
    expect(await scanner.start()).toEqual({ id: 'dock-hid', kind: 'hid', state: 'connected' });
    for (const report of standardReports(']C1', PALLET_GS1)) backend.device('/dev/hidraw3').report(report);
    expect(await record.scan(1)).toMatchObject({
      kind: 'accepted',
      source: 'hid',
      deviceId: 'dock-hid',
      symbology: { name: 'GS1-128' },
      receipt: { lotCode: 'LOT-A', entryNumber: 'EF1-0012345-6' },
    });
  });

  it('rejects a scan whose last report never comes', async () => {
    const { backend, record, scanner } = open();
    await scanner.start();
    backend.device('/dev/hidraw3').report(standardReports(']d2', 'D'.repeat(90))[0]!);
    expect(await record.scan(1)).toMatchObject({
      kind: 'rejected',
      source: 'hid',
      symbology: { aim: ']d2' },
      reason: expect.stringMatching(/announced more data after 56 bytes/),
    });
  });

  it('rejects a truncated report with its bytes in hex', async () => {
    const { backend, record, scanner } = open();
    await scanner.start();
    backend.device('/dev/hidraw3').report(standardReports(']C1', '123')[0]!.slice(0, 8));
    expect(await record.scan(1)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/cut short: 8 bytes/), rawHex: '02 03 5d 43 31 31 32 33' });
  });

  it('says disconnected on unplug, and reconnects when it comes back under another path', async () => {
    const { backend, record, scanner } = open();
    await scanner.start();
    backend.unplug('/dev/hidraw3');
    expect(await record.status('disconnected')).toMatchObject({
      message: expect.stringMatching(/stopped answering \(unplugged\?\): could not read from HID device/),
    });
    expect(await record.status('reconnecting')).toMatchObject({
      message: expect.stringMatching(/HID scanner at \/dev\/hidraw3 did not open: could not open device/),
    });

    const seen = record.statuses.length;
    backend.plug({ ...HONEYWELL_SCANNER, path: '/dev/hidraw7' });
    await record.status('connected', seen);
    backend.device('/dev/hidraw7').report(standardReports(']E0', '4006381333931')[0]!);
    expect(await record.scan(1)).toMatchObject({ kind: 'accepted', receipt: { kind: 'plain', code: '4006381333931' } });
  });

  it('stays in error for a layout it does not know, without retrying', async () => {
    const { backend, scanner } = open({ layout: 'no-such-layout' });
    expect(await scanner.start()).toMatchObject({
      state: 'error',
      message: expect.stringMatching(/no report layout "no-such-layout" \(known: standard, quio-qu-r-302\)/),
    });
    expect(backend.opened).toHaveLength(0);
  });

  it('closes the device on close', async () => {
    const { backend, scanner } = open();
    await scanner.start();
    const device = backend.device('/dev/hidraw3');
    await scanner.close();
    expect(device.closed).toBe(true);
  });
});
