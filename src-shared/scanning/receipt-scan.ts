import { hasValidCheckDigit } from './gs1-check-digit';
import { looksLikeGs1, parseGs1, type Gs1Element } from './gs1-element-string';

/** What one scan means for a receipt line. Pure, like the parser it reads. */
export type ReceiptScan =
  | {
      kind: 'gs1';
      gtin?: string;
      lotCode?: string;
      quantity?: number;
      entryNumber?: string;
      sscc?: string;
      serial?: string;
      purchaseOrder?: string;
      /** (310n) net weight in kg, as decimal text: the AI's last digit places the decimal point */
      netWeightKg?: string;
      /** (330n) logistic (gross) weight in kg */
      grossWeightKg?: string;
      ignored: string[];
    }
  | { kind: 'plain'; code: string }
  | { kind: 'unreadable'; text: string; error: string };

/** AIs the receiving screen uses: 01 GTIN, 10 lot, 37/30 count, 91 entry number (company internal), 00 SSCC. */
export function readReceiptScan(text: string): ReceiptScan {
  if (!looksLikeGs1(text)) return { kind: 'plain', code: text.trim() };
  const parsed = parseGs1(text);
  if (!parsed.ok) return { kind: 'unreadable', text, error: parsed.error };
  return fromElements(parsed.elements);
}

function fromElements(elements: Gs1Element[]): ReceiptScan {
  const scan: Extract<ReceiptScan, { kind: 'gs1' }> = { kind: 'gs1', ignored: [] };
  for (const { ai, value } of elements) {
    if (ai === '01' || ai === '02') scan.gtin = value;
    else if (ai === '10') scan.lotCode = value;
    else if (ai === '37') scan.quantity = Number(value);
    else if (ai === '30') scan.quantity ??= Number(value);
    else if (ai === '91') scan.entryNumber = value.toUpperCase();
    else if (ai === '00') scan.sscc = value;
    else if (ai === '21') scan.serial = value;
    else if (ai === '400') scan.purchaseOrder = value;
    else if (/^310\d$/.test(ai)) scan.netWeightKg = withDecimals(value, Number(ai[3]));
    else if (/^330\d$/.test(ai)) scan.grossWeightKg = withDecimals(value, Number(ai[3]));
    else scan.ignored.push(ai);
  }
  return scan;
}

/** "001250" with 2 decimals -> "12.50": weights are six digits with the decimal point in the AI. */
function withDecimals(digits: string, decimals: number): string {
  const whole = digits.slice(0, digits.length - decimals).replace(/^0+(?=\d)/, '') || '0';
  return decimals === 0 ? whole : `${whole}.${digits.slice(digits.length - decimals)}`;
}

/** GTINs compare as 14 digits: a GTIN-13 or -12 is the same item with leading zeros. */
export function sameGtin(a: string, b: string): boolean {
  return a.padStart(14, '0') === b.padStart(14, '0');
}

/** A plain code of 8, 12, 13 or 14 digits with a good check digit is a product barcode (GTIN). */
export function isGtinLike(code: string): boolean {
  return /^(\d{8}|\d{12,14})$/.test(code) && hasValidCheckDigit(code);
}

/** One line of "scanned: …" feedback. */
export function describeScan(scan: ReceiptScan, sku?: string): string {
  if (scan.kind === 'plain') return scan.code;
  if (scan.kind === 'unreadable') return `${scan.text} — not read: ${scan.error}`;
  const parts = [
    scan.gtin && `GTIN ${scan.gtin}${sku ? ` → ${sku}` : ''}`,
    scan.lotCode && `lot ${scan.lotCode}`,
    scan.quantity !== undefined && `quantity ${scan.quantity}`,
    scan.entryNumber && `entry ${scan.entryNumber}`,
    scan.sscc && `SSCC ${scan.sscc}`,
    scan.serial && `serial ${scan.serial}`,
    scan.purchaseOrder && `order ${scan.purchaseOrder}`,
    scan.netWeightKg && `net ${scan.netWeightKg} kg`,
    scan.grossWeightKg && `gross ${scan.grossWeightKg} kg`,
    scan.ignored.length > 0 && `ignored AI ${scan.ignored.join(', ')}`,
  ];
  return parts.filter(Boolean).join(' · ');
}
