import { expect, test } from '@playwright/test';
import { hasValidCheckDigit } from '../../src-shared/scanning/gs1-check-digit';
import { GS, parseGs1 } from '../../src-shared/scanning/gs1-element-string';
import { readReceiptScan } from '../../src-shared/scanning/receipt-scan';
import { addKey, isScan } from '../../src-renderer/features/receiving/scanner/wedge-burst';

// Pure parser checks, run by the same runner (no browser): vitest's include leaves test/e2e out.
test.describe('GS1 element strings and wedge bursts', () => {
  test('bracketed and raw forms read the same', () => {
    const bracketed = parseGs1('(00)106141411234567897(02)00614141000012(10)LOT-A1(37)24(91)2023-000123');
    const raw = parseGs1(`]C1001061414112345678970200614141000012` + `10LOT-A1${GS}3724${GS}912023-000123`);
    expect(bracketed).toEqual(raw);
    expect(bracketed).toEqual({
      ok: true,
      elements: [
        { ai: '00', value: '106141411234567897' },
        { ai: '02', value: '00614141000012' },
        { ai: '10', value: 'LOT-A1' },
        { ai: '37', value: '24' },
        { ai: '91', value: '2023-000123' },
      ],
    });
  });

  test('check digits, lengths and digits are validated', () => {
    expect(hasValidCheckDigit('00614141000012')).toBe(true);
    expect(hasValidCheckDigit('00614141000013')).toBe(false);
    expect(parseGs1('(01)00614141000013')).toEqual({ ok: false, error: 'AI (01) GTIN 00614141000013 has a wrong check digit' });
    expect(parseGs1('(01)0061414100001')).toMatchObject({ ok: false, error: expect.stringContaining('needs 14') });
    expect(parseGs1('(02)00614141000012(37)2X')).toMatchObject({ ok: false, error: expect.stringContaining('digits only') });
    expect(parseGs1('(99)X(88)Y')).toMatchObject({ ok: false, error: expect.stringContaining('(88)') });
  });

  test('receipt scans: AI 30 counts when 37 is absent; plain codes stay plain', () => {
    expect(readReceiptScan(`01006141410000123012${GS}10L9`)).toEqual({ kind: 'gs1', gtin: '00614141000012', quantity: 12, lotCode: 'L9', ignored: [] });
    expect(readReceiptScan('(02)00614141000012(30)5(37)7')).toMatchObject({ quantity: 7 });
    expect(readReceiptScan('DB-CAGE-1')).toEqual({ kind: 'plain', code: 'DB-CAGE-1' });
    expect(readReceiptScan('(01)123')).toMatchObject({ kind: 'unreadable' });
  });

  test('a fast burst ending fast is a scan; a slow, paused or short one is not', () => {
    const feed = (text: string, gap: number) =>
      [...text].reduce((b, ch, i) => addKey(b, ch, i * gap, () => null), null as ReturnType<typeof addKey<null>> | null);
    const fast = feed('ABC123', 8);
    expect(isScan(fast, 5 * 8 + 8)).toBe(true);
    expect(isScan(fast, 5 * 8 + 200)).toBe(false);
    expect(isScan(feed('ABC12', 8), 40)).toBe(false);
    // A person typing 90 ms a key stays one burst but is far too slow on average to be a scanner.
    expect(isScan(feed('ABC123', 90), 6 * 90)).toBe(false);
    // One key held back 60 ms by a busy machine does not break a scan; a pause over 150 ms does.
    const hiccup = addKey(feed('ABC12', 6), '3', 4 * 6 + 60, () => null);
    expect(isScan(hiccup, 4 * 6 + 66)).toBe(true);
    expect(feed('ABC123', 200)?.text).toBe('3');
  });
});
