import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLlrpMessage } from '../../src-main/devices/rfid/llrp/llrp-decode';
import { encodeLlrpMessage } from '../../src-main/devices/rfid/llrp/llrp-encode';
import type { LlrpMessage } from '../../src-main/devices/rfid/llrp/llrp-messages';

const hex = (text: string): Buffer => Buffer.from(text.replace(/[\s|]/g, ''), 'hex');

function decoded(bytes: Buffer): LlrpMessage {
  const result = decodeLlrpMessage(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.message;
}

const SGTIN = '3074257BF7194E4000001A85';
const SSCC_96 = '3154257BF4499602D2000000';

/** one of each message the desk and its simulator exchange, with every optional part filled */
const SAMPLES: LlrpMessage[] = [
  { type: 'KEEPALIVE', id: 1 },
  { type: 'KEEPALIVE_ACK', id: 1 },
  { type: 'CLOSE_CONNECTION', id: 2 },
  { type: 'ENABLE_ROSPEC', id: 3, roSpecId: 7 },
  { type: 'START_ROSPEC', id: 4, roSpecId: 7 },
  { type: 'STOP_ROSPEC', id: 5, roSpecId: 7 },
  { type: 'DELETE_ROSPEC', id: 6, roSpecId: 0 },
  { type: 'ENABLE_ACCESSSPEC', id: 7, accessSpecId: 9 },
  { type: 'DELETE_ACCESSSPEC', id: 8, accessSpecId: 9 },
  {
    type: 'ADD_ROSPEC',
    id: 9,
    roSpec: {
      roSpecId: 7,
      priority: 0,
      currentState: 0,
      startTriggerType: 0,
      stopTrigger: { type: 1, durationMs: 1500 },
      antennaIds: [1, 2],
      inventoryParameterSpecId: 1,
      report: { trigger: 2, n: 1, contentSelector: 0xd6c0 },
    },
  },
  {
    type: 'ADD_ACCESSSPEC',
    id: 10,
    accessSpec: {
      accessSpecId: 9,
      antennaId: 0,
      currentState: false,
      roSpecId: 7,
      stopTrigger: { type: 1, operationCount: 1 },
      targets: [{ memoryBank: 1, match: true, pointer: 32, mask: { bits: 96, hex: 'F'.repeat(24) }, data: { bits: 96, hex: SGTIN } }],
      write: { opSpecId: 1, accessPassword: 0x12345678, memoryBank: 1, wordPointer: 2, data: SSCC_96 },
      reportTrigger: 1,
    },
  },
  { type: 'SET_READER_CONFIG', id: 11, config: { resetToFactoryDefault: false, events: [{ eventType: 2, enabled: true }], keepalivePeriodMs: 10_000 } },
  {
    type: 'RO_ACCESS_REPORT',
    id: 12,
    tags: [
      {
        epc: { bits: 96, hex: SGTIN },
        roSpecId: 7,
        specIndex: 1,
        inventoryParameterSpecId: 1,
        antennaId: 2,
        peakRssi: -61,
        channelIndex: 3,
        firstSeenUtcMicros: 1_700_000_000_000_000n,
        lastSeenUtcMicros: 1_700_000_000_500_000n,
        tagSeenCount: 12,
        accessSpecId: 9,
        writeResults: [{ result: 0, opSpecId: 1, wordsWritten: 6 }],
      },
      { epc: { bits: 128, hex: 'E2801160600002000000000A12345678' }, writeResults: [] },
    ],
  },
  { type: 'READER_EVENT_NOTIFICATION', id: 13, event: { timestamp: { clock: 'utc', micros: 1_700_000_000_000_000n }, connectionAttempt: { status: 0 } } },
  {
    type: 'READER_EVENT_NOTIFICATION',
    id: 14,
    event: { timestamp: { clock: 'uptime', micros: 42n }, roSpec: { eventType: 1, roSpecId: 7, preemptingRoSpecId: 0 }, connectionClose: true },
  },
  { type: 'ADD_ROSPEC_RESPONSE', id: 9, status: { code: 0, description: '' } },
  {
    type: 'START_ROSPEC_RESPONSE',
    id: 4,
    status: { code: 300, description: 'ROSpec 7 is disabled', fieldError: { fieldNum: 0, code: 300 }, parameterError: { parameterType: 177, code: 201 } },
  },
  { type: 'ERROR_MESSAGE', id: 15, status: { code: 109, description: 'unsupported — ünïcode' } },
  { type: 'UNKNOWN', id: 16, messageType: 1023, body: hex('00 00 61 5c 01 02 03') },
];

describe('LLRP message codec', () => {
  it('writes headers as the spec lays them out: 3 reserved bits, version 1, 10-bit type, length, ID', () => {
    // KEEPALIVE_ACK is type 72; ENABLE_ROSPEC type 24 with its 32-bit ROSpecID
    expect(encodeLlrpMessage({ type: 'KEEPALIVE_ACK', id: 7 })).toEqual(hex('0448 0000000a 00000007'));
    expect(encodeLlrpMessage({ type: 'ENABLE_ROSPEC', id: 3, roSpecId: 1 })).toEqual(hex('0418 0000000e 00000003 00000001'));
  });

  it('reads a hand-built RO_ACCESS_REPORT with EPC-96 (TV 13), AntennaID (TV 1), PeakRSSI (TV 6), FirstSeenTimestampUTC (TV 2)', () => {
    const bytes = hex(`043d 00000035 00000009
      00f0 002b
        8d ${SGTIN}
        81 0002
        86 c9
        82 0006 0a7e 1b2c 3d40
        88 0005
        015e 0009 02 0001 0000`);
    expect(decoded(bytes)).toEqual({
      type: 'RO_ACCESS_REPORT',
      id: 9,
      tags: [
        {
          epc: { bits: 96, hex: SGTIN },
          antennaId: 2,
          peakRssi: -55,
          firstSeenUtcMicros: 0x00060a7e1b2c3d40n,
          tagSeenCount: 5,
          writeResults: [{ result: 2, opSpecId: 1, wordsWritten: 0 }],
        },
      ],
    });
  });

  it('reads a ConnectionAttemptEvent and an LLRPStatus with its FieldError', () => {
    const event = hex('043f 00000020 00000000 00f6 0016 0080 000c 0005f1c6d9ab1000 0100 0006 0000');
    expect(decoded(event)).toEqual({
      type: 'READER_EVENT_NOTIFICATION',
      id: 0,
      event: { timestamp: { clock: 'utc', micros: 0x0005f1c6d9ab1000n }, connectionAttempt: { status: 0 } },
    });
    const refusal = hex(`041e 0000001f 00000004 011f 0015 012c 0005 ${Buffer.from('hello').toString('hex')} 0120 0008 0001 012d`);
    expect(decoded(refusal)).toEqual({
      type: 'ADD_ROSPEC_RESPONSE',
      id: 4,
      status: { code: 300, description: 'hello', fieldError: { fieldNum: 1, code: 301 } },
    });
  });

  it.each(SAMPLES.map((m) => [m.type, m] as const))('round-trips %s', (_type, message) => {
    expect(decoded(encodeLlrpMessage(message))).toEqual(message);
  });

  it('says what is wrong with a message, and where, instead of throwing', () => {
    const cases: Array<[string, Buffer, string | RegExp]> = [
      ['too short for a header', hex('0448 0000'), /header is 10 bytes; only 4 arrived/],
      ['reserved bits set', hex('e448 0000000a 00000007'), /reserved bits are set/],
      ['LLRP version 2', hex('0848 0000000a 00000007'), /KEEPALIVE_ACK \(ID 7\): it is LLRP version 2/],
      ['header length is not the real length', hex('0418 00000010 00000003 00000001'), /header says 16 bytes but the message is 14/],
      ['bytes after the last field', hex('0418 0000000f 00000003 00000001 ff'), /1 byte\(s\) after its last field/],
      ['ROSpecID cut short', hex('0418 0000000c 00000003 0000'), /ends before its ROSpecID/],
      ['parameter shorter than its header', hex('043d 0000000e 00000009 00f0 0002'), /length 2, shorter than its own 4-byte header/],
      ['parameter longer than the message', hex('043d 0000000e 00000009 00f0 0020'), /it says 32 bytes, 4 are left/],
      ['TV type LLRP does not define', hex('043d 00000010 00000009 00f0 0006 ff00'), /TV parameter type 127 .* its length is unknown/],
      ['TLV type in the TV range', hex('043d 00000012 00000009 00f0 0008 0005 0004'), /TLV parameter type 5 .* TLV types start at 128/],
      ['tag report without an EPC', hex('043d 00000011 00000009 00f0 0007 810001'), /neither EPCData nor EPC-96/],
      ['response without LLRPStatus', hex('041e 0000000a 00000004'), /no LLRPStatus parameter/],
    ];
    for (const [what, bytes, message] of cases) {
      const result = decodeLlrpMessage(bytes);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.error.message, what).toMatch(message);
    }
  });

  it('fails cleanly wherever a message is cut, even when its header agrees with the cut', () => {
    for (const message of SAMPLES) {
      const bytes = encodeLlrpMessage(message);
      for (let cut = 0; cut < bytes.length; cut += 1) {
        const truncated = Buffer.from(bytes.subarray(0, cut));
        if (cut >= 6) truncated.writeUInt32BE(cut, 2);
        const result = decodeLlrpMessage(truncated);
        // a body of optional parameters cut between two of them is valid and shorter; nothing else is
        if (result.ok) expect(['RO_ACCESS_REPORT', 'SET_READER_CONFIG', 'UNKNOWN']).toContain(result.message.type);
        else expect(result.error.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('never throws on random bytes or on damaged messages', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decodeLlrpMessage(Buffer.from(bytes));
        if (!result.ok) expect(typeof result.error.message).toBe('string');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        (message, flips) => {
          const bytes = Buffer.from(encodeLlrpMessage(message));
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const result = decodeLlrpMessage(bytes);
          if (!result.ok) expect(result.error.message).not.toBe('');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
