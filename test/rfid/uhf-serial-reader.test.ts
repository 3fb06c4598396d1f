import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RfidError } from '../../src-main/devices/rfid/rfid-error';
import { SimulatedUhfModule } from '../../src-main/devices/rfid/simulated-uhf-module';
import { sscc96FromEpc, ssccToSscc96Epc } from '../../src-main/devices/rfid/sscc-epc';
import { UhfSerialReader } from '../../src-main/devices/rfid/uhf-serial-reader';
import { R2000_COMMAND } from '../../src-main/devices/rfid/uhf-serial/r2000-commands';
import { openPtyPair, type PtyPair } from '../helpers/pty-pair';

const SGTIN = '3074257BF7194E4000001A85';
const OTHER_SGTIN = '3074257BF7194E4000001A86';
const SSCC = '106141412345678908';

let pty: PtyPair;
let module: SimulatedUhfModule | undefined;
let reader: UhfSerialReader | undefined;

beforeEach(async () => {
  pty = await openPtyPair();
});

afterEach(async () => {
  await reader?.close();
  await module?.close();
  reader = undefined;
  module = undefined;
  await pty.close();
});

async function desk(options = {}): Promise<{ sim: SimulatedUhfModule; desk: UhfSerialReader }> {
  module = await SimulatedUhfModule.open(pty.device);
  reader = await UhfSerialReader.open(pty.desk, { identifyMs: 60, responseMs: 1000, ...options });
  return { sim: module, desk: reader };
}

async function rejection(promise: Promise<unknown>): Promise<RfidError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RfidError);
  return error as RfidError;
}

describe('serial UHF reader against a simulated R2000 module over a pseudo-terminal', () => {
  it('inventories the tags in the field', async () => {
    const { sim, desk: reader } = await desk();
    sim.placeTag(SGTIN, { antennaId: 2, peakRssiDbm: -58 });
    expect(await reader.inventory(60)).toEqual([{ epc: SGTIN, antennaId: 2, peakRssiDbm: -58, seenCount: expect.any(Number) }]);
    sim.removeTag(SGTIN);
    expect(await reader.inventory(30)).toEqual([]);
  });

  it('writes the SSCC-96 of a pallet onto an SGTIN tag and reads the SSCC back', async () => {
    const { sim, desk: reader } = await desk();
    sim.placeTag(SGTIN);
    const epc = ssccToSscc96Epc(SSCC, 7);
    await reader.writeEpc({ newEpc: epc });
    const tags = await reader.inventory(40);
    expect(tags.map((t) => t.epc)).toEqual([epc]);
    expect(sscc96FromEpc(tags[0]!.epc).sscc).toBe(SSCC);
    // on the wire: select the SGTIN, write bank 1 (EPC) from word 2, 6 words, password 0; then clear the selection
    const commands = sim.received.filter((f) => f.command !== R2000_COMMAND.realTimeInventory);
    expect(commands.map((f) => `${f.command.toString(16)}:${f.data.toString('hex').toUpperCase()}`)).toEqual([
      `85:000C${SGTIN}`,
      `82:00000000010206${epc}`,
      '85:01',
    ]);
  });

  it('writes only the tag named by its current EPC', async () => {
    const { sim, desk: reader } = await desk();
    sim.placeTag(OTHER_SGTIN);
    sim.placeTag(SGTIN);
    const epc = ssccToSscc96Epc(SSCC, 7);
    await reader.writeEpc({ currentEpc: SGTIN, newEpc: epc });
    expect(sim.tagsInField().sort()).toEqual([OTHER_SGTIN, epc].sort());
  });

  it('says there is no tag when the field is empty, and what a locked tag means', async () => {
    const { sim, desk: reader } = await desk();
    const epc = ssccToSscc96Epc(SSCC, 7);
    const empty = await rejection(reader.writeEpc({ newEpc: epc }));
    expect(empty.code).toBe('no-tag');
    expect(empty.message).toMatch(/no tag in the field of serial UHF reader/);
    const named = await rejection(reader.writeEpc({ currentEpc: SGTIN, newEpc: epc }));
    expect(named.code).toBe('no-tag');
    expect(named.message).toMatch(/failed: no tag in field/);
    sim.placeTag(SGTIN, { locked: true });
    const locked = await rejection(reader.writeEpc({ newEpc: epc }));
    expect(locked.code).toBe('tag-locked');
    expect(locked.message).toMatch(/tag memory locked/);
    expect(sim.tagsInField()).toEqual([SGTIN]);
  });

  it('rejects a reply damaged on the line with a clear error, and works again after', async () => {
    const { sim, desk: reader } = await desk();
    sim.placeTag(SGTIN);
    sim.damageNextReply('bad-checksum');
    const damaged = await rejection(reader.inventory(30));
    expect(damaged.code).toBe('protocol');
    expect(damaged.message).toMatch(/reply to realTimeInventory \(0x89\) .* arrived damaged: frame a0.* has check 0x.., its bytes need 0x../);
    sim.damageNextReply('noise');
    expect((await rejection(reader.inventory(30))).message).toMatch(/4 byte\(s\) outside any frame \(1337ff00\)/);
    expect((await reader.inventory(30)).map((t) => t.epc)).toEqual([SGTIN]);
  });

  it('times out on a reply cut short, saying what to check', async () => {
    const { sim, desk: reader } = await desk({ responseMs: 300 });
    sim.placeTag(SGTIN);
    sim.damageNextReply('truncated');
    const error = await rejection(reader.writeEpc({ currentEpc: SGTIN, newEpc: ssccToSscc96Epc(SSCC, 7) }));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/did not answer setAccessEpcMatch \(0x85\) within 300 ms: check the cable, the port and the baud rate/);
  });

  it('says so when nothing answers on the port', async () => {
    reader = await UhfSerialReader.open(pty.desk, { responseMs: 200 });
    const error = await rejection(reader.inventory(50));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/did not answer realTimeInventory \(0x89\) within 200 ms/);
  });

  it('says so when the port does not exist', async () => {
    const error = await rejection(UhfSerialReader.open('/dev/no-such-uhf-reader'));
    expect(error.code).toBe('connection');
    expect(error.message).toMatch(/cannot open the RFID reader at 115200 baud: serial UHF reader \/dev\/no-such-uhf-reader /);
  });
});
