import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

/**
 * Black-box: `devices list` as a person or script runs it, on a machine with no scanner, label
 * printer or RFID reader plugged in. The label printer is a plain file (file:PATH), which the desk
 * can reach without hardware and which says it cannot report on the label.
 */
let dir: string;
let path: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-desk-devices-'));
  path = join(dir, 'ledger.db');
  expect((await runCli(['init', '--db', path])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Listed {
  scanners: { kind: 'hid' | 'serial'; path: string }[];
  notes: string[];
  configuredScanners: unknown[];
  printer: { address: string; status: { ready: boolean; faults: string[]; note?: string } } | null;
  rfidReader: string | null;
}

describe('devices list', { timeout: 60_000 }, () => {
  it('with nothing set, says the printer and the RFID reader are not set and lists no configured scanner', async () => {
    const json = await runCli(['devices', 'list', '--db', path, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const listed = JSON.parse(json.stdout) as Listed;
    expect(Object.keys(listed).sort()).toEqual(['configuredScanners', 'notes', 'printer', 'rfidReader', 'scanners']);
    expect(listed).toMatchObject({ configuredScanners: [], printer: null, rfidReader: null });
    expect(Array.isArray(listed.scanners) && Array.isArray(listed.notes)).toBe(true);

    const text = await runCli(['devices', 'list', '--db', path]);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('scanners found:');
    expect(lines.slice(-3)).toEqual([
      'scanners the desk opens: none (setting "scanners")',
      'label printer: not set (setting labels.printer)',
      'RFID reader: not set (setting rfid.reader)',
    ]);
  });

  it('asks the label printer the labels.printer setting names how it is, and shows the scanners and reader the settings name', async () => {
    const printerFile = join(dir, 'printer.zpl');
    writeFileSync(printerFile, '');
    const scanners = [{ id: 'dock-1', kind: 'serial', path: '/dev/ttyACM9', baudRate: 9600 }];
    for (const [key, value] of [
      ['labels.printer', `file:${printerFile}`],
      ['rfid.reader', 'llrp://127.0.0.1:5084'],
      ['scanners', JSON.stringify(scanners)],
    ]) {
      const set = await runCli(['settings', 'set', key!, value!, '--db', path]);
      expect(set.code, set.stderr).toBe(0);
    }

    const json = await runCli(['devices', 'list', '--db', path, '--json', '--timeout', '500']);
    expect(json.code, json.stderr).toBe(0);
    const listed = JSON.parse(json.stdout) as Listed;
    expect(listed.configuredScanners).toEqual(scanners);
    expect(listed.rfidReader).toBe('llrp://127.0.0.1:5084');
    expect(listed.printer).toMatchObject({ address: `file:${printerFile}`, status: { ready: true, faults: [], note: expect.any(String) } });

    const text = await runCli(['devices', 'list', '--db', path]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.trimEnd().split('\n').slice(-3)).toEqual([
      `scanners the desk opens: ${JSON.stringify(scanners)}`,
      `label printer file:${printerFile}: ready (${listed.printer!.status.note})`,
      'RFID reader: llrp://127.0.0.1:5084',
    ]);
  });

  it('refuses a --timeout that is not a whole number of milliseconds, in words, before asking the printer', async () => {
    const r = await runCli(['devices', 'list', '--db', path, '--timeout', 'soon']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--timeout is a whole number from 1 to 600000, written in digits, not "soon"');
  });
});
