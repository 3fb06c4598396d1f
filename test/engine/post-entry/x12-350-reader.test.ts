import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispositionLookup } from '../../../src-main/engine/post-entry/status/status-message';
import { readX12Status } from '../../../src-main/engine/post-entry/status/x12-350-reader';
import { loadDispositionCodes } from '../../../src-main/services/reference/post-entry-reference';

const codes = dispositionLookup(loadDispositionCodes());
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/post-entry', name), 'utf8');
const read = (name: string) => readX12Status(fixture(name), codes);
const valid = fixture('valid-004010.edi');

// The fixtures are written to the X12 004010 layout of the 350 (post-entry-facts §3): ISA, GS*SO,
// ST*350, M10, P4 loop with X4 segments, SE, GE, IEA; X4 elements as the X12 dictionary defines them.
describe('X12 350 reader: a valid interchange', () => {
  const result = read('valid-004010.edi');

  it('gives one status message per X4, in file order, with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.messages.map((m) => [m.source, m.entryNumber, m.dispositionCode, m.disposition?.category])).toEqual([
      [{ kind: 'x12-350', segment: 6, line: 6, transaction: '0001' }, 'B76-0324527-8', '1C', 'release'],
      [{ kind: 'x12-350', segment: 7, line: 7, transaction: '0001' }, '316-1234567-3', '1H', 'hold'],
      [{ kind: 'x12-350', segment: 8, line: 8, transaction: '0001' }, undefined, '1J', 'info'],
      [{ kind: 'x12-350', segment: 13, line: 13, transaction: '0002' }, 'EAB-0004521-2', '1A', 'exam'],
      [{ kind: 'x12-350', segment: 14, line: 14, transaction: '0002' }, 'EAB-0004521-2', '1B', 'release'],
    ]);
    expect(result.messages.every((m) => m.problems.length === 0)).toBe(true);
  });

  it('reads every X4 element the facts name: bill, quantity, entry type and number, date and time, SCAC, port, FIRMS', () => {
    expect(result.messages[0]).toEqual({
      source: { kind: 'x12-350', segment: 6, line: 6, transaction: '0001' },
      billOfLading: 'MAEU123456789',
      quantity: 120,
      entryType: '01',
      entryNumber: 'B76-0324527-8',
      postedDate: '2025-03-14',
      postedTime: '13:55',
      postedAt: '2025-03-14T13:55',
      dispositionCode: '1C',
      disposition: { meaning: 'Entered and released: general (still subject to any other open hold)', category: 'release', source: 'V' },
      unknownCode: false,
      scac: 'MAEU',
      port: '2704', // from the P4 loop
      problems: [],
    });
    expect(result.messages[3]).toMatchObject({ port: '1803', firms: 'M029' }); // X413 and X414
    expect(result.messages[4]).toMatchObject({ postedTime: '11:20' }); // X406 given as HHMMSS
  });

  it('reads the delimiters from the ISA, so a one-line file with | ^ ! gives the same messages (but no line numbers)', () => {
    const other = read('valid-one-line-other-delimiters.edi');
    expect(other.problems).toEqual([]);
    const withoutSource = (m: (typeof result.messages)[number]) => ({ ...m, source: undefined });
    expect(other.messages.map(withoutSource)).toEqual(result.messages.map(withoutSource));
    expect(other.messages[1]!.source).toEqual({ kind: 'x12-350', segment: 7, transaction: '0001' });
  });

  it('takes CR LF line ends', () => {
    const crlf = readX12Status(valid.replace(/\n/g, '\r\n'), codes);
    expect(crlf.problems).toEqual([]);
    expect(crlf.messages).toHaveLength(5);
  });
});

describe('X12 350 reader: broken files give problems by segment, line and element, never a crash', () => {
  it('garbage: not an interchange at all', () => {
    const result = read('garbage.edi');
    expect(result.messages).toEqual([]);
    expect(result.problems).toEqual([
      { severity: 'error', where: 'the start of the file', message: expect.stringMatching(/does not start with an ISA segment.*starts "%PDF-1\.4/) },
    ]);
    for (const text of ['', 'ISA*00', 'ISA' + 'x'.repeat(200)]) expect(readX12Status(text, codes).problems[0]!.severity).toBe('error');
  });

  it('an ISA off its fixed layout (a sender ID one character short) is refused, naming the character', () => {
    const result = readX12Status(valid.replace('CBPSENDER      *', 'CBPSENDER     *'), codes);
    expect(result.messages).toEqual([]);
    expect(result.problems[0]!.message).toMatch(/ISA segment does not follow the X12 fixed layout.*character 51 should be the element separator "\*"/);
  });

  it('missing IEA: the messages are listed, with an error that the file seems cut short', () => {
    const result = read('missing-iea.edi');
    expect(result.messages).toHaveLength(5);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        segment: 16,
        tag: 'GE',
        message: expect.stringMatching(/^the interchange has no IEA: the file seems cut short/),
      }),
    ]);
  });

  it('cut short inside a segment: the unterminated fragment and every missing trailer are named', () => {
    const result = read('cut-short.edi');
    expect(result.messages.map((m) => m.entryNumber)).toEqual(['B76-0324527-8']);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^"X4\*MAEU123456790\*35\*01\*3161" has no segment terminator "~"/),
      expect.stringMatching(/^the transaction opened by ST at segment 3 has no SE/),
      expect.stringMatching(/^the functional group opened by GS at segment 2 has no GE/),
      expect.stringMatching(/^the interchange has no IEA/),
    ]);
  });

  it('SE count mismatch: SE01 is named with both counts', () => {
    const result = read('se-count-mismatch.edi');
    expect(result.messages).toHaveLength(5);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        where: 'segment 9 (SE) on line 9, element SE01',
        segment: 9,
        tag: 'SE',
        line: 9,
        field: 'SE01',
        message: expect.stringMatching(/SE01 says the transaction 0001 has 9 segments, but it has 7 from ST to SE/),
      },
    ]);
  });

  it('unknown disposition code: the message is kept and flagged, not dropped', () => {
    const result = read('unknown-disposition.edi');
    expect(result.messages).toHaveLength(5);
    const flagged = result.messages[1]!;
    expect(flagged).toMatchObject({ entryNumber: '316-1234567-3', dispositionCode: '2Y', unknownCode: true, quantity: 35 });
    expect(flagged.disposition).toBeUndefined();
    expect(flagged.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        where: 'segment 7 (X4) on line 7, element X407',
        message: expect.stringMatching(/disposition code 2Y is not in the disposition code list; the message is kept/),
      }),
    ]);
  });

  it('invalid entry number and date: errors on the message, with the number as sent kept', () => {
    const message = read('invalid-entry-number.edi').messages[1]!;
    expect(message.entryNumber).toBeUndefined();
    expect(message.entryAsSent).toBe('31612345674');
    expect(message.problems.map((p) => [p.field, p.message])).toEqual([
      ['X404', expect.stringMatching(/check digit 4, but filer code 316 with number 1234567 gives 3/)],
      ['X405', 'the date posted (X405) "20250230" is not a date written CCYYMMDD'],
    ]);
  });

  it('missing X4: the transaction is named as carrying no status', () => {
    const result = read('missing-x4.edi');
    expect(result.messages).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', segment: 3, tag: 'ST', message: expect.stringMatching(/transaction 0001 has no X4 segment/) }),
    ]);
  });

  it('bad envelope order (a GS missing): the file is refused whole, naming the first segment out of place', () => {
    const result = read('broken-order.edi');
    expect(result.messages).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        segment: 2,
        tag: 'ST',
        line: 2,
        message: expect.stringMatching(/ST comes outside a functional group.*cannot be read/),
      }),
    ]);
  });

  it('control numbers and counts of the group and interchange trailers are checked', () => {
    const edited = valid.replace('GE*2*1234~', 'GE*3*1299~').replace('IEA*1*000001234~', 'IEA*2*000001235~').replace('SE*6*0002~', 'SE*6*0003~');
    expect(readX12Status(edited, codes).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'IEA01: IEA01 says 2 functional group(s) but the interchange has 1',
      'IEA02: the control number in IEA02 (1235) differs from ISA13 (1234): the header and trailer do not belong together',
      'GE01: GE01 says 3 transaction(s) but the group has 2',
      'GE02: the group control number in GE02 (1299) differs from GS06 (1234)',
      'SE02: the control number in SE02 (0003) differs from ST02 (0002)',
    ]);
  });

  it('a transaction that is not a 350 is skipped with an error; a second interchange is refused', () => {
    const other = readX12Status(valid.replace('ST*350*0002~', 'ST*856*0002~'), codes);
    expect(other.messages).toHaveLength(3);
    expect(other.problems).toEqual([expect.objectContaining({ field: 'ST01', message: expect.stringMatching(/transaction set is 856, not 350.*skipped/) })]);
    const twice = readX12Status(valid + valid, codes);
    expect(twice.messages).toEqual([]);
    expect(twice.problems[0]!.message).toMatch(/a second interchange starts after the IEA/);
  });

  it('empty and malformed X4 elements are each named', () => {
    const edited = valid.replace('X4*MAEU998877665*10***20250314*1500*1J**MAEU~', 'X4**ten*01**2025031*2500*1j*HOUSE~');
    const message = readX12Status(edited, codes).messages[2]!;
    expect(message.problems.map((p) => `${p.severity} ${p.field}`)).toEqual([
      'error X401',
      'error X402',
      'warning X403',
      'error X405',
      'error X406',
      'warning X408',
      'warning X409',
    ]);
    expect(message.dispositionCode).toBe('1J'); // upper-cased, still read
  });
});
