import { z } from 'zod';
import type { ChannelInput } from '../../../src-shared/contract';
import { receiptInputSchema, type OverrideInput } from '../../../src-shared/schemas/ledger-inputs';
import { typedQuantity } from '../../ui/form-schema';

/** The receiving form as typed: strings until checked against main's own rules. */
export interface ReceiptDraft {
  entryNumber: string;
  lineNumber: string;
  sku: string;
  lotCode: string;
  quantity: string;
  uom: string;
  locationCode: string;
  preserveForDrawback: boolean;
}

export type DraftTextField = Exclude<keyof ReceiptDraft, 'preserveForDrawback'>;

/** The fields in tab order; names match main's `error.issues[].field`. */
export const DRAFT_FIELDS: DraftTextField[] = ['entryNumber', 'lineNumber', 'sku', 'lotCode', 'quantity', 'uom', 'locationCode'];

export function isDraftField(name: string | null): name is DraftTextField {
  return name !== null && (DRAFT_FIELDS as string[]).includes(name);
}

/** Every field of the form with its label, in the order they appear (the error summary's order). */
export const FIELD_LABELS = {
  entryNumber: 'Entry number',
  lineNumber: 'Entry line',
  sku: 'SKU',
  lotCode: 'Lot',
  quantity: 'Quantity',
  uom: 'Unit',
  locationCode: 'Location',
  preserveForDrawback: 'Preserve for drawback',
} as const;
export const FORM_FIELDS = Object.keys(FIELD_LABELS);

/**
 * The receipt's own rules from the shared schema (the same words main would use); the entry line is
 * checked against the entry found (missing-line.ts), the quantity may be typed with separators.
 */
export const receiptFormSchema = receiptInputSchema
  .pick({ entryNumber: true, sku: true, lotCode: true, uom: true, locationCode: true, preserveForDrawback: true })
  .extend({ quantity: typedQuantity, lineNumber: z.string(), preserveForDrawback: z.boolean() });
export type CheckedReceipt = z.output<typeof receiptFormSchema>;

export function emptyDraft(): ReceiptDraft {
  return { entryNumber: '', lineNumber: '', sku: '', lotCode: '', quantity: '', uom: 'EA', locationCode: '', preserveForDrawback: false };
}

/** The next pallet usually comes from the same entry line into the same bin: keep those. */
export function nextPallet(draft: ReceiptDraft): ReceiptDraft {
  return { ...draft, sku: '', lotCode: '', quantity: '' };
}

/** A reference per pallet, so pressing Enter twice (or a retry) never receives the pallet twice. */
export function newReference(): string {
  const id = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `DESK-${id}`;
}

export function toReceiptInput(
  checked: CheckedReceipt,
  lineNumber: number,
  reference: string,
  override?: OverrideInput,
): ChannelInput<'receiving:create-receipt'> {
  const { lineNumber: _typed, ...fields } = checked;
  return { ...fields, lineNumber, reference, ...(override ? { override } : {}) };
}
