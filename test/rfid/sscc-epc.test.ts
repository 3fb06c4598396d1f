import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gs1CheckDigit } from '../../src-shared/scanning/gs1-check-digit';
import { EpcError, epcUri, isSscc96Epc, sscc96FromEpc, ssccToSscc96Epc } from '../../src-main/devices/rfid/sscc-epc';

// EPC Tag Data Standard, Appendix E (encoding examples): SSCC (00)106141412345678908 with GS1
// company prefix 0614141 and filter 3 is urn:epc:tag:sscc-96:3.0614141.1234567890 = 3174257BF4499602D2000000.
const TDS_SSCC = '106141412345678908';
const TDS_SSCC_96 = '3174257BF4499602D2000000';
// same appendix, SGTIN-96: urn:epc:tag:sgtin-96:3.0614141.812345.6789
const TDS_SGTIN_96 = '3074257BF7194E4000001A85';

/** TDS SSCC-96 partition table: company prefix digits -> [company bits, serial reference bits] */
const PARTITION_BITS: Record<number, [number, number]> = { 12: [40, 18], 11: [37, 21], 10: [34, 24], 9: [30, 28], 8: [27, 31], 7: [24, 34], 6: [20, 38] };

/** The SSCC-96 bits assembled straight from the TDS coding table, as an oracle independent of epc-tds. */
function expectedSscc96(sscc: string, prefixLength: number, filter: number): string {
  const [companyBits, serialBits] = PARTITION_BITS[prefixLength]!;
  const company = BigInt(sscc.slice(1, 1 + prefixLength));
  const serial = BigInt(sscc[0]! + sscc.slice(1 + prefixLength, 17));
  let value = 0x31n;
  value = (value << 3n) | BigInt(filter);
  value = (value << 3n) | BigInt(12 - prefixLength);
  value = (value << BigInt(companyBits)) | company;
  value = (value << BigInt(serialBits)) | serial;
  value <<= 24n;
  return value.toString(16).toUpperCase().padStart(24, '0');
}

describe('SSCC <-> SSCC-96 EPC', () => {
  it('encodes the Tag Data Standard example exactly', () => {
    expect(ssccToSscc96Epc(TDS_SSCC, 7, 3)).toBe(TDS_SSCC_96);
  });

  it('decodes the Tag Data Standard example back to the SSCC, its check digit and company prefix', () => {
    expect(sscc96FromEpc(TDS_SSCC_96)).toEqual({
      sscc: TDS_SSCC,
      companyPrefix: '0614141',
      serialReference: '1234567890',
      filter: 3,
      tagUri: 'urn:epc:tag:sscc-96:3.0614141.1234567890',
      pureIdentityUri: 'urn:epc:id:sscc:0614141.1234567890',
    });
    expect(epcUri(TDS_SSCC_96)).toBe('urn:epc:tag:sscc-96:3.0614141.1234567890');
  });

  it('uses filter 2 (full case for transport) unless told otherwise', () => {
    const epc = ssccToSscc96Epc(TDS_SSCC, 7);
    expect(epc).toBe(expectedSscc96(TDS_SSCC, 7, 2));
    expect(epcUri(epc)).toBe('urn:epc:tag:sscc-96:2.0614141.1234567890');
  });

  it('round-trips SSCCs under every company prefix length, matching the TDS bit layout', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 12 }), fc.stringMatching(/^\d{17}$/), fc.integer({ min: 0, max: 7 }), (prefixLength, digits, filter) => {
        const sscc = digits + gs1CheckDigit(digits);
        const epc = ssccToSscc96Epc(sscc, prefixLength, filter);
        expect(epc).toBe(expectedSscc96(sscc, prefixLength, filter));
        const back = sscc96FromEpc(epc);
        expect(back.sscc).toBe(sscc);
        expect(back.companyPrefix).toBe(sscc.slice(1, 1 + prefixLength));
        expect(back.filter).toBe(filter);
      }),
      { numRuns: 300 },
    );
  });

  it.each([7, 8, 9, 10, 11])('keeps leading zeros of a %i-digit company prefix', (prefixLength) => {
    const digits = `3${'0'.repeat(prefixLength - 2)}42${'7'.repeat(16 - prefixLength)}`; // extension, prefix 00..042, serial
    const sscc = digits + gs1CheckDigit(digits);
    const back = sscc96FromEpc(ssccToSscc96Epc(sscc, prefixLength));
    expect(back.companyPrefix).toHaveLength(prefixLength);
    expect(back.sscc).toBe(sscc);
  });

  it('refuses an SGTIN-96 (or any non-SSCC EPC) with a message naming the scheme', () => {
    expect(() => sscc96FromEpc(TDS_SGTIN_96)).toThrow(EpcError);
    expect(() => sscc96FromEpc(TDS_SGTIN_96)).toThrow(/SGTIN-96, not SSCC-96/);
    expect(isSscc96Epc(TDS_SGTIN_96)).toBe(false);
    expect(isSscc96Epc(TDS_SSCC_96)).toBe(true);
    expect(epcUri(TDS_SGTIN_96)).toBe('urn:epc:tag:sgtin-96:3.0614141.812345.6789');
  });

  it('refuses EPCs that only look like SSCC-96', () => {
    expect(() => sscc96FromEpc('3174257BF4499602D2')).toThrow(/not 96 bits/);
    expect(() => sscc96FromEpc('3174257BF4499602D20000GG')).toThrow(/not 96 bits/);
    expect(() => sscc96FromEpc('317C257BF4499602D2000000')).toThrow(/partition 7/);
    expect(() => sscc96FromEpc('3174257BF4499602D2000001')).toThrow(/reserved bits/);
    // company prefix field at its 24-bit maximum (16777215) is more than 7 digits
    expect(() => sscc96FromEpc('3157FFFFFC499602D2000000')).toThrow(/company prefix 16777215/);
    expect(epcUri('E2801160600002000000000A')).toBe('urn:epc:raw:96.xE2801160600002000000000A');
  });

  it('refuses an SSCC that is not one, saying what is wrong', () => {
    expect(() => ssccToSscc96Epc('10614141234567890', 7)).toThrow(/not 18 digits/);
    expect(() => ssccToSscc96Epc('106141412345678907', 7)).toThrow(/check digit 7; its first 17 digits need 8/);
    expect(() => ssccToSscc96Epc(TDS_SSCC, 13)).toThrow(/prefix length 13/);
    expect(() => ssccToSscc96Epc(TDS_SSCC, 7, 8)).toThrow(/filter 8/);
  });
});
