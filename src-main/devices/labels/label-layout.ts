import type { FieldKey } from './label-content';

/**
 * The one layout of the 4 x 6 in pallet label, in inches from its top-left corner. ZPL scales it to
 * dots at the printer's resolution and the PDF to points, so both print the same label.
 */
export const LABEL_WIDTH = 4;
export const LABEL_HEIGHT = 6;
const MARGIN = 0.15;
const INNER = LABEL_WIDTH - 2 * MARGIN;
const HALF = (INNER - 0.15) / 2;
const RIGHT = MARGIN + HALF + 0.15;

/** A line of text: `size` is the font's height; text that does not fit `width` wraps to `lines` or narrows. */
export interface TextSlot {
  x: number;
  y: number;
  width: number;
  size: number;
  lines: number;
  align: 'left' | 'center';
}

/**
 * A barcode centred across the label; `module` is the narrowest bar's target width (X-dimension),
 * narrowed only when the symbol and its quiet zones would not fit across the label.
 */
export interface BarcodeSlot {
  y: number;
  height: number;
  module: number;
}

export interface BoxSlot {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FieldSlot {
  caption: TextSlot;
  value: TextSlot;
}

const text = (x: number, y: number, width: number, size: number, more: Partial<TextSlot> = {}): TextSlot => ({
  x,
  y,
  width,
  size,
  lines: 1,
  align: 'left',
  ...more,
});
const CAPTION = 0.09;
const field = (x: number, y: number, width: number, size: number, lines = 1): FieldSlot => ({
  caption: text(x, y, width, CAPTION),
  value: text(x, y + CAPTION + 0.02, width, size, { lines }),
});

export const LAYOUT = {
  margin: MARGIN,
  entryCaption: text(MARGIN, 0.1, INNER, 0.1),
  entryText: text(MARGIN, 0.22, INNER, 0.3, { align: 'center' }),
  // 0.33 mm modules; a 20-character entry number narrows them to 0.25 mm at 203 dpi
  entryBarcode: { y: 0.6, height: 0.53, module: 0.013 } satisfies BarcodeSlot,
  rule: { x: MARGIN, y: 1.2, width: INNER, height: 0.02 } satisfies BoxSlot,
  fields: {
    sku: field(MARGIN, 1.26, HALF, 0.2),
    gtin: field(RIGHT, 1.26, HALF, 0.2),
    description: field(MARGIN, 1.62, INNER, 0.14, 2),
    lot: field(MARGIN, 2.1, INNER, 0.28),
    quantity: field(MARGIN, 2.54, HALF, 0.2),
    hts: field(RIGHT, 2.54, HALF, 0.2),
    received: field(MARGIN, 2.9, HALF, 0.2),
    bin: field(RIGHT, 2.9, HALF, 0.2),
  } satisfies Record<FieldKey, FieldSlot>,
  banner: { x: MARGIN, y: 3.28, width: INNER, height: 0.42 } satisfies BoxSlot,
  bannerText: text(MARGIN, 3.28 + (0.42 - 0.26) / 2, INNER, 0.26, { align: 'center' }),
  /** frame of the lighter "flagged" banner */
  bannerFrame: 0.03,
  ssccCaption: text(MARGIN, 3.78, INNER, 0.1),
  // GS1 logistic label: X 0.495-1.016 mm and bars 31.75 mm high at 0.495 mm (GS1 General Specifications, symbol specification table 3)
  ssccBarcode: { y: 3.92, height: 1.25, module: 0.02 } satisfies BarcodeSlot,
  ssccText: text(MARGIN, 5.24, INNER, 0.22, { align: 'center' }),
} as const;

/** Code 128 wants a quiet zone of 10 modules each side (ISO/IEC 15417). */
export const QUIET_ZONE_MODULES = 10;
