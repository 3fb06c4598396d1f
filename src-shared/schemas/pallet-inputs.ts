import { z } from 'zod';
import { receiptInputSchema } from './ledger-inputs';
import { noteField } from './primitives';

const ssccSchema = z
  .string()
  .trim()
  .regex(/^(\(00\))?\d{18}$/, 'an SSCC has 18 digits')
  .transform((text) => text.replace('(00)', ''));

/**
 * The device-facing requests are strict: a key they do not have is refused, not dropped. Where a
 * label prints and where a tag is written come only from the supervisor's settings (labels.printer,
 * labels.format, rfid.reader); no request names a device, file or host.
 */
export const receivePalletSchema = z.strictObject({
  receipt: receiptInputSchema,
  /** print the pallet label (default on) */
  label: z.boolean().default(true),
  /** write the pallet's RFID tag (default off: not every desk has a reader) */
  tag: z.boolean().default(false),
});

export const palletRefSchema = z.strictObject({ sscc: ssccSchema });

export const reprintSchema = z.strictObject({
  sscc: ssccSchema,
  reason: noteField({ label: 'reason', min: 3, max: 300, short: 'say why the label is printed again (at least 3 characters)' }),
});

export const epcRefSchema = z.strictObject({
  epc: z
    .string()
    .trim()
    .regex(/^[0-9A-Fa-f]{24}$/, 'an EPC-96 is 24 hexadecimal characters')
    .transform((hex) => hex.toUpperCase()),
});
