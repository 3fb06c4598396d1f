import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gen2Crc16 } from '../../src-main/devices/rfid/gen2-crc16';
import {
  matchEpc,
  readInventoryReply,
  readStatusReply,
  readWriteReply,
  realTimeInventory,
  writeWords,
} from '../../src-main/devices/rfid/uhf-serial/r2000-commands';
import { encodeR2000Frame, type R2000FrameEvent, R2000FrameSplitter } from '../../src-main/devices/rfid/uhf-serial/r2000-frame';

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s/g, ''), 'hex');
const SGTIN = '3074257BF7194E4000001A85';

function framesOf(events: R2000FrameEvent[]): string[] {
  return events.map((e) => (e.ok ? `${e.frame.command.toString(16)}:${e.frame.data.toString('hex')}` : `error:${e.error.code}`));
}

describe('R2000 serial frames', () => {
  it('writes Head, Len, Address, Cmd, Data and the two’s-complement check', () => {
    // A0 04 01 89 01: real-time inventory, one round, reader 1; 0xA0+0x04+0x01+0x89+0x01 = 0x12F, check 0x100-0x2F = 0xD1
    expect(encodeR2000Frame(realTimeInventory(0x01, 1))).toEqual(hex('a0 04 01 89 01 d1'));
    expect(encodeR2000Frame(realTimeInventory(0xff, 0xff))).toEqual(hex('a0 04 ff 89 ff d5'));
    expect(encodeR2000Frame(matchEpc(0xff, SGTIN))).toEqual(hex(`a0 11 ff 85 00 0c ${SGTIN} 3e`));
    const write = encodeR2000Frame(writeWords(0xff, 1, 2, '3154257BF4499602D2000000'));
    expect(write.subarray(0, 11)).toEqual(hex('a0 16 ff 82 00000000 01 02 06'));
  });

  it('reads a tag reply: Freq_Ant, PC, EPC and RSSI', () => {
    const event = new R2000FrameSplitter().push(encodeR2000Frame({ address: 1, command: 0x89, data: hex(`8d 3000 ${SGTIN} 4d`) }))[0]!;
    expect(event.ok).toBe(true);
    if (!event.ok) return;
    expect(readInventoryReply(event.frame.data)).toEqual({ kind: 'tag', antennaId: 2, frequencyIndex: 35, pc: 0x3000, epc: SGTIN, rssiDbm: 77 - 129 });
    expect(readInventoryReply(hex('00 0032 00000007'))).toEqual({ kind: 'round-end', antennaId: 1, readRate: 50, totalRead: 7 });
    expect(readInventoryReply(hex('22'))).toEqual({ kind: 'error', code: 0x22, meaning: 'no antenna connected: check the antenna cable' });
    expect(readInventoryReply(hex(`8d 3800 ${SGTIN} 4d`))).toMatchObject({
      kind: 'malformed',
      message: expect.stringMatching(/PC 0x3800 says 14 EPC bytes, but the reply holds 12/),
    });
  });

  it('checks the tag CRC in a write reply (EPC Gen2 CRC-16)', () => {
    expect(gen2Crc16(Buffer.from('123456789'))).toBe(0xd64e); // CRC-16/GENIBUS check value
    const pcAndEpc = hex(`3000 ${SGTIN}`);
    const crc = gen2Crc16(pcAndEpc).toString(16).padStart(4, '0');
    expect(readWriteReply(hex(`0001 10 3000 ${SGTIN} ${crc} 10 00 01`))).toEqual({
      kind: 'tag',
      epc: SGTIN,
      errorCode: 0x10,
      meaning: 'success',
      antennaId: 1,
      writeCount: 1,
    });
    expect(readWriteReply(hex(`0001 10 3000 ${SGTIN} 0000 10 00 01`))).toMatchObject({ kind: 'malformed', message: expect.stringMatching(/tag CRC is 0x0/) });
    expect(readWriteReply(hex('36'))).toEqual({ kind: 'error', code: 0x36, meaning: 'no tag in field: put the tag on the reader' });
    expect(readStatusReply(hex('10'))).toEqual({ ok: true, code: 0x10, meaning: 'success' });
    expect(readStatusReply(hex('1010')).ok).toBe(false);
  });

  it('splits several frames in one chunk and one frame over many', () => {
    const stream = Buffer.concat([encodeR2000Frame(realTimeInventory(1)), encodeR2000Frame({ address: 1, command: 0x89, data: hex('00 0000 00000000') })]);
    expect(framesOf(new R2000FrameSplitter().push(stream))).toEqual(['89:01', '89:00000000000000']);
    const splitter = new R2000FrameSplitter();
    expect([...stream].flatMap((b) => framesOf(splitter.push(Buffer.from([b]))))).toEqual(['89:01', '89:00000000000000']);
  });

  it('reports noise, bad checks and impossible lengths, then finds the next good frame', () => {
    const good = encodeR2000Frame(realTimeInventory(1));
    const damaged = Buffer.from(good);
    damaged[damaged.length - 1] = good[good.length - 1]! ^ 0xff;
    expect(framesOf(new R2000FrameSplitter().push(Buffer.concat([hex('13 37'), good])))).toEqual(['error:noise', '89:01']);
    expect(framesOf(new R2000FrameSplitter().push(Buffer.concat([damaged, good])))).toEqual(['error:bad-checksum', 'error:noise', '89:01']);
    expect(framesOf(new R2000FrameSplitter().push(Buffer.concat([hex('a0 01'), good])))).toEqual(['error:bad-length', 'error:noise', '89:01']);
    const [bad] = new R2000FrameSplitter().push(damaged);
    expect(bad!.ok === false && bad!.error.message).toBe('frame a0040189012e has check 0x2e, its bytes need 0xd1: damaged on the line');
  });

  it('finds the same frames however the line cuts them, and never throws on noise', () => {
    const frames = [
      encodeR2000Frame(realTimeInventory(1)),
      encodeR2000Frame({ address: 1, command: 0x89, data: hex(`8d 3000 ${SGTIN} 4d`) }),
      encodeR2000Frame({ address: 1, command: 0x85, data: hex('10') }),
    ];
    const stream = Buffer.concat(frames);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 10 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const splitter = new R2000FrameSplitter();
        const seen = [0, ...points].flatMap((from, i) => framesOf(splitter.push(stream.subarray(from, points[i] ?? stream.length))));
        expect(seen).toEqual(['89:01', `89:8d3000${SGTIN.toLowerCase()}4d`, '85:10']);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 80 }), { maxLength: 6 }), (chunks) => {
        const splitter = new R2000FrameSplitter();
        for (const chunk of chunks) {
          for (const event of splitter.push(chunk)) {
            if (!event.ok) expect(event.error.message).not.toBe('');
            else expect(() => [readInventoryReply(event.frame.data), readWriteReply(event.frame.data), readStatusReply(event.frame.data)]).not.toThrow();
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
