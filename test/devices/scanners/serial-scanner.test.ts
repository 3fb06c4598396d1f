import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSerialScanner } from '../../../src-main/devices/scanners/serial-scanner';
import type { ScannerConnection, SerialScannerConfig } from '../../../src-main/devices/scanners/scanner-types';
import { PALLET_GS1 } from './hid-pos-fixtures';
import { recordingSink } from './recording-sink';
import { SocatPair } from './socat-pair';

const GS = '\u001d';
let dir: string;
let line: SocatPair;
let scanner: ScannerConnection | null = null;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serial-scanner-'));
  line = new SocatPair(dir);
  await line.start();
});

afterEach(async () => {
  await scanner?.close();
  scanner = null;
  await line.stop();
  rmSync(dir, { recursive: true, force: true });
});

function open(config: Partial<SerialScannerConfig> = {}) {
  const record = recordingSink();
  scanner = createSerialScanner({ id: 'dock-serial', kind: 'serial', path: line.deskEnd, baudRate: 9600, aimPrefix: true, ...config }, record.sink, {
    reconnectMs: 50,
  });
  return { record, scanner };
}

describe('serial scanner over a real pseudo-terminal', () => {
  it('turns the bytes of a GS1-128 scan into an accepted scan event', async () => {
    const { record, scanner } = open();
    expect(await scanner.start()).toEqual({ id: 'dock-serial', kind: 'serial', state: 'connected' });
    await line.send(`]C1${PALLET_GS1}\r`);
    const event = await record.scan(1);
    expect(event).toMatchObject({
      kind: 'accepted',
      source: 'serial',
      deviceId: 'dock-serial',
      at: '2025-03-04T10:00:00.000Z',
      symbology: { aim: ']C1', name: 'GS1-128' },
      data: PALLET_GS1,
      receipt: { kind: 'gs1', gtin: '00614141999996', lotCode: 'LOT-A', quantity: 12, entryNumber: 'EF1-0012345-6' },
    });
  });

  it('cuts scans at the suffix however the bytes arrive, and rejects a bad check digit', async () => {
    const { record, scanner } = open();
    await scanner.start();
    await line.send(`]C10100614141999995${GS}10LOT-B\r]E04006381333931\r]C101006141`);
    await line.send(`41999996${GS}10LOT-C\r`);
    const [bad, plain, split] = [await record.scan(1), await record.scan(2), await record.scan(3)];
    expect(bad).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/AI \(01\) GTIN 00614141999995 has a wrong check digit/) });
    expect(bad.kind === 'rejected' && bad.rawHex.startsWith('5d 43 31 30 31')).toBe(true);
    expect(plain).toMatchObject({ kind: 'accepted', symbology: { aim: ']E0' }, receipt: { kind: 'plain', code: '4006381333931' } });
    expect(split).toMatchObject({ kind: 'accepted', receipt: { lotCode: 'LOT-C' } });
  });

  it('strips a prefix and a CR LF suffix, and rejects a frame that lacks the prefix', async () => {
    const { record, scanner } = open({ prefix: '\u0002', suffix: '\r\n', aimPrefix: false });
    await scanner.start();
    await line.send(`\u0002(01)00614141999996(10)LOT-D\r\nnoise\r\n`);
    expect(await record.scan(1)).toMatchObject({ kind: 'accepted', data: '(01)00614141999996(10)LOT-D', receipt: { lotCode: 'LOT-D' } });
    expect(await record.scan(2)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/prefix "\\x02"/), rawHex: '6e 6f 69 73 65' });
  });

  it('says disconnected when the line goes, reconnects when it is back, and scans again', async () => {
    const { record, scanner } = open();
    await scanner.start();
    await line.send(`]C1${PALLET_GS1}\r`);
    await record.scan(1);

    await line.stop();
    expect(await record.status('disconnected')).toMatchObject({ message: expect.stringMatching(/closed \(scanner unplugged\?\)/) });
    expect(scanner.status().state).not.toBe('connected');

    const seen = record.statuses.length;
    await line.start();
    await record.status('connected', seen);
    expect(scanner.status().state).toBe('connected');
    await line.send(`]C1${PALLET_GS1}\r`);
    expect(await record.scan(2)).toMatchObject({ kind: 'accepted', receipt: { entryNumber: 'EF1-0012345-6' } });
  });

  it('rejects a scan cut off by the unplug rather than reading its first half', async () => {
    const { record, scanner } = open();
    await scanner.start();
    // One write: once the whole scan has arrived, so has the half one behind it.
    await line.send(`]E04006381333931\r]C10100614141999996${GS}10LOT-`);
    await record.scan(1);
    await line.stop();
    expect(await record.scan(2)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/cut off: the serial port closed/) });
  });

  it('reports a port that is not there as disconnected and keeps trying', async () => {
    const { record, scanner } = open({ path: join(dir, 'nothing-here') });
    const first = await scanner.start();
    expect(first).toMatchObject({ state: 'disconnected', message: expect.stringMatching(/cannot open serial port .*nothing-here/) });
    expect(await record.status('reconnecting')).toMatchObject({ message: expect.stringMatching(/retrying every 50 ms/) });
  });
});
