import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CupsPrinter } from '../../src-main/devices/printers/cups-printer';
import { PrinterError } from '../../src-main/devices/printers/printer-error';
import { printerFromAddress } from '../../src-main/devices/printers/printer-from-address';
import { installFakeCups, type FakeCups } from './fake-cups';

const LABEL = '^XA^FO50,50^A0N,40,40^FDENTRY 231-0000001-7^FS^XZ';
const bytes = (text: string) => new TextEncoder().encode(text);

// CUPS is not installed here: these tests run against fake `lp`/`lpstat` scripts (see fake-cups.ts)
// that record what they were given, so the arguments and the bytes on stdin are checked for real.
let cups: FakeCups;
beforeEach(() => {
  cups = installFakeCups();
});
afterEach(() => cups.remove());

const queue = (name: string, vars: Record<string, string> = {}) => printerFromAddress(`cups:${name}`, { cups: { env: cups.env(vars) } });

describe('CUPS queue through lp', () => {
  it('sends ZPL raw to the queue on lp stdin', async () => {
    // queued, never confirmed: CUPS does not tell lp whether the label came out
    expect(await queue('Zebra_Dock').send(bytes(LABEL))).toEqual({
      confirmed: false,
      why: 'queued on CUPS queue Zebra_Dock as Zebra_Dock-1; CUPS does not report back whether the label printed',
    });
    expect(cups.lpArgs()).toEqual(['-d', 'Zebra_Dock', '-o', 'raw']);
    expect(cups.lpStdin().toString('utf8')).toBe(LABEL);
  });

  it('lets CUPS filter a PDF for an office printer', async () => {
    const pdf = bytes('%PDF-1.7\n%label\n');
    await queue('Office').send(pdf);
    expect(cups.lpArgs()).toEqual(['-d', 'Office']);
    expect(new Uint8Array(cups.lpStdin())).toEqual(pdf);
  });

  it("fails with lp's own message; a missing queue is not worth retrying", async () => {
    const error = await queue('Nope', { FAKE_LP_EXIT: '1', FAKE_LP_STDERR: 'lp: The printer or class does not exist.' })
      .send(bytes(LABEL))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({
      code: 'spooler-failed',
      retryable: false,
      mayHavePrinted: false,
      message: 'lp -d Nope -o raw failed (exit 1): lp: The printer or class does not exist.',
    });
  });

  it('calls a scheduler that is down worth retrying', async () => {
    const send = queue('Zebra_Dock', { FAKE_LP_EXIT: '1', FAKE_LP_STDERR: 'lp: Error - Scheduler Not Responding.' }).send(bytes(LABEL));
    await expect(send).rejects.toMatchObject({ code: 'spooler-failed', retryable: true, mayHavePrinted: false });
  });

  it('says CUPS is missing when there is no lp', async () => {
    const empty = installFakeCups([]);
    const send = new CupsPrinter('Zebra_Dock', { env: empty.env() }).send(bytes(LABEL));
    await expect(send).rejects.toMatchObject({ code: 'spooler-missing', retryable: false, systemCode: 'ENOENT' });
    empty.remove();
  });
});

describe('CUPS queue status through lpstat', () => {
  it('is ready when the queue is enabled', async () => {
    const output = 'printer Zebra_Dock is idle.  enabled since Tue 01 Dec 2026 09:00:00 AM UTC\n';
    const status = await queue('Zebra_Dock', { FAKE_LPSTAT_OUTPUT: output }).status();
    expect(status).toMatchObject({ ready: true, faults: [], raw: output });
    expect(status.note).toContain('CUPS reports its queue, not the printer');
    expect(cups.lpstatArgs()).toEqual(['-p', 'Zebra_Dock']);
  });

  it('reports a disabled queue with the reason CUPS gives', async () => {
    const output =
      'printer Zebra_Dock disabled since Tue 01 Dec 2026 09:00:00 AM UTC -\n\tPaused\nprinter Office is idle.  enabled since Tue 01 Dec 2026 09:00:00 AM UTC\n';
    expect((await queue('Zebra_Dock', { FAKE_LPSTAT_OUTPUT: output }).status()).faults).toEqual(['CUPS queue Zebra_Dock is disabled: Paused']);
  });

  it("reports lpstat's complaint about an unknown queue", async () => {
    const status = await queue('Nope', { FAKE_LPSTAT_EXIT: '1', FAKE_LPSTAT_STDERR: 'lpstat: Invalid destination name in list "Nope".' }).status();
    expect(status).toMatchObject({ ready: false, faults: ['lpstat -p Nope failed (exit 1): lpstat: Invalid destination name in list "Nope".'] });
  });

  it("says 'lpstat not found' when only lp is installed", async () => {
    const lpOnly = installFakeCups(['lp']);
    expect(await new CupsPrinter('Zebra_Dock', { env: lpOnly.env() }).status()).toEqual({ ready: false, faults: ['lpstat not found'] });
    lpOnly.remove();
  });
});
