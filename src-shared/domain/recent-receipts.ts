import type { Bucket } from './ledger';

/**
 * How a receipt's pallet label stands, for the clerk's recent-receipts list: no label asked for,
 * being printed, printed (the printer confirmed it), sent but not confirmed, or failed (the label
 * may not be on the pallet: print it again with a reason).
 */
export type RecentLabelState = 'none' | 'printing' | 'printed' | 'unconfirmed' | 'failed';

/** One of the signed-in clerk's last receipts, as the receiving screen lists them beside the form. */
export interface RecentReceipt {
  /** the receipt movement's id */
  movementId: string;
  /** ISO time the goods were received */
  receivedAt: string;
  entryNumber: string;
  lineNumber: number;
  sku: string;
  lotCode: string;
  quantity: number;
  uom: string;
  location: string;
  bucket: Bucket;
  /** the supervisor who approved it (over the entry line's quantity), or null */
  approver: string | null;
  /** review exceptions raised with it (HTS mismatch, over the entry quantity) */
  flagged: number;
  label: { state: RecentLabelState; sscc: string | null; error: string | null };
}
