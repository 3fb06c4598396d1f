import type { PalletLabel } from './pallet-label';

/** The fields printed under the entry barcode, in the layout's order. */
export const FIELD_KEYS = ['sku', 'gtin', 'description', 'lot', 'quantity', 'hts', 'received', 'bin'] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const SEGREGATED_BANNER = 'DRAWBACK — DO NOT COMMINGLE';
export const FLAGGED_BANNER = 'DRAWBACK STOCK';

export interface LabelBanner {
  text: string;
  /** reversed: white on black, for stock that must not be commingled; outlined: black on white in a frame */
  style: 'reversed' | 'outlined';
}

/** What a label says, worded for people; ZPL and PDF lay out the same content. */
export interface LabelContent {
  entryNumber: string;
  sscc: string;
  /** the SSCC's human-readable interpretation under its barcode, "(00) 106141411234567897" */
  ssccText: string;
  fields: Record<FieldKey, { caption: string; value: string }>;
  banner: LabelBanner | null;
}

/** "6109100012" -> "6109.10.0012", as the HTSUS writes it. */
export function formatHts(hts: string): string {
  return `${hts.slice(0, 4)}.${hts.slice(4, 6)}.${hts.slice(6)}`;
}

/** "12500.5" -> "12,500.5": grouped as text, never through a float. */
export function groupDigits(quantity: string): string {
  const [whole = '', fraction] = quantity.split('.');
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

export function bannerFor(drawback: PalletLabel['drawback']): LabelBanner | null {
  if (drawback === 'segregated') return { text: SEGREGATED_BANNER, style: 'reversed' };
  if (drawback === 'flagged') return { text: FLAGGED_BANNER, style: 'outlined' };
  return null;
}

/** The label's content from a label already checked by parsePalletLabel. */
export function labelContent(label: PalletLabel): LabelContent {
  return {
    entryNumber: label.entryNumber,
    sscc: label.sscc,
    ssccText: `(00) ${label.sscc}`,
    fields: {
      sku: { caption: 'SKU', value: label.sku },
      gtin: { caption: 'GTIN', value: label.gtin ?? '' },
      description: { caption: 'DESCRIPTION', value: label.description ?? '' },
      lot: { caption: 'LOT', value: label.lotCode },
      quantity: { caption: 'QUANTITY', value: `${groupDigits(label.quantity)} ${label.unit}` },
      hts: { caption: 'HTS', value: formatHts(label.hts) },
      received: { caption: 'RECEIVED', value: label.receiptDate },
      bin: { caption: 'BIN', value: label.bin ?? '' },
    },
    banner: bannerFor(label.drawback),
  };
}
