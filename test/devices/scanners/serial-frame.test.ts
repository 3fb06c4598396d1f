import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSerialFrame, serialFraming } from '../../../src-main/devices/scanners/serial-frame';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('serial scanner frames', () => {
  it('takes the AIM identifier off the front when the scanner sends it, keeping GS in the data', () => {
    const read = readSerialFrame(bytes(']C10100614141999996\u001d91X'), serialFraming({ aimPrefix: true }));
    expect(read).toMatchObject({ kind: 'scan', aim: ']C1' });
    if (read.kind === 'scan') expect(text(read.bytes)).toBe('0100614141999996\u001d91X');
  });

  it('strips a configured prefix and a CR LF suffix cut at LF or at CR', () => {
    const stx = { prefix: '\u0002', suffix: '\r\n' };
    const cutAtLf = readSerialFrame(bytes('\u0002CODE-1\r'), serialFraming({ ...stx, delimiter: '\n' }));
    expect(cutAtLf.kind === 'scan' && text(cutAtLf.bytes)).toBe('CODE-1');
    // Cut at CR, the LF is left at the start of the next frame.
    const framing = serialFraming({ ...stx, delimiter: '\r' });
    const second = readSerialFrame(bytes('\n\u0002CODE-2'), framing);
    expect(second.kind === 'scan' && text(second.bytes)).toBe('CODE-2');
    expect(readSerialFrame(bytes('\n'), framing)).toEqual({ kind: 'blank' });
  });

  it('rejects a frame without the configured prefix, or without the AIM identifier it was promised', () => {
    expect(readSerialFrame(bytes('CODE'), serialFraming({ prefix: '\u0002' }))).toMatchObject({
      kind: 'rejected',
      reason: expect.stringMatching(/did not start with the scanner's prefix "\\x02"/),
    });
    expect(readSerialFrame(bytes('0100614141999996'), serialFraming({ aimPrefix: true }))).toMatchObject({
      kind: 'rejected',
      reason: expect.stringMatching(/starts with "010": turn on its AIM ID setting/),
    });
  });

  it('refuses a configuration with nothing to cut frames at', () => {
    expect(() => serialFraming({ suffix: '' })).toThrow(/needs a suffix or a delimiter/);
  });

  it('never throws on random frames', () => {
    const framing = serialFraming({ prefix: '\u0002', suffix: '\r\n', delimiter: '\r', aimPrefix: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (frame) => void readSerialFrame(frame, framing)),
      { numRuns: 1000 },
    );
  });
});
