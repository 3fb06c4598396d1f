import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PrinterError } from '../../src-main/devices/printers/printer-error';
import { printerFromAddress } from '../../src-main/devices/printers/printer-from-address';
import { SimulatedZebraPrinter } from '../../src-main/devices/printers/simulated-zebra-printer';

const LABEL_A = '^XA^FO50,50^A0N,40,40^FDENTRY 231-0000001-7^FS^XZ';
const LABEL_B = '^XA^FO50,50^BY3^BCN,120,Y,N,N^FD>;>80000123450000000018^FS^XZ';
const bytes = (text: string) => new TextEncoder().encode(text);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function simulator(...args: ConstructorParameters<typeof SimulatedZebraPrinter>) {
  const printer = new SimulatedZebraPrinter(...args);
  const address = await printer.listen();
  cleanups.push(() => printer.close());
  const transport = printerFromAddress(address);
  cleanups.push(() => transport.close());
  return { printer, transport, address };
}

/** A stand-in for a misbehaving printer: answers ~HS with `reply`, then maybe hangs up. */
async function scriptedPrinter(reply: string, hangUp: boolean): Promise<string> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.write(Buffer.from(reply, 'latin1'));
      if (hangUp) socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  cleanups.push(async () => sockets.forEach((socket) => socket.destroy()));
  return `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('raw TCP printer against the simulated Zebra printer', () => {
  it('prints two labels, which the printer receives whole and in order', async () => {
    const { printer, transport } = await simulator();
    await transport.send(bytes(LABEL_A));
    await transport.send(bytes(LABEL_B));
    expect(printer.labels()).toEqual([LABEL_A, LABEL_B]);
  });

  it('calls a label printed only once the printer, asked on the same connection, reports nothing left to print', async () => {
    const { printer, transport } = await simulator({ printMs: 300 });
    expect(await transport.send(bytes(LABEL_A))).toEqual({ confirmed: true, how: 'the printer reports nothing left to print' });
    expect(printer.printed()).toBe(1);
    expect(printer.hostStatusRequests()).toBeGreaterThanOrEqual(2);
  });

  it('a printer that never reads takes the bytes (the kernel does) but is not confirmed', async () => {
    const { printer, transport } = await simulator({ deaf: true });
    expect(await transport.send(bytes(LABEL_A))).toEqual({
      confirmed: false,
      why: 'the printer took the bytes but did not confirm the label: no reply within 2000 ms',
    });
    expect(printer.labels()).toEqual([]);
  });

  it('a printer that hangs up at once leaves the label uncertain, never printed', async () => {
    const { printer, transport } = await simulator({ hangUp: true });
    const error = await transport.send(bytes(LABEL_A)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ code: 'connection-lost', retryable: false, mayHavePrinted: true });
    expect(printer.labels()).toEqual([]);
  });

  it('a printer still printing when the wait runs out is not confirmed, and says what it holds', async () => {
    const { transport } = await simulator({ printMs: 5_000 });
    expect(await transport.send(bytes(LABEL_A), { confirmTimeoutMs: 600 })).toEqual({
      confirmed: false,
      why: 'the printer took the label but still reports 1 format in its buffer and 0 labels left to print after 1 s',
    });
  });

  it('prints a batch of formats sent in one go', async () => {
    const { printer, transport } = await simulator();
    await transport.send(bytes(`${LABEL_A}\r\n${LABEL_B}\r\n`));
    expect(printer.labels()).toEqual([LABEL_A, LABEL_B]);
  });

  it('reports a ready printer from its ~HS reply', async () => {
    const { printer, transport } = await simulator();
    const status = await transport.status();
    expect(status).toMatchObject({ ready: true, faults: [] });
    expect(status.raw).toBe('\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n');
    expect(printer.hostStatusRequests()).toBe(1);
  });

  it('reports paper out, and the other faults, as the printer flags them', async () => {
    const { printer, transport } = await simulator({ paperOut: true });
    expect(await transport.status()).toMatchObject({ ready: false, faults: ['paper out'] });
    printer.set({ paperOut: false, headOpen: true, ribbonOut: true, paused: true });
    expect((await transport.status()).faults).toEqual(['head open', 'ribbon out', 'paused']);
    printer.set({ headOpen: false, ribbonOut: false, paused: false });
    expect(await transport.status()).toMatchObject({ ready: true, faults: [] });
  });

  it('a paused printer still takes labels into its buffer and counts them; the label is held, not confirmed', async () => {
    const { printer, transport } = await simulator({ paused: true });
    expect(await transport.send(bytes(LABEL_A))).toEqual({ confirmed: false, why: 'the printer holds the label (paused); it prints once that is fixed' });
    const status = await transport.status();
    expect(status.faults).toEqual(['paused']);
    expect(status.raw).toContain('\x02030,0,1,1218,001,');
    expect(printer.labels()).toEqual([LABEL_A]);
  });

  it('calls a silent printer a fault once the timeout passes', async () => {
    const { printer, transport } = await simulator({ silent: true });
    expect(await transport.status({ timeoutMs: 150 })).toEqual({ ready: false, faults: ['no reply within 150 ms'] });
    expect(printer.hostStatusRequests()).toBe(1);
  });

  it('says so clearly when nothing listens on the port', async () => {
    const port = await closedPort();
    const transport = printerFromAddress(`tcp://127.0.0.1:${port}`);
    expect(await transport.status()).toEqual({
      ready: false,
      faults: [
        `cannot connect: the printer at 127.0.0.1:${port} refused the connection (nothing listens there: is it switched on, and are the address and port right?)`,
      ],
    });
    const error = await transport.send(bytes(LABEL_A)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({
      code: 'cannot-connect',
      retryable: true,
      mayHavePrinted: false,
      systemCode: 'ECONNREFUSED',
      message: `cannot connect: the printer at 127.0.0.1:${port} refused the connection (nothing listens there: is it switched on, and are the address and port right?)`,
    });
  });

  it('fails a send the printer drops, as one that may have printed and must not be retried blindly', async () => {
    const { printer, transport } = await simulator({ dropConnections: true });
    const error = await transport.send(bytes(LABEL_A)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ code: 'connection-lost', retryable: false, mayHavePrinted: true });
    expect((error as Error).message).toMatch(
      /^while sending the label, the printer at 127\.0\.0\.1:\d+ (dropped the connection|closed the connection while the desk was still sending)$/,
    );
    expect(printer.labels()).toEqual([]);
  });

  it('turns a reply cut short by a hang-up into a fault naming what was missing', async () => {
    const transport = printerFromAddress(await scriptedPrinter('\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,1', true));
    expect((await transport.status()).faults).toEqual(['the ~HS reply is truncated: string 2 has no ETX (the printer hung up)']);
  });

  it('turns a garbled reply into a fault once the timeout passes', async () => {
    const transport = printerFromAddress(await scriptedPrinter('?SYNTAX ERROR\r\n', false));
    const status = await transport.status({ timeoutMs: 150 });
    expect(status).toMatchObject({
      ready: false,
      faults: ["the ~HS reply is garbled: string 1 starts with '?' (0x3f) at byte 0, not STX"],
      raw: '?SYNTAX ERROR\r\n',
    });
  });
});
