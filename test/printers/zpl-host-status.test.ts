import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostStatusFaults, isCompleteHostStatusReply, parseHostStatusReply, type ZplHostStatus } from '../../src-main/devices/printers/zpl-host-status';
import { encodeHostStatusReply, IDLE_PRINTER_STATUS } from '../../src-main/devices/printers/zpl-host-status-reply';

/** An idle printer's reply, typed from the ZPL II Programming Guide's layout (not from our encoder). */
const IDLE_REPLY = '\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n';

const reply = (one: string, two: string, three = '1234,0') => `\x02${one}\x03\r\n\x02${two}\x03\r\n\x02${three}\x03\r\n`;
const faultsOf = (text: string) => {
  const parsed = parseHostStatusReply(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return hostStatusFaults(parsed.status);
};
const errorOf = (text: string | Uint8Array) => {
  const parsed = parseHostStatusReply(text);
  return parsed.ok ? 'parsed' : parsed.error;
};

describe('~HS host status reply', () => {
  it('reads an idle printer: every field in its place, no faults', () => {
    const parsed = parseHostStatusReply(Uint8Array.from(IDLE_REPLY, (c) => c.charCodeAt(0)));
    expect(parsed).toEqual({ ok: true, status: IDLE_PRINTER_STATUS });
    expect(faultsOf(IDLE_REPLY)).toEqual([]);
  });

  it('is what the simulated printer sends when idle', () => {
    expect(Buffer.from(encodeHostStatusReply(IDLE_PRINTER_STATUS)).toString('latin1')).toBe(IDLE_REPLY);
  });

  it('names the faults from their flags', () => {
    const idleTwo = '001,0,0,0,1,2,6,0,00000000,1,000';
    expect(faultsOf(reply('030,1,0,1218,000,0,0,0,000,0,0,0', idleTwo))).toEqual(['paper out']);
    expect(faultsOf(reply('030,0,1,1218,000,0,0,0,000,0,0,0', idleTwo))).toEqual(['paused']);
    expect(faultsOf(reply('030,0,0,1218,000,0,0,0,000,0,0,0', '001,0,1,0,1,2,6,0,00000000,1,000'))).toEqual(['head open']);
    expect(faultsOf(reply('030,0,0,1218,000,0,0,0,000,0,0,0', '001,0,0,1,1,2,6,0,00000000,1,000'))).toEqual(['ribbon out']);
    expect(faultsOf(reply('030,0,0,1218,000,1,0,0,000,1,1,0', idleTwo))).toEqual(['receive buffer full', 'head too cold', 'configuration lost (corrupt RAM)']);
    expect(faultsOf(reply('030,1,1,1218,000,0,0,0,000,0,0,1', '001,0,1,1,1,2,6,0,00000000,1,000'))).toEqual([
      'paper out',
      'head open',
      'ribbon out',
      'paused',
      'head too hot',
    ]);
  });

  it('reads counts and modes, and ignores fields a newer firmware adds', () => {
    const parsed = parseHostStatusReply(reply('030,0,0,0812,004,0,0,1,000,0,0,0,7', '001,0,0,0,0,1,6,1,00000012,1,003,9', '0000,0'));
    expect(parsed.ok && parsed.status).toMatchObject({
      labelLengthDots: 812,
      formatsInReceiveBuffer: 4,
      partialFormatInProgress: true,
      thermalTransferMode: false,
      printMode: '1',
      labelWaiting: true,
      labelsRemainingInBatch: 12,
      graphicImagesStored: 3,
      password: '0000',
    });
  });

  it('says what is wrong with a truncated reply', () => {
    expect(errorOf('')).toBe('the ~HS reply is empty');
    expect(errorOf(IDLE_REPLY.slice(0, IDLE_REPLY.indexOf('\x021234')))).toBe('the ~HS reply is truncated: 2 of 3 strings arrived');
    expect(errorOf(IDLE_REPLY.slice(0, 20))).toBe('the ~HS reply is truncated: string 1 has no ETX');
    expect(errorOf(IDLE_REPLY.slice(0, -1))).toBe('the ~HS reply is truncated: string 3 ends without CR LF');
    expect(errorOf('\x02030,0,0,1218\x02001,0\x03\r\n')).toBe('the ~HS reply is truncated: string 1 has no ETX before the next STX');
    expect(errorOf(reply('030,0,0,1218,000,0,0,0,000,0,0,0', '001,0,0,0,1,2,6,0,00000000,1'))).toBe(
      'the ~HS reply is truncated: string 2 has 10 fields, expected 11',
    );
  });

  it('says what is wrong with a garbled reply', () => {
    const idleTwo = '001,0,0,0,1,2,6,0,00000000,1,000';
    expect(errorOf(reply('030,x,0,1218,000,0,0,0,000,0,0,0', idleTwo))).toBe(
      "the ~HS reply is garbled: string 1 field 2 (paper out flag) is 'x', expected 0 or 1",
    );
    expect(errorOf(reply('030,0,0,12a8,000,0,0,0,000,0,0,0', idleTwo))).toBe(
      "the ~HS reply is garbled: string 1 field 4 (label length) is '12a8', expected digits",
    );
    expect(errorOf(`ok\r\n${IDLE_REPLY}`)).toBe("the ~HS reply is garbled: string 1 starts with 'o' (0x6f) at byte 0, not STX");
    expect(errorOf(`${IDLE_REPLY}\x00`)).toBe('the ~HS reply is garbled: 1 unexpected bytes after string 3');
    expect(errorOf(IDLE_REPLY.replace('\x03\r\n', '\x03\n\r'))).toBe('the ~HS reply is garbled: string 1 has 0x0a after ETX, not CR LF');
    expect(errorOf(IDLE_REPLY.replace('1218', '12\xff8'))).toBe('the ~HS reply is garbled: string 1 holds 0xff');
  });

  it('knows when all three strings are in', () => {
    expect(isCompleteHostStatusReply(IDLE_REPLY.slice(0, -1))).toBe(false);
    expect(isCompleteHostStatusReply(IDLE_REPLY)).toBe(true);
  });
});

const flag = fc.boolean();
const statusArb: fc.Arbitrary<ZplHostStatus> = fc.record({
  communicationSettings: fc.integer({ min: 0, max: 511 }),
  paperOut: flag,
  paused: flag,
  labelLengthDots: fc.integer({ min: 0, max: 9999 }),
  formatsInReceiveBuffer: fc.integer({ min: 0, max: 999 }),
  receiveBufferFull: flag,
  communicationsDiagnosticMode: flag,
  partialFormatInProgress: flag,
  corruptRam: flag,
  underTemperature: flag,
  overTemperature: flag,
  functionSettings: fc.integer({ min: 0, max: 255 }),
  headUp: flag,
  ribbonOut: flag,
  thermalTransferMode: flag,
  printMode: fc.constantFrom('0', '1', '2', '3', '4'),
  printWidthMode: fc.integer({ min: 0, max: 9 }),
  labelWaiting: flag,
  labelsRemainingInBatch: fc.integer({ min: 0, max: 99_999_999 }),
  formatWhilePrinting: flag,
  graphicImagesStored: fc.integer({ min: 0, max: 999 }),
  password: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  staticRamFlag: fc.constantFrom(0, 1),
});

describe('~HS parser under fuzzing', () => {
  it('reads back every status a printer can send', () => {
    fc.assert(
      fc.property(statusArb, (status) => {
        expect(parseHostStatusReply(encodeHostStatusReply(status))).toEqual({ ok: true, status });
      }),
    );
  });

  it('calls every cut-short reply truncated, never a status', () => {
    fc.assert(
      fc.property(statusArb, fc.nat(), (status, cut) => {
        const bytes = encodeHostStatusReply(status);
        const error = errorOf(bytes.subarray(0, cut % bytes.length));
        expect(error).toMatch(/^the ~HS reply is (empty|truncated)/);
      }),
    );
  });

  it('turns noise, and replies with a byte changed, into a result or a reason, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (noise) => {
        expect(typeof errorOf(noise)).toBe('string');
      }),
    );
    fc.assert(
      fc.property(statusArb, fc.nat(), fc.integer({ min: 0, max: 255 }), (status, at, byte) => {
        const bytes = encodeHostStatusReply(status);
        bytes[at % bytes.length] = byte;
        const parsed = parseHostStatusReply(bytes);
        if (!parsed.ok) expect(parsed.error).toMatch(/^the ~HS reply is (truncated|garbled)/);
      }),
    );
  });
});
