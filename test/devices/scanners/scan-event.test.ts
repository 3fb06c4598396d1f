import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aimSymbology } from '../../../src-shared/scanning/aim-symbology';
import { scanEventFrom, type ScanInput } from '../../../src-shared/scanning/scan-event';
import { PALLET_GS1 } from './hid-pos-fixtures';

const AT = '2025-03-04T10:00:00.000Z';
const from = (bytes: ScanInput['bytes'], aim?: string) => scanEventFrom({ source: 'serial', deviceId: 'dock-1', at: AT, bytes, ...(aim && { aim }) });
const GS = '\u001d';

describe('AIM symbology identifiers', () => {
  it('names GS1 symbologies and says they carry element strings', () => {
    expect(aimSymbology(']C1')).toEqual({ aim: ']C1', name: 'GS1-128', gs1: true });
    expect(aimSymbology(']d2')).toMatchObject({ name: 'GS1 DataMatrix', gs1: true });
    expect(aimSymbology(']e0')?.gs1).toBe(true);
    expect(aimSymbology(']Q3')?.gs1).toBe(true);
    expect(aimSymbology(']C0')).toMatchObject({ name: 'Code 128', gs1: false });
    expect(aimSymbology(']E0')?.gs1).toBe(false);
    expect(aimSymbology(']Q1')?.gs1).toBe(false);
  });

  it('names an unlisted modifier by its family, and refuses what is not "]cm"', () => {
    expect(aimSymbology(']A7')).toMatchObject({ name: 'Code 39 (]A7)', gs1: false });
    expect(aimSymbology('C1')).toBeNull();
    expect(aimSymbology(']C')).toBeNull();
  });
});

describe('scanEventFrom', () => {
  it('reads a GS1-128 pallet label into receipt fields, keeping GS in the data', () => {
    const event = from(PALLET_GS1, ']C1');
    expect(event).toMatchObject({
      kind: 'accepted',
      source: 'serial',
      deviceId: 'dock-1',
      at: AT,
      symbology: { aim: ']C1', name: 'GS1-128' },
      data: PALLET_GS1,
    });
    if (event.kind !== 'accepted') throw new Error('rejected');
    expect(event.data).toContain(GS);
    expect(event.gs1?.map((e) => e.ai)).toEqual(['02', '10', '37', '91']);
    expect(event.receipt).toEqual({ kind: 'gs1', gtin: '00614141999996', lotCode: 'LOT-A', quantity: 12, entryNumber: 'EF1-0012345-6', ignored: [] });
  });

  it('takes a leading AIM identifier off the data when none was given apart', () => {
    const event = from(`]d2${PALLET_GS1}\r\n`);
    expect(event).toMatchObject({ kind: 'accepted', symbology: { aim: ']d2', name: 'GS1 DataMatrix' }, data: PALLET_GS1 });
  });

  it('reads bytes as UTF-8: a plain QR code keeps its letters; a GS1 lot with one is refused by character set 82', () => {
    expect(from(new TextEncoder().encode('LÖT-7'), ']Q1')).toMatchObject({ kind: 'accepted', receipt: { kind: 'plain', code: 'LÖT-7' } });
    const gs1 = from(new TextEncoder().encode(`0100614141999996` + `10LÖT`), ']C1');
    expect(gs1).toMatchObject({
      kind: 'rejected',
      reason: expect.stringContaining('AI (10) batch/lot "LÖT" holds "Ö", which a GS1 barcode cannot carry (GS1 character set 82'),
    });
  });

  it('keeps a plain code plain, and reads GS1-looking data without an identifier as GS1', () => {
    expect(from('4006381333931', ']E0')).toMatchObject({
      kind: 'accepted',
      symbology: { name: 'EAN-13 / UPC-A / UPC-E' },
      receipt: { kind: 'plain', code: '4006381333931' },
    });
    expect(from('(00)106141411234567897')).toMatchObject({ kind: 'accepted', receipt: { kind: 'gs1', sscc: '106141411234567897' } });
  });

  it.each([
    ['a wrong check digit', '0100614141999995' + '10LOT-A', /GS1 barcode not accepted: AI \(01\) GTIN 00614141999995 has a wrong check digit/],
    ['no AI where one must start', '0500123', /GS1 barcode not accepted: no GS1 AI starts at "050012…"/],
    ['a truncated fixed field', '010061414199', /GS1 barcode not accepted: AI \(01\) needs 14 characters, got 10/],
  ])('rejects GS1 data with %s, saying what the parser said', (_what, data, reason) => {
    const event = from(data, ']C1');
    expect(event.kind).toBe('rejected');
    if (event.kind !== 'rejected') return;
    expect(event.reason).toMatch(reason);
    expect(event.symbology).toEqual({ aim: ']C1', name: 'GS1-128' });
    expect(event.rawHex.startsWith('5d 43 31 ')).toBe(true);
  });

  it('rejects binary noise, control characters and empty scans with the raw bytes in hex', () => {
    expect(from(new Uint8Array([0x30, 0x31, 0xc3, 0x28]))).toMatchObject({
      kind: 'rejected',
      reason: expect.stringMatching(/not readable text \(byte 4 is not valid UTF-8\)/),
      rawHex: '30 31 c3 28',
    });
    expect(from(`AB\u0000CD`)).toMatchObject({
      kind: 'rejected',
      reason: expect.stringMatching(/control character 0x00 at character 3/),
      rawHex: '41 42 00 43 44',
    });
    expect(from('', ']C1')).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/empty/), rawHex: '5d 43 31' });
    expect(from('\r')).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/empty/) });
    expect(from('12345', 'C1?')).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/"C1\?" where a symbology identifier/) });
  });

  it('never throws and never accepts a scan whose receipt is unreadable, whatever the bytes', () => {
    const aims = fc.option(fc.constantFrom(']C1', ']d2', ']E0', ']Q1', 'xx', ''), { nil: undefined });
    const gs1ish = fc
      .array(fc.constantFrom('01', '00614141999996', '10', 'LOT', GS, '91', '37', '5', '00', '(', ')', '\u0007', '\u00ff'), { maxLength: 12 })
      .map((p) => p.join(''));
    const input = fc.oneof(fc.uint8Array({ maxLength: 80 }), fc.string({ maxLength: 40 }), gs1ish);
    fc.assert(
      fc.property(input, aims, (bytes, aim) => {
        const event = scanEventFrom({ source: 'hid', deviceId: 'x', at: AT, bytes, ...(aim !== undefined && { aim }) });
        if (event.kind === 'accepted') expect(event.receipt.kind).not.toBe('unreadable');
        else expect(event.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
  });
});
