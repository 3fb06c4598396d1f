import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLlrpMessage } from '../../src-main/devices/rfid/llrp/llrp-encode';
import { LlrpFrameSplitter } from '../../src-main/devices/rfid/llrp/llrp-frame-splitter';

const MESSAGES = [
  encodeLlrpMessage({ type: 'READER_EVENT_NOTIFICATION', id: 0, event: { timestamp: { clock: 'utc', micros: 1n }, connectionAttempt: { status: 0 } } }),
  encodeLlrpMessage({ type: 'ADD_ROSPEC_RESPONSE', id: 1, status: { code: 0, description: '' } }),
  encodeLlrpMessage({ type: 'RO_ACCESS_REPORT', id: 2, tags: [{ epc: { bits: 96, hex: '3074257BF7194E4000001A85' }, antennaId: 1, writeResults: [] }] }),
  encodeLlrpMessage({ type: 'KEEPALIVE', id: 3 }),
];
const STREAM = Buffer.concat(MESSAGES);

function frames(splitter: LlrpFrameSplitter, chunks: Buffer[]): Buffer[] {
  return chunks.flatMap((chunk) =>
    splitter.push(chunk).map((event) => {
      if (!event.ok) throw new Error(event.error.message);
      return Buffer.from(event.frame);
    }),
  );
}

describe('LLRP stream splitter', () => {
  it('gives each message of a chunk holding several', () => {
    expect(frames(new LlrpFrameSplitter(), [STREAM])).toEqual(MESSAGES);
  });

  it('waits for a message split across chunks, down to one byte at a time', () => {
    const splitter = new LlrpFrameSplitter();
    const bytes = [...STREAM].map((b) => Buffer.from([b]));
    expect(frames(splitter, bytes)).toEqual(MESSAGES);
    expect(splitter.buffered).toBe(0);
  });

  it('gives the same messages however TCP cuts the stream', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: STREAM.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i) => STREAM.subarray(from, points[i] ?? STREAM.length)).filter((c) => c.length > 0);
        expect(frames(new LlrpFrameSplitter(), chunks)).toEqual(MESSAGES);
      }),
    );
  });

  it('reports a stream that is not LLRP once, then stays broken', () => {
    const splitter = new LlrpFrameSplitter();
    const first = splitter.push(Buffer.concat([MESSAGES[1]!, Buffer.from('GET / HTTP/1.1\r\nHost: reader\r\n\r\n')]));
    expect(first[0]).toMatchObject({ ok: true });
    expect(first[1]).toMatchObject({ ok: false, error: { code: 'bad-header' } });
    expect(first[1]!.ok === false && first[1]!.error.message).toMatch(/not an LLRP header.*first bytes 474554/);
    expect(splitter.isBroken).toBe(true);
    expect(splitter.push(MESSAGES[0]!)).toEqual([]);
  });

  it('refuses a header whose length cannot be a message', () => {
    const tooShort = Buffer.from('0448000000040000000700', 'hex');
    expect(new LlrpFrameSplitter().push(tooShort)[0]).toMatchObject({ ok: false, error: { code: 'bad-length' } });
    const huge = Buffer.from('043dffffffff00000001', 'hex');
    const [event] = new LlrpFrameSplitter(1024).push(huge);
    expect(event).toMatchObject({ ok: false, error: { code: 'too-long' } });
    expect(event!.ok === false && event!.error.message).toMatch(/RO_ACCESS_REPORT \(ID 1\) says it is 4294967295 bytes, more than the 1024/);
  });

  it('never throws on noise', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }), (chunks) => {
        const splitter = new LlrpFrameSplitter();
        for (const chunk of chunks) for (const event of splitter.push(chunk)) if (!event.ok) expect(event.error.message).not.toBe('');
      }),
      { numRuns: 1000 },
    );
  });
});
