import { z } from 'zod';
import { receiptInputSchema } from './ledger-inputs';

const ssccSchema = z
  .string()
  .trim()
  .regex(/^(\(00\))?\d{18}$/, 'an SSCC has 18 digits')
  .transform((text) => text.replace('(00)', ''));

export const receivePalletSchema = z.object({
  receipt: receiptInputSchema,
  /** print the pallet label (default on) */
  label: z.boolean().default(true),
  /** write the pallet's RFID tag (default off: not every desk has a reader) */
  tag: z.boolean().default(false),
});

export const palletRefSchema = z.object({ sscc: ssccSchema });

export const reprintSchema = z.object({
  sscc: ssccSchema,
  reason: z.string().trim().min(3, 'say why the label is printed again (at least 3 characters)').max(300),
  printer: z.string().trim().min(1).max(300).optional(),
  format: z.enum(['zpl', 'pdf']).optional(),
});

export const epcRefSchema = z.object({
  epc: z
    .string()
    .trim()
    .regex(/^[0-9A-Fa-f]{24}$/, 'an EPC-96 is 24 hexadecimal characters')
    .transform((hex) => hex.toUpperCase()),
});
