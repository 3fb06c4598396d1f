import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeLlrpMessage } from '../../src-main/devices/rfid/llrp/llrp-decode';
import { encodeLlrpMessage } from '../../src-main/devices/rfid/llrp/llrp-encode';
import { LlrpFrameSplitter } from '../../src-main/devices/rfid/llrp/llrp-frame-splitter';
import { RESPONSE_OF } from '../../src-main/devices/rfid/llrp/llrp-messages';
import { LlrpReader } from '../../src-main/devices/rfid/llrp-reader';
import { RfidError } from '../../src-main/devices/rfid/rfid-error';
import { SimulatedLlrpReader } from '../../src-main/devices/rfid/simulated-llrp-reader';
import { sscc96FromEpc, ssccToSscc96Epc } from '../../src-main/devices/rfid/sscc-epc';

const SGTIN = '3074257BF7194E4000001A85';
const OTHER_SGTIN = '3074257BF7194E4000001A86';
const SSCC = '106141412345678908';
const FAST = { writeMs: 400, identifyMs: 150, reportGraceMs: 2000 };

let sim: SimulatedLlrpReader;
let reader: LlrpReader | undefined;

beforeEach(async () => {
  sim = await SimulatedLlrpReader.start();
});

afterEach(async () => {
  await reader?.close();
  reader = undefined;
  await sim.close();
});

async function connected(timeouts = {}): Promise<LlrpReader> {
  reader = await LlrpReader.connect(sim.host, sim.port, { ...FAST, ...timeouts });
  return reader;
}

async function rejection(promise: Promise<unknown>): Promise<RfidError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RfidError);
  return error as RfidError;
}

describe('LLRP reader against a simulated reader over TCP', () => {
  it('inventories the tags in the field, and none once they are taken away', async () => {
    sim.placeTag(SGTIN, { antennaId: 2, peakRssiDbm: -61 });
    const desk = await connected();
    const tags = await desk.inventory(150);
    expect(tags).toEqual([{ epc: SGTIN, antennaId: 2, peakRssiDbm: -61, seenCount: expect.any(Number) }]);
    expect(tags[0]!.seenCount).toBeGreaterThan(0);
    sim.removeTag(SGTIN);
    expect(await desk.inventory(100)).toEqual([]);
  });

  it('writes the SSCC-96 of a pallet onto an SGTIN tag and reads the SSCC back', async () => {
    sim.placeTag(SGTIN);
    const desk = await connected();
    const epc = ssccToSscc96Epc(SSCC, 7);
    await desk.writeEpc({ newEpc: epc });
    const [tag, ...others] = await desk.inventory(100);
    expect(others).toEqual([]);
    expect(tag!.epc).toBe(epc);
    expect(sscc96FromEpc(tag!.epc)).toMatchObject({ sscc: SSCC, companyPrefix: '0614141' });
    // the AccessSpec on the wire: target the SGTIN at bit 32 of the EPC bank, write bank 1 from word 2
    const [add] = sim.receivedOf('ADD_ACCESSSPEC');
    expect(add!.accessSpec.targets).toEqual([
      { memoryBank: 1, match: true, pointer: 32, mask: { bits: 96, hex: 'F'.repeat(24) }, data: { bits: 96, hex: SGTIN } },
    ]);
    expect(add!.accessSpec.write).toEqual({ opSpecId: 1, accessPassword: 0, memoryBank: 1, wordPointer: 2, data: epc });
    expect(add!.accessSpec.stopTrigger).toEqual({ type: 1, operationCount: 1 });
  });

  it('writes only the tag named by its current EPC when two are in the field', async () => {
    sim.placeTag(OTHER_SGTIN);
    sim.placeTag(SGTIN);
    const desk = await connected();
    const epc = ssccToSscc96Epc(SSCC, 7);
    await desk.writeEpc({ currentEpc: SGTIN.toLowerCase(), newEpc: epc });
    expect(sim.tagsInField().sort()).toEqual([OTHER_SGTIN, epc].sort());
  });

  it('refuses to guess which of two tags to write', async () => {
    sim.placeTag(OTHER_SGTIN);
    sim.placeTag(SGTIN);
    const desk = await connected();
    const error = await rejection(desk.writeEpc({ newEpc: ssccToSscc96Epc(SSCC, 7) }));
    expect(error.code).toBe('several-tags');
    expect(error.message).toMatch(/2 tags are in the field .* leave only the pallet's tag/);
    expect(sim.tagsInField().sort()).toEqual([OTHER_SGTIN, SGTIN].sort());
  });

  it('says there is no tag when the field is empty', async () => {
    const desk = await connected();
    const error = await rejection(desk.writeEpc({ newEpc: ssccToSscc96Epc(SSCC, 7) }));
    expect(error.code).toBe('no-tag');
    expect(error.message).toMatch(/no tag in the field of LLRP reader 127\.0\.0\.1:\d+/);
    const named = await rejection(desk.writeEpc({ currentEpc: SGTIN, newEpc: ssccToSscc96Epc(SSCC, 7) }));
    expect(named.code).toBe('no-tag');
    expect(named.message).toMatch(new RegExp(`no tag with EPC ${SGTIN} answered`));
  });

  it('gives the write result’s meaning when the tag refuses', async () => {
    sim.placeTag(SGTIN, { locked: true });
    const desk = await connected();
    const locked = await rejection(desk.writeEpc({ newEpc: ssccToSscc96Epc(SSCC, 7) }));
    expect(locked.code).toBe('tag-locked');
    expect(locked.message).toMatch(/tag memory locked/);
    expect(sim.tagsInField()).toEqual([SGTIN]);
    sim.placeTag(SGTIN, { silentOnWrite: true });
    const gone = await rejection(desk.writeEpc({ newEpc: ssccToSscc96Epc(SSCC, 7) }));
    expect(gone.code).toBe('no-tag');
    expect(gone.message).toMatch(/no tag in field: the tag stopped answering/);
  });

  it('refuses an EPC it cannot write before talking to the reader', async () => {
    const desk = await connected();
    expect((await rejection(desk.writeEpc({ newEpc: '3154257BF4499602D200' }))).message).toMatch(/80 bits; the desk writes 96-bit EPCs/);
    expect((await rejection(desk.writeEpc({ newEpc: 'not an epc' }))).code).toBe('bad-request');
  });

  it('answers the keepalives it asked for', async () => {
    await connected({ keepalivePeriodMs: 20 });
    await vi.waitFor(() => expect(sim.receivedOf('KEEPALIVE_ACK').length).toBeGreaterThanOrEqual(3), { timeout: 5000 });
    expect(sim.receivedOf('SET_READER_CONFIG')[0]!.config).toMatchObject({ keepalivePeriodMs: 20, events: [{ eventType: 2, enabled: true }] });
  });

  it('tells a second desk that the reader is taken, and keeps the first one working', async () => {
    sim.placeTag(SGTIN);
    const first = await connected();
    const error = await rejection(LlrpReader.connect(sim.host, sim.port, FAST));
    expect(error.code).toBe('connection');
    expect(error.message).toMatch(/refused the connection: another client is already connected/);
    expect(await first.inventory(80)).toHaveLength(1);
  });

  it('says goodbye with CLOSE_CONNECTION and refuses work afterwards', async () => {
    const desk = await connected();
    await desk.close();
    reader = undefined;
    expect(sim.receivedOf('CLOSE_CONNECTION')).toHaveLength(1);
    expect((await rejection(desk.inventory(50))).code).toBe('connection');
    await desk.close(); // twice is fine
  });

  it('drops the connection with a clear error when the reader sends bytes that are not LLRP', async () => {
    const desk = await connected();
    sim.sendRaw(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'));
    const error = await rejection(desk.inventory(100));
    expect(error.code).toBe('protocol');
    expect(error.message).toMatch(/sent bytes that are not LLRP: .*reserved bits are set/);
    expect(desk.isOpen).toBe(false);
  });
});

describe('LLRP reader against scripted readers', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  async function scripted(onMessage?: (type: string) => { code: number; description: string } | undefined, greet = true): Promise<number> {
    server = createServer((socket) => {
      if (greet)
        socket.write(
          encodeLlrpMessage({ type: 'READER_EVENT_NOTIFICATION', id: 0, event: { timestamp: { clock: 'utc', micros: 0n }, connectionAttempt: { status: 0 } } }),
        );
      const splitter = new LlrpFrameSplitter();
      socket.on('data', (chunk) => {
        for (const event of splitter.push(chunk)) {
          if (!event.ok) continue;
          const decoded = decodeLlrpMessage(event.frame);
          if (!decoded.ok) continue;
          const response = RESPONSE_OF[decoded.message.type];
          if (response)
            socket.write(
              encodeLlrpMessage({ type: response, id: decoded.message.id, status: onMessage?.(decoded.message.type) ?? { code: 0, description: '' } }),
            );
        }
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  it('passes on a reader’s refusal with its status name and description', async () => {
    const port = await scripted((type) => (type === 'ADD_ROSPEC' ? { code: 300, description: 'ROSpec table full' } : undefined));
    const desk = await LlrpReader.connect('127.0.0.1', port, FAST);
    try {
      const error = await rejection(desk.inventory(100));
      expect(error.code).toBe('reader-refused');
      expect(error.message).toMatch(/answered ADD_ROSPEC with A_Invalid: ROSpec table full/);
    } finally {
      await desk.close();
    }
  });

  it('gives up on a reader that accepts TCP but never its LLRP connection', async () => {
    const port = await scripted(undefined, false);
    const error = await rejection(LlrpReader.connect('127.0.0.1', port, { connectMs: 200 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/did not accept the LLRP connection within 200 ms/);
  });

  it('says so when nothing listens at the address', async () => {
    const port = await scripted();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const error = await rejection(LlrpReader.connect('127.0.0.1', port, FAST));
    expect(error.code).toBe('connection');
    expect(error.message).toMatch(/cannot talk to the RFID reader: the LLRP reader at 127\.0\.0\.1:\d+ refused the connection/);
  });
});
