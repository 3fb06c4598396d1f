import type { PalletLabel } from '../../../src-main/devices/labels/pallet-label';

/** A pallet of the seed scenario's T-shirts under a broker-style entry number, in a segregated drawback bin. */
export const SAMPLE: PalletLabel = {
  entryNumber: 'ABC-1234567-8',
  // extension 1, GS1's example company prefix 0614141, serial 123456789, check digit 7
  sscc: '106141411234567897',
  gtin: '00012345678905',
  sku: 'TSHIRT-COT-M',
  description: 'Cotton T-shirt, crew neck, medium, navy',
  lotCode: 'NW-A-2023-05',
  quantity: '1000',
  unit: 'EA',
  hts: '6109100012',
  receiptDate: '2023-05-01',
  drawback: 'segregated',
  bin: 'DB-01-A',
};

export function sample(changes: Partial<PalletLabel> = {}): PalletLabel {
  return { ...SAMPLE, ...changes };
}
