import type { ChannelInput } from '../../../src-shared/contract';
import type { OverrideInput } from '../../../src-shared/schemas/ledger-inputs';

/** The receiving form as typed: strings until main validates them. */
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

export const FIELD_LABELS: Record<string, string> = {
  entryNumber: 'Entry number',
  lineNumber: 'Entry line',
  sku: 'SKU',
  lotCode: 'Lot',
  quantity: 'Quantity',
  uom: 'Unit',
  locationCode: 'Location',
  preserveForDrawback: 'Preserve for drawback',
  'override.supervisorUsername': 'Supervisor user name',
  'override.supervisorPassword': 'Supervisor password',
  'override.reason': 'Reason',
};

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

/** "1,000" and " 1000 " are both a thousand; anything else goes to main as typed, to be explained. */
function quantityOf(text: string): number | string {
  const plain = text.trim().replace(/,/g, '');
  return /^\d+$/.test(plain) ? Number(plain) : text;
}

export function toReceiptInput(draft: ReceiptDraft, lineNumber: string, reference: string, override?: OverrideInput): ChannelInput<'receiving:create-receipt'> {
  return {
    entryNumber: draft.entryNumber,
    lineNumber: lineNumber === '' ? '' : Number(lineNumber),
    sku: draft.sku,
    lotCode: draft.lotCode,
    quantity: quantityOf(draft.quantity),
    uom: draft.uom,
    locationCode: draft.locationCode,
    preserveForDrawback: draft.preserveForDrawback,
    reference,
    ...(override ? { override } : {}),
  };
}
