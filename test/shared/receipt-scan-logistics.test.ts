import { describe, expect, it } from 'vitest';
import { describeScan, readReceiptScan } from '../../src-shared/scanning/receipt-scan';

const GS = '\u001d';

describe('logistic label element strings', () => {
  it('reads serial, purchase order and weights with the decimal point the AI gives', () => {
    const scan = readReceiptScan(`]C1` + `0100614141999996` + `3102001250` + `3301001875` + `21SN-77${GS}` + `400PO-4411${GS}` + `10LOT-9`);
    expect(scan).toMatchObject({
      kind: 'gs1',
      gtin: '00614141999996',
      netWeightKg: '12.50',
      grossWeightKg: '187.5',
      serial: 'SN-77',
      purchaseOrder: 'PO-4411',
      lotCode: 'LOT-9',
      ignored: [],
    });
    expect(describeScan(scan)).toContain('net 12.50 kg');
  });

  it('accepts a ship-to GLN and refuses one with a wrong check digit', () => {
    expect(readReceiptScan('(00)106141411234567897(410)0614141000036').kind).toBe('gs1');
    const bad = readReceiptScan('(410)0614141000037');
    expect(bad).toMatchObject({ kind: 'unreadable', error: 'AI (410) ship-to GLN 0614141000037 has a wrong check digit' });
  });
});
