import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasValidCheckDigit } from '../../src-shared/scanning/gs1-check-digit';
import { GS, parseGs1 } from '../../src-shared/scanning/gs1-element-string';
import { readReceiptScan } from '../../src-shared/scanning/receipt-scan';
import { scanEventFrom } from '../../src-shared/scanning/scan-event';

// Each case comes from the text of the GS1 General Specifications (release 25) or the GS1 Barcode
// Syntax Dictionary that encodes it; the section is named on each test.
const GTIN = '09521234543213'; // the GTIN of the GS1 syntax test examples, check digit 3
const SSCC = '106141411234567897';
const CONTAINED = '00614141000012';
const refused = (text: string) => {
  const parsed = parseGs1(text);
  return parsed.ok ? `accepted: ${JSON.stringify(parsed.elements)}` : parsed.error;
};
const accepted = (text: string) => parseGs1(text).ok;

describe('weights and measures 31nn–36nn: only the AIs that exist, decimal point from the fourth digit', () => {
  // §3.6: "the fourth digit of the AI indicates the implied decimal point position"; the dictionary
  // defines 3100–3105 (net weight, kg) and likewise n = 0–5 for every measure group, none for 3106–3109.
  it.each(['3106', '3107', '3108', '3109', '3206', '3309', '3696'])('refuses (%s): it does not exist', (ai) => {
    expect(refused(`(01)${GTIN}(${ai})001250`)).toBe(
      `AI (${ai}) does not exist: a measure AI's last digit places the decimal point and runs from 0 to 5 (e.g. (${ai.slice(0, 3)}2) for two decimals)`,
    );
    expect(readReceiptScan(`]C101${GTIN}${ai}001250`)).toMatchObject({ kind: 'unreadable' });
  });

  it.each(['3380', '3390', '3580', '3800'])('refuses (%s): no AI group 338, 339, 358 or 380 exists', (ai) => {
    expect(refused(`(01)${GTIN}(${ai})001250`)).toMatch(new RegExp(`^AI \\(${ai}\\) does not exist`));
  });

  it('places the decimal point for every net weight AI that exists, 3100–3105', () => {
    const weights = ['0', '1', '2', '3', '4', '5'].map((n) => readReceiptScan(`(01)${GTIN}(310${n})001250`));
    expect(weights.map((w) => (w.kind === 'gs1' ? w.netWeightKg : w.kind))).toEqual(['1250', '125.0', '12.50', '1.250', '0.1250', '0.01250']);
    expect(readReceiptScan(`(00)${SSCC}(3302)187500`)).toMatchObject({ kind: 'gs1', grossWeightKg: '1875.00' });
  });

  it('refuses two net weights with different decimal places in one barcode (dictionary: 310n excludes the other 310n)', () => {
    expect(refused(`(01)${GTIN}(3102)001250(3103)012500`)).toBe(
      'AI (3102) net weight (kg) and AI (3103) net weight (kg) cannot be in the same barcode (GS1 General Specifications §4.14.1)',
    );
  });
});

describe('an AI is read at its exact length, never by its first digits', () => {
  // §3.2: an AI's first two digits fix how many digits it has; "(011)" is not "(01)".
  it.each([
    [`(011)${GTIN}`, 'AI (011) does not exist: AIs starting with 01 have 2 digits'],
    ['(100)ABC', 'AI (100) does not exist: AIs starting with 10 have 2 digits'],
    ['(2100)SN-1', 'AI (2100) does not exist: AIs starting with 21 have 2 digits'],
    ['(3710)5', 'AI (3710) does not exist: AIs starting with 37 have 2 digits'],
    ['(31)001250', 'AI (31) does not exist: AIs starting with 31 have 4 digits'],
    ['(19)230101', 'AI (19) does not exist: no GS1 AI starts with 19'],
  ])('refuses %s', (text, error) => {
    expect(refused(text)).toBe(error);
  });

  it('refuses an AI this GS1 release does not define, in raw data too', () => {
    expect(refused(`(01)${GTIN}(236)X`)).toBe('AI (236) does not exist in the GS1 General Specifications');
    expect(refused(`]C1` + `01${GTIN}` + `236X`)).toBe('AI (236) does not exist in the GS1 General Specifications');
  });

  it('reads raw data by the predefined-length table (§7.8.5): (01) then (10) needs no separator, (402) does', () => {
    expect(parseGs1(`]C1` + `01${GTIN}` + `3102001250` + `10LOT-1`)).toEqual({
      ok: true,
      elements: [
        { ai: '01', value: GTIN },
        { ai: '3102', value: '001250' },
        { ai: '10', value: 'LOT-1' },
      ],
    });
    // (402) is 17 digits but not in the predefined-length table: without FNC1 the lot runs into it.
    expect(refused(`]C1` + `40206141411234567890` + `10LOT-1`)).toMatch(
      /^AI \(402\) shipment ID \(GSIN\) "06141411234567890" |^AI \(402\) shipment ID \(GSIN\) "0614141123456789010LOT-1" is too long/,
    );
    expect(accepted(`]C1` + `40206141411234567890`)).toBe(true);
  });
});

describe('one AI twice with different values (§4.14.1)', () => {
  it('refuses (37)12(37)24 rather than keeping the last', () => {
    const text = `(00)${SSCC}(02)${CONTAINED}(37)12(37)24`;
    expect(refused(text)).toBe(
      'AI (37) count of trade items appears more than once with different values (12 and 24); a barcode may repeat an AI only with the same value (GS1 General Specifications §4.14.1)',
    );
    expect(readReceiptScan(text)).toMatchObject({ kind: 'unreadable' });
  });

  it('accepts the same AI repeated with the same value', () => {
    expect(readReceiptScan(`(02)${CONTAINED}(37)12(37)12`)).toMatchObject({ kind: 'gs1', quantity: 12 });
  });
});

describe('character set 82 in text AIs (§7.11, Figure 7.11-1)', () => {
  it('accepts every CSET 82 punctuation mark in a lot', () => {
    const punctuation = `!"%&'()*+,-./:;<=>?_`;
    expect(parseGs1(`]C101${GTIN}10${punctuation}`)).toMatchObject({ ok: true, elements: [{ ai: '01' }, { ai: '10', value: punctuation }] });
    expect(parseGs1(`(01)${GTIN}(10)A(B)C`)).toMatchObject({ ok: true, elements: [{ ai: '01' }, { ai: '10', value: 'A(B)C' }] });
  });

  it.each([
    ['~', 'ABC~1'],
    ['#', 'ABC#1'],
    ['@', 'A@B'],
    ['a space', 'LOT 7'],
    ['"Ö"', 'LÖT'],
  ])('refuses %s in a lot', (what, lot) => {
    const shown = what === 'a space' ? 'a space' : what.startsWith('"') ? what : `"${what}"`;
    expect(refused(`(01)${GTIN}(10)${lot}`)).toBe(
      `AI (10) batch/lot "${lot}" holds ${shown}, which a GS1 barcode cannot carry (GS1 character set 82: A–Z a–z 0–9 ! " % & ' ( ) * + , - . / : ; < = > ? _)`,
    );
  });

  it('holds the serial (21), customer part (241) and order number (400) to CSET 82 too', () => {
    expect(refused(`(01)${GTIN}(21)SN~1`)).toMatch(/^AI \(21\) serial number "SN~1" holds "~"/);
    expect(refused(`(01)${GTIN}(241)P|1`)).toMatch(/^AI \(241\) customer part number "P\|1" holds "\|"/);
    expect(refused('(400)PO[1]')).toMatch(/^AI \(400\) customer's purchase order number "PO\[1\]" holds "\["/);
  });
});

describe('dates (11) (13) (15) (17): YYMMDD, a real date, DD = 00 allowed (§3.4)', () => {
  it.each(['11', '13', '15', '17'])('(%s) refuses month 13, 29 February of a common year and 31 April', (ai) => {
    expect(refused(`(01)${GTIN}(${ai})231332`)).toMatch(
      new RegExp(`^AI \\(${ai}\\) [a-z -]+ date 231332 is not a real date \\(YYMMDD: there is no month 13\\)$`),
    );
    expect(refused(`(01)${GTIN}(${ai})230229`)).toMatch(/is not a real date \(YYMMDD: month 02 of year 23 has no day 29\)$/);
    expect(refused(`(01)${GTIN}(${ai})230431`)).toMatch(/is not a real date/);
  });

  it.each(['11', '13', '15', '17'])('(%s) accepts a leap day and, when only year and month are known, day 00', (ai) => {
    expect(accepted(`(01)${GTIN}(${ai})240229`)).toBe(true);
    expect(accepted(`(01)${GTIN}(${ai})230200`)).toBe(true);
  });

  it('says which date broke the rule, e.g. the expiry date', () => {
    expect(refused(`(01)${GTIN}(17)231332`)).toBe('AI (17) expiry date 231332 is not a real date (YYMMDD: there is no month 13)');
  });

  it('refuses day 00 in a date that does not allow it: first freeze date (7006)', () => {
    expect(refused(`(01)${GTIN}(7006)230200`)).toBe('AI (7006) first freeze date 230200 is not a real date (YYMMDD: day 00 is not allowed in this date)');
  });
});

describe('ISO 3166 country codes in (422) (424) (426)', () => {
  it.each(['422', '424', '426'])('(%s) accepts 840 and refuses 999 and 000', (ai) => {
    expect(accepted(`(01)${GTIN}(${ai})840`)).toBe(true);
    for (const bad of ['999', '000'])
      expect(refused(`(01)${GTIN}(${ai})${bad}`)).toMatch(new RegExp(`^AI \\(${ai}\\) country of [a-z ]+ ${bad} is not an ISO 3166 numeric country code`));
  });

  it('refuses a country of origin (422) with a country of full processing (426) (dictionary: 422 excludes 426)', () => {
    expect(refused(`(01)${GTIN}(422)840(426)840`)).toBe(
      'AI (422) country of origin and AI (426) country of full processing cannot be in the same barcode (GS1 General Specifications §4.14.1)',
    );
  });
});

describe('pairings (§4.14.1 invalid pairs, §4.14.2 mandatory associations)', () => {
  it('(37) only with (02) or (8026): not with (01), not alone', () => {
    expect(refused(`(01)${CONTAINED}(37)12`)).toBe(
      'AI (01) GTIN and AI (37) count of trade items cannot be in the same barcode (GS1 General Specifications §4.14.1)',
    );
    expect(refused('(37)12')).toBe(
      'AI (37) count of trade items needs AI (02) GTIN of the contained trade items or AI (8026) pieces of the contained trade items (ITIP) in the same scan (GS1 General Specifications §4.14.2)',
    );
    expect(accepted(`(00)${SSCC}(02)${CONTAINED}(37)12`)).toBe(true);
  });

  it('(02) needs (37), and (01) with (02) is an invalid pair', () => {
    expect(refused(`(02)${CONTAINED}(10)LOT-1`)).toBe(
      'AI (02) GTIN of the contained trade items needs AI (37) count of trade items in the same scan (GS1 General Specifications §4.14.2)',
    );
    expect(refused(`(01)${GTIN}(02)${CONTAINED}(37)5`)).toMatch(/^AI \((01|02)\) .* and AI \((01|02|37)\) .* cannot be in the same barcode/);
  });

  it('a lot (10), a serial (21) or an expiry (17) needs the GTIN it qualifies', () => {
    expect(refused('(10)LOT-1')).toBe(
      'AI (10) batch/lot needs AI (01) GTIN or AI (02) GTIN of the contained trade items or AI (03) GTIN of a made-to-order item or AI (8006) trade item piece (ITIP) or AI (8026) pieces of the contained trade items (ITIP) in the same scan (GS1 General Specifications §4.14.2)',
    );
    expect(refused('(21)SN-1')).toMatch(/^AI \(21\) serial number needs AI \(01\) GTIN or/);
    expect(refused('(17)251231')).toMatch(/^AI \(17\) expiry date needs AI \(01\) GTIN or/);
  });

  it("leaves to the pallet's SSCC barcode what only the SSCC (00) meets: a logistic label prints (00) in a barcode of its own", () => {
    expect(accepted(`(02)${CONTAINED}(37)12(10)LOT-1`)).toBe(true);
    expect(accepted('(3302)001250')).toBe(true); // gross weight: (00) or (01)
    expect(accepted('(403)ROUTE-7')).toBe(true);
  });
});

describe('every rule break is a rejected scan event with the rule in words and the raw bytes', () => {
  it.each([
    [`01${GTIN}3106123456`, 'AI (3106) does not exist'],
    [`01${GTIN}17231332`, 'AI (17) expiry date 231332 is not a real date'],
    [`00${SSCC}02${CONTAINED}3712${GS}3724`, 'AI (37) count of trade items appears more than once with different values (12 and 24)'],
    [`01${GTIN}10LOT~1`, 'AI (10) batch/lot "LOT~1" holds "~"'],
    [`01${GTIN}422999`, 'AI (422) country of origin 999 is not an ISO 3166 numeric country code'],
    [`01${CONTAINED}3712`, 'AI (01) GTIN and AI (37) count of trade items cannot be in the same barcode'],
  ])('%s', (data, words) => {
    const event = scanEventFrom({ source: 'serial', deviceId: 'dock-1', at: '2025-03-04T10:00:00.000Z', bytes: data, aim: ']C1' });
    expect(event).toMatchObject({ kind: 'rejected', symbology: { aim: ']C1', name: 'GS1-128' } });
    if (event.kind !== 'rejected') return;
    expect(event.reason).toContain(`GS1 barcode not accepted: ${words}`);
    expect(event.rawHex).toBe(Array.from(new TextEncoder().encode(`]C1${data}`), (b) => b.toString(16).padStart(2, '0')).join(' '));
  });

  it('bracketed text from a keyboard wedge is held to the same rules', () => {
    const event = scanEventFrom({ source: 'wedge', deviceId: 'wedge', at: '2025-03-04T10:00:00.000Z', bytes: '(2100)SN-1' });
    expect(event).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('AI (2100) does not exist') });
  });
});

describe('published-style syntax cases (GS1 Barcode Syntax Tests)', () => {
  it.each([
    [`(01)${GTIN}(10)ABC123(11)990102`, true],
    [`(01)${GTIN}(3103)000189(3923)2172(10)998877665544332211`, true],
    [`(00)${SSCC}(02)${CONTAINED}(37)100(10)LOT-9(91)2023-000123`, true],
    [`(01)${GTIN}(21)SERIAL(250)SECOND`, true],
    [`(01)${GTIN}(250)SECOND`, false], // (250) needs (21) too
    [`(01)${GTIN}(10)${'A'.repeat(20)}`, true],
    [`(01)${GTIN}(10)${'A'.repeat(21)}`, false], // X..20
    [`(01)${GTIN}(20)1`, false], // N2
    [`(01)${GTIN}(30)123456789`, false], // N..8
    [`(01)${GTIN}(8005)000123`, true],
    [`(01)${GTIN.slice(0, 13)}4`, false], // check digit
    ['(00)106141411234567896', false],
    ['(410)0614141000036(411)0614141000036', true],
    ['(4307)US(00)106141411234567897', true],
    ['(4307)XX(00)106141411234567897', false],
    [`(01)${GTIN}(3912)999123(8020)REF`, false], // 999 is no ISO 4217 currency
    ['(91)EF1-0012345-6', true],
  ])('%s → %s', (text, ok) => {
    expect(parseGs1(text).ok).toBe(ok);
  });
});

describe('properties', () => {
  // No "(": bracketed text cannot carry "(12)" inside a value (the "A(B)C" case above covers brackets).
  const cset82 = fc.constantFrom(...`ABCXYZabcxyz0123456789!"%&')*+,-./:;<=>?_`.split(''));
  const gtin = fc.stringMatching(/^\d{13}$/).map((body) => [...'0123456789'].map((d) => body + d).find(hasValidCheckDigit)!);
  const date = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2049-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(2, 10).replaceAll('-', ''));

  it('reads the bracketed and the raw form of a valid element string alike', () => {
    fc.assert(
      fc.property(
        gtin,
        fc.array(cset82, { minLength: 1, maxLength: 20 }),
        date,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 999_999 }),
        (g, lot, expiry, decimals, weight) => {
          const [l, w] = [lot.join(''), String(weight).padStart(6, '0')];
          const bracketed = parseGs1(`(01)${g}(17)${expiry}(310${decimals})${w}(10)${l}(91)X`);
          expect(bracketed).toEqual(parseGs1(`]C101${g}17${expiry}310${decimals}${w}10${l}${GS}91X`));
          expect(bracketed.ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts a 31nn–36nn measure AI only with a decimal digit 0–5', () => {
    fc.assert(
      fc.property(fc.constantFrom('310', '311', '320', '330', '340', '356', '364'), fc.integer({ min: 0, max: 9 }), (group, n) => {
        const data = group.startsWith('33') || group.startsWith('34') ? `(00)${SSCC}` : `(01)${GTIN}`;
        expect(parseGs1(`${data}(${group}${n})001250`).ok).toBe(n <= 5);
      }),
    );
  });
});
