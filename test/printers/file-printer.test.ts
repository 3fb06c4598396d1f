import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrinterError } from '../../src-main/devices/printers/printer-error';
import { printerFromAddress } from '../../src-main/devices/printers/printer-from-address';

const LABEL_A = '^XA^FO50,50^A0N,40,40^FDENTRY 231-0000001-7^FS^XZ';
const LABEL_B = '^XA^FO50,50^BY3^BCN,120,Y,N,N^FD>;>80000123450000000018^FS^XZ';
const bytes = (text: string) => new TextEncoder().encode(text);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-printer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// A temp file stands in for /dev/usb/lp0: the usblp driver takes plain writes the same way.
describe('printer device file', () => {
  it('appends each label to the device, in order', async () => {
    const device = join(dir, 'lp0');
    writeFileSync(device, '');
    const transport = printerFromAddress(`file:${device}`);
    // a device file takes bytes and says nothing back: sent, never confirmed
    expect(await transport.send(bytes(LABEL_A))).toEqual({ confirmed: false, why: `written to ${device}, which cannot report whether the label printed` });
    await transport.send(bytes(LABEL_B));
    expect(readFileSync(device, 'utf8')).toBe(LABEL_A + LABEL_B);
  });

  it('is ready when the device can be written, and says that is all it knows', async () => {
    const device = join(dir, 'lp0');
    writeFileSync(device, '');
    expect(await printerFromAddress(`file:${device}`).status()).toEqual({
      ready: true,
      faults: [],
      note: 'a printer device file reports no status: ready only means the file can be written',
    });
  });

  it('does not create a missing device, and calls it worth retrying once plugged in', async () => {
    const device = join(dir, 'lp9');
    const transport = printerFromAddress(`file:${device}`);
    const error = await transport.send(bytes(LABEL_A)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({
      code: 'cannot-connect',
      retryable: true,
      mayHavePrinted: false,
      systemCode: 'ENOENT',
      message: `cannot open the printer: ${device} does not exist (is it plugged in and switched on, and is the path right?)`,
    });
    expect(existsSync(device)).toBe(false);
    expect(await transport.status()).toEqual({
      ready: false,
      faults: [`cannot open the printer: ${device} does not exist (is it plugged in and switched on, and is the path right?)`],
    });
  });

  it('calls a folder a fault, not a printer', async () => {
    const transport = printerFromAddress(`file:${dir}`);
    expect(await transport.status()).toEqual({ ready: false, faults: [`${dir} is a folder, not a printer device or file`] });
    await expect(transport.send(bytes(LABEL_A))).rejects.toMatchObject({ code: 'write-failed', retryable: false, systemCode: 'EISDIR' });
  });
});
