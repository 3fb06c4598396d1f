/**
 * Where a HID POS scanner (usage page 0x8C, "Bar Code Scanner") puts the parts of its Scanned Data
 * Report. The USB-IF HID Point of Sale Usage Tables name the parts (Symbology Identifier 1–3, Decoded
 * Data, Decode Data Continued) but leave their positions to each device's report descriptor, so the
 * positions of the scanners we know are kept here and the reassembler reads them from this table.
 * Offsets count from the report ID, byte 0 of what node-hid delivers for a numbered report.
 */
export interface HidPosLayout {
  name: string;
  /** the documents the offsets come from */
  source: string;
  reportId: number;
  /** byte holding the number of data bytes in this report */
  lengthOffset: number;
  /** first of three bytes with the AIM identifier ("]C1"), or null when the layout has none */
  aimOffset: number | null;
  dataOffset: number;
  maxDataPerReport: number;
  /** byte and bit mask of "Decode Data Continued": set while more reports of the same symbol follow */
  continuationOffset: number;
  continuationMask: number;
}

export const HID_POS_LAYOUTS = {
  standard: {
    name: 'standard',
    source:
      'Honeywell HID POS and Access-IS LSR116/LSR118/ATR110 manuals, "HID reports – Receive data": 64-byte report ID 2; length, AIM identifier in bytes 2–4, up to 56 data bytes from byte 5, vendor code ID in byte 61, bit 0 of byte 63 = data continued',
    reportId: 0x02,
    lengthOffset: 1,
    aimOffset: 2,
    dataOffset: 5,
    maxDataPerReport: 56,
    continuationOffset: 63,
    continuationMask: 0x01,
  },
  'quio-qu-r-302': {
    name: 'quio-qu-r-302',
    source:
      'Quio QU-R-302 manual, "Acquire Scanned Data": 64-byte report ID 2; barcode length in byte 1, decoded data in bytes 2–57 (1–56 bytes), reserved 58–61, vendor symbology identifier in byte 62 (no AIM identifier), bit 0 of byte 63 = decoded data continued',
    reportId: 0x02,
    lengthOffset: 1,
    aimOffset: null,
    dataOffset: 2,
    maxDataPerReport: 56,
    continuationOffset: 63,
    continuationMask: 0x01,
  },
} satisfies Record<string, HidPosLayout>;

export type HidPosLayoutName = keyof typeof HID_POS_LAYOUTS;

export function hidPosLayout(name: string | undefined): HidPosLayout | null {
  const key = name ?? 'standard';
  return Object.hasOwn(HID_POS_LAYOUTS, key) ? HID_POS_LAYOUTS[key as HidPosLayoutName] : null;
}

/** Bytes a report must have for the layout to read its length, AIM identifier and continuation flag. */
export function minimumReportLength(layout: HidPosLayout): number {
  return Math.max(layout.continuationOffset + 1, layout.lengthOffset + 1, layout.aimOffset === null ? 0 : layout.aimOffset + 3);
}
