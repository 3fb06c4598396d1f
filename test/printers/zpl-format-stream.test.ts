import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZplFormatStream, type ZplStreamEvent } from '../../src-main/devices/printers/zpl-format-stream';

const LABEL_A = '^XA^FO50,50^A0N,40,40^FDENTRY 231-0000001-7^FS^XZ';
const LABEL_B = '^XA^FO50,50^BY3^BCN,120,Y,N,N^FD>;>80000123450000000018^FS^XZ';

const eventsOf = (chunks: string[]) => {
  const stream = new ZplFormatStream();
  return chunks.flatMap((chunk) => stream.push(Buffer.from(chunk, 'latin1')));
};
const formats = (events: ZplStreamEvent[]) => events.flatMap((event) => (event.kind === 'format' ? [event.zpl] : []));

describe('ZPL format stream (what the simulated printer reads)', () => {
  it('splits formats in order and answers ~HS wherever it comes', () => {
    expect(eventsOf([`${LABEL_A}\r\n~HS${LABEL_B}`])).toEqual([
      { kind: 'format', zpl: LABEL_A },
      { kind: 'host-status-request' },
      { kind: 'format', zpl: LABEL_B },
    ]);
  });

  it('acts on ~HS inside a format at once, leaving the format whole', () => {
    const events = eventsOf(['^XA^FO10,10~HS^FDX^FS^XZ']);
    expect(events).toEqual([{ kind: 'host-status-request' }, { kind: 'format', zpl: '^XA^FO10,10^FDX^FS^XZ' }]);
  });

  it('ignores bytes outside a format and reads commands in any case', () => {
    expect(formats(eventsOf(['garbage\r\n^xa^FDlower^FS^xz trailing']))).toEqual(['^xa^FDlower^FS^xz']);
  });

  it('reports a format that has begun and not ended', () => {
    const stream = new ZplFormatStream();
    stream.push('^XA^FO10,10');
    expect(stream.inFormat).toBe(true);
    stream.push('^X');
    expect(stream.inFormat).toBe(true);
    expect(stream.push('Z')).toEqual([{ kind: 'format', zpl: '^XA^FO10,10^XZ' }]);
    expect(stream.inFormat).toBe(false);
  });

  it('gives the same events however the bytes are split into chunks', () => {
    const whole = `${LABEL_A}~HS${LABEL_B}~hs`;
    const expected = eventsOf([whole]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: whole.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), whole.length];
        const chunks = points.slice(1).map((end, i) => whole.slice(points[i], end));
        expect(eventsOf(chunks)).toEqual(expected);
      }),
    );
  });
});
