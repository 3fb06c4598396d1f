import { afterEach, describe, expect, it, vi } from 'vitest';
import { RfidError } from '../../src-main/devices/rfid/rfid-error';
import type { RfidReader } from '../../src-main/devices/rfid/rfid-reader';
import { checkRfidReaderAddress, formatRfidReaderAddress, parseRfidReaderAddress } from '../../src-main/devices/rfid/rfid-reader-address';
import { rfidReaderFromAddress } from '../../src-main/devices/rfid/rfid-reader-from-address';
import { SimulatedLlrpReader } from '../../src-main/devices/rfid/simulated-llrp-reader';
import { SimulatedUhfModule } from '../../src-main/devices/rfid/simulated-uhf-module';
import { sscc96FromEpc, ssccToSscc96Epc } from '../../src-main/devices/rfid/sscc-epc';
import { openPtyPair } from '../helpers/pty-pair';

const SGTIN = '3074257BF7194E4000001A85';
const SSCC = '106141412345678908';

describe('RFID reader addresses', () => {
  it('reads llrp:// and serial: addresses with their defaults', () => {
    expect(parseRfidReaderAddress('llrp://192.168.1.60')).toEqual({ kind: 'llrp', host: '192.168.1.60', port: 5084 });
    expect(parseRfidReaderAddress(' llrp://reader-3.dock.local:5085 ')).toEqual({ kind: 'llrp', host: 'reader-3.dock.local', port: 5085 });
    expect(parseRfidReaderAddress('llrp://[fe80::1]:5084')).toEqual({ kind: 'llrp', host: 'fe80::1', port: 5084 });
    expect(parseRfidReaderAddress('serial:/dev/ttyUSB0')).toEqual({ kind: 'serial', path: '/dev/ttyUSB0', baudRate: 115200 });
    expect(parseRfidReaderAddress('serial:COM3?baud=57600&address=1')).toEqual({ kind: 'serial', path: 'COM3', baudRate: 57600, moduleAddress: 1 });
  });

  it('writes addresses back in their canonical form', () => {
    for (const text of ['llrp://192.168.1.60:5084', 'llrp://[fe80::1]:5085', 'serial:/dev/ttyUSB0', 'serial:COM3?baud=57600&address=1']) {
      expect(formatRfidReaderAddress(parseRfidReaderAddress(text))).toBe(text);
    }
  });

  it('says what is wrong with an address', () => {
    const errors: Array<[string, RegExp]> = [
      ['tcp://reader:5084', /is not llrp:\/\/HOST:PORT or serial:PATH\?baud=115200/],
      ['llrp://', /has no host/],
      ['llrp://reader:70000', /port '70000', which is not a number from 1 to 65535/],
      ['llrp://reader:5084/path', /has a path or query/],
      ['llrp://bad host', /host name that is not valid/],
      ['serial:', /has no port: write serial:\/dev\/ttyUSB0/],
      ['serial:/dev/ttyUSB0?baud=12345', /baud '12345'; use one of/],
      ['serial:/dev/ttyUSB0?parity=even', /only baud=N and address=N/],
      ['serial:/dev/ttyUSB0?address=300', /module address '300'/],
    ];
    for (const [text, message] of errors) {
      const check = checkRfidReaderAddress(text);
      expect(check.ok, text).toBe(false);
      if (!check.ok) expect(check.error, text).toMatch(message);
    }
    expect(() => rfidReaderFromAddress('usb:reader')).toThrow(RfidError);
  });
});

describe('rfidReaderFromAddress', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  async function tagPallet(reader: RfidReader): Promise<string> {
    const epc = ssccToSscc96Epc(SSCC, 7);
    await reader.writeEpc({ newEpc: epc });
    const [tag] = await reader.inventory(60);
    return sscc96FromEpc(tag!.epc).sscc;
  }

  it('drives an LLRP reader, connecting on first use and again after the reader drops the connection', async () => {
    const sim = await SimulatedLlrpReader.start();
    cleanup.push(() => sim.close());
    sim.placeTag(SGTIN);
    const reader = rfidReaderFromAddress(sim.address, { llrp: { identifyMs: 100, writeMs: 500 } });
    cleanup.push(() => reader.close());
    expect(sim.receivedOf('SET_READER_CONFIG')).toHaveLength(0); // nothing happens until it is used
    expect(await tagPallet(reader)).toBe(SSCC);
    sim.disconnectClient();
    await vi.waitFor(() => expect(sim.connectedClients).toBe(0));
    expect((await reader.inventory(60)).map((t) => t.epc)).toEqual([ssccToSscc96Epc(SSCC, 7)]);
    expect(sim.receivedOf('SET_READER_CONFIG')).toHaveLength(2);
  });

  it('drives a serial UHF module over a pseudo-terminal', async () => {
    const pty = await openPtyPair();
    cleanup.push(() => pty.close());
    const sim = await SimulatedUhfModule.open(pty.device);
    cleanup.push(() => sim.close());
    sim.placeTag(SGTIN);
    const reader = rfidReaderFromAddress(`serial:${pty.desk}?baud=115200`, { serial: { identifyMs: 60 } });
    cleanup.push(() => reader.close());
    expect(await tagPallet(reader)).toBe(SSCC);
  });

  it('rejects each use with the connection error while the reader cannot be reached', async () => {
    const reader = rfidReaderFromAddress('serial:/dev/no-such-uhf-reader');
    await expect(reader.inventory(50)).rejects.toMatchObject({
      code: 'connection',
      message: expect.stringMatching(/cannot open the RFID reader at \d+ baud: serial UHF reader /),
    });
    await expect(reader.writeEpc({ newEpc: ssccToSscc96Epc(SSCC, 7) })).rejects.toMatchObject({ code: 'connection' });
    await reader.close();
  });
});
