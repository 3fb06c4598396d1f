import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidSscc } from '../../src-main/devices/labels/sscc';
import { SimulatedZebraPrinter } from '../../src-main/devices/printers/simulated-zebra-printer';
import { runCli } from '../helpers/cli';

/** Labels and printing as a script or a person runs them, on the demo ledger, against a simulated Zebra on TCP. */
let dir: string;
let db: string;
let printer: SimulatedZebraPrinter;
let address: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-labels-cli-'));
  db = join(dir, 'ledger.db');
  expect((await runCli(['demo', '--db', db])).code).toBe(0);
  printer = new SimulatedZebraPrinter();
  address = await printer.listen();
}, 60_000);
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('drawback-desk label and print', () => {
  it('writes a PDF label a person can read: the entry, the lot and the banner of a segregated cage', async () => {
    const out = join(dir, 'lot-a.pdf');
    const run = await runCli(['label', '--db', db, '--lot', 'NW-2305-A', '--format', 'pdf', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const sscc = /SSCC \(00\) (\d{18})/.exec(run.stdout)![1]!;
    expect(isValidSscc(sscc)).toBe(true);
    expect(sscc.startsWith('00614141')).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('2023-000123');
    expect(text).toContain('NW-2305-A');
    expect(text).toContain('DO NOT COMMINGLE');
  });

  it('prints the same pallet on a label printer once, then only again with a reprint reason', async () => {
    const first = await runCli(['print', '--db', db, '--lot', 'NW-2305-A', '--printer', address]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/printed the label of SSCC \(00\) \d{18} on tcp:\/\/127\.0\.0\.1:\d+/);
    expect(printer.labels()).toHaveLength(1);
    expect(printer.labels()[0]).toContain('^XA');

    const again = await runCli(['print', '--db', db, '--lot', 'NW-2305-A', '--printer', address]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already printed .* printing it again needs a reprint reason/);
    expect(printer.labels()).toHaveLength(1);

    const reprint = await runCli(['print', '--db', db, '--lot', 'NW-2305-A', '--printer', address, '--reprint-reason', 'label torn', '--json']);
    expect(reprint.code).toBe(0);
    expect(JSON.parse(reprint.stdout)).toMatchObject({ state: 'printed', reprintReason: 'label torn' });
    expect(printer.labels()).toHaveLength(2);
  });

  it('says which setting is wrong and which keys exist', async () => {
    const bad = await runCli(['settings', 'set', 'gs1.company-prefix', '12', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/7 to 11 digits/);
    const list = await runCli(['settings', 'list', '--db', db]);
    expect(list.stdout).toContain('gs1.company-prefix = 0614141');
    expect(readFileSync(join(dir, 'demo-labels.zpl'), 'utf8')).toBe('');
  });
});
