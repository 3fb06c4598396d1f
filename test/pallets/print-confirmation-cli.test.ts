import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedZebraPrinter, type SimulatedPrinterConditions } from '../../src-main/devices/printers/simulated-zebra-printer';
import { runCli } from '../helpers/cli';

/**
 * "Printed" only on the printer's word, from the command line: after the label the desk asks ~HS on
 * the same connection until the printer reports nothing left to print. A printer that never reads,
 * hangs up, never answers or holds the label behind a fault is never reported printed; exit 0 only
 * for a confirmed label, 3 for "sent, not confirmed", 1 when the send itself went wrong.
 */
let dir: string;
let db: string;
let printer: SimulatedZebraPrinter | undefined;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drawback-print-confirm-'));
  db = join(dir, 'ledger.db');
  expect((await runCli(['demo', '--db', db])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

async function printerThat(conditions: Partial<SimulatedPrinterConditions>): Promise<string> {
  printer = new SimulatedZebraPrinter(conditions);
  return printer.listen();
}
let n = 0;
/** Prints lot NW-2305-A again (with a reason: the demo's lots are printed once already by earlier tests). */
const print = (address: string, ...extra: string[]) =>
  runCli(['print', '--db', db, '--lot', 'NW-2305-A', '--printer', address, '--reprint-reason', `test print ${++n}`, ...extra]);

describe('print on a raw TCP printer', () => {
  it('a printer that prints the label confirms it: printed, exit 0', async () => {
    const address = await printerThat({ printMs: 400 });
    const r = await print(address);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^printed the label of SSCC \(00\) \d{18} on tcp:\/\/127\.0\.0\.1:\d+, confirmed by the printer \(job \w+\)\n$/);
    expect(printer!.printed()).toBe(1);
    // asked while the label was still in its buffer, and again once it was out
    expect(printer!.hostStatusRequests()).toBeGreaterThanOrEqual(2);
  });

  it('a printer that never reads is never "printed": sent, not confirmed, exit 3', async () => {
    const address = await printerThat({ deaf: true });
    const r = await print(address, '--json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({
      state: 'unconfirmed',
      error:
        'sent, not confirmed: the printer took the bytes but did not confirm the label: no reply within 2000 ms — check the printer, then print again with a reprint reason if no label came out',
    });
  });

  it('a printer that hangs up at once is never "printed": the label is uncertain, exit 1', async () => {
    const address = await printerThat({ hangUp: true });
    const r = await print(address);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^drawback-desk: the label of SSCC \d{18} did not print \(job \w+, 1 tries\): tcp:\/\/127\.0\.0\.1:\d+: (while sending the label, the printer at 127\.0\.0\.1:\d+ [^—]*|the printer at 127\.0\.0\.1:\d+ hung up \w+[^—]*) — the label may have printed; check the printer/,
    );
  });

  it('a printer that takes labels but never answers ~HS: sent, not confirmed', async () => {
    const address = await printerThat({ silent: true });
    const r = await print(address);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(
      /^sent the label of SSCC \(00\) \d{18} to tcp:\/\/127\.0\.0\.1:\d+, not confirmed \(job \w+\): sent, not confirmed: the printer took the bytes but did not confirm the label: no reply within 2000 ms/,
    );
    expect(printer!.labels()).toHaveLength(1);
  });

  it('a printer out of paper holds the label: sent, not confirmed, saying why', async () => {
    const address = await printerThat({ paperOut: true });
    const r = await print(address);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('not confirmed');
    expect(r.stdout).toContain('the printer holds the label (paper out); it prints once that is fixed');
    expect(printer!.printed()).toBe(0);
  });
});

describe('print to a device file', () => {
  it('is sent, not confirmed: a file cannot say whether the label printed', async () => {
    const r = await runCli(['print', '--db', db, '--lot', 'NW-2305-B', '--reprint-reason', 'file test']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(
      /^sent the label of SSCC \(00\) \d{18} to file:.*demo-labels\.zpl, not confirmed \(job \w+\): sent, not confirmed: written to .*demo-labels\.zpl, which cannot report whether the label printed/,
    );
  });
});
