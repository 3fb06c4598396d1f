// The pallet/lot label: its data, its SSCC, and its two renderings (ZPL II for label printers, PDF for office printers).
export { parsePalletLabel, palletLabelSchema, type PalletLabel } from './pallet-label';
export { gs1CheckDigit, isValidSscc, largestSerial, serialDigits, ssccFor, SSCC_LENGTH } from './sscc';
export { labelDots, labelZpl, type ZplDpi, type ZplOptions } from './label-zpl';
export { labelPdf } from './label-pdf';
export { FLAGGED_BANNER, SEGREGATED_BANNER } from './label-content';
