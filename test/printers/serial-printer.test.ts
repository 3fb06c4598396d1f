import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrinterError } from '../../src-main/devices/printers/printer-error';
import { printerFromAddress } from '../../src-main/devices/printers/printer-from-address';
import { SimulatedZebraPrinter } from '../../src-main/devices/printers/simulated-zebra-printer';
import { openPtyPair } from '../helpers/pty-pair';

const LABEL_A = '^XA^FO50,50^A0N,40,40^FDENTRY 231-0000001-7^FS^XZ';
const LABEL_B = '^XA^FO50,50^BY3^BCN,120,Y,N,N^FD>;>80000123450000000018^FS^XZ';
const bytes = (text: string) => new TextEncoder().encode(text);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A socat pseudo-terminal pair: the simulated printer on one end, the desk's serial: address on the other. */
async function serialSetup(...args: ConstructorParameters<typeof SimulatedZebraPrinter>) {
  const pty = await openPtyPair();
  cleanups.push(() => pty.close());
  const printer = new SimulatedZebraPrinter(...args);
  await printer.attachSerial(pty.device);
  cleanups.push(() => printer.close());
  const transport = printerFromAddress(`serial:${pty.desk}?baud=9600`);
  cleanups.push(() => transport.close());
  return { printer, transport, pty };
}

describe('serial printer over a real pseudo-terminal', () => {
  it('prints two labels, which the printer receives in order', async () => {
    const { printer, transport } = await serialSetup();
    await transport.send(bytes(LABEL_A));
    await transport.send(bytes(LABEL_B));
    await vi.waitFor(() => expect(printer.labels()).toEqual([LABEL_A, LABEL_B]));
  });

  it('confirms each label with ~HS on the same line, and says when a fault holds it', async () => {
    const { printer, transport } = await serialSetup({ printMs: 200 });
    expect(await transport.send(bytes(LABEL_A))).toEqual({ confirmed: true, how: 'the printer reports nothing left to print' });
    expect(printer.printed()).toBe(1);
    printer.set({ headOpen: true });
    expect(await transport.send(bytes(LABEL_B))).toEqual({ confirmed: false, why: 'the printer holds the label (head open); it prints once that is fixed' });
    printer.set({ headOpen: false, silent: true });
    expect(await transport.send(bytes(LABEL_A))).toEqual({
      confirmed: false,
      why: 'the printer took the bytes but did not confirm the label: no reply within 2000 ms',
    });
  });

  it('asks ~HS over the port and reads the faults', async () => {
    const { printer, transport } = await serialSetup();
    expect(await transport.status()).toMatchObject({ ready: true, faults: [] });
    printer.set({ paperOut: true });
    expect(await transport.status()).toMatchObject({ ready: false, faults: ['paper out'] });
  });

  it('calls a silent printer a fault, and reads the next reply cleanly once it answers again', async () => {
    const { printer, transport } = await serialSetup({ silent: true });
    expect(await transport.status({ timeoutMs: 150 })).toEqual({ ready: false, faults: ['no reply within 150 ms'] });
    printer.set({ silent: false, headOpen: true });
    expect((await transport.status()).faults).toEqual(['head open']);
  });

  it('keeps labels and status requests apart when both are asked at once', async () => {
    const { printer, transport } = await serialSetup();
    const [, status] = await Promise.all([transport.send(bytes(LABEL_A)), transport.status(), transport.send(bytes(LABEL_B))]);
    expect(status.ready).toBe(true);
    await vi.waitFor(() => expect(printer.labels()).toEqual([LABEL_A, LABEL_B]));
  });

  it('turns a reply that stops half way into a fault naming what was missing', async () => {
    const pty = await openPtyPair();
    cleanups.push(() => pty.close());
    const noisy = new SerialPort({ path: pty.device, baudRate: 9600 });
    noisy.on('data', () => noisy.write('\x02030,0,0,1218'));
    cleanups.push(() => new Promise((resolve) => noisy.close(() => resolve())));
    await new Promise((resolve) => noisy.once('open', resolve));
    const transport = printerFromAddress(`serial:${pty.desk}`);
    cleanups.push(() => transport.close());
    expect((await transport.status({ timeoutMs: 200 })).faults).toEqual(['the ~HS reply is truncated: string 1 has no ETX (nothing more within 200 ms)']);
  });

  it('says which port is missing, as a fault and as a retryable error', async () => {
    const transport = printerFromAddress('serial:/dev/does-not-exist-ttyUSB9');
    const status = await transport.status();
    expect(status.ready).toBe(false);
    expect(status.faults[0]).toMatch(/^cannot open the printer: serial port \/dev\/does-not-exist-ttyUSB9 /);
    const error = await transport.send(bytes(LABEL_A)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ code: 'cannot-connect', retryable: true, mayHavePrinted: false });
  });
});
