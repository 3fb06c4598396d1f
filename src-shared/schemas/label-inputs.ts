import { z } from 'zod';
import { lotCodeSchema, nameField, noteField, skuSchema } from './primitives';

/**
 * The command line's label requests (`drawback-desk label` and `print`), channels only the desk's own
 * command line may call (contract role `system`): they name a file or a printer on this machine,
 * which no request from a window or a browser may do.
 */
const lotLabel = {
  lot: lotCodeSchema,
  /** the SKU, when two items share the lot code */
  sku: skuSchema.optional(),
  format: z.enum(['zpl', 'pdf'], { error: 'the label format is zpl (label printers) or pdf (office printers)' }).optional(),
  dpi: z
    .union([z.literal(203), z.literal(300), z.enum(['203', '300'])], { error: 'the printer resolution is 203 or 300 dpi' })
    .transform((dpi) => Number(dpi) as 203 | 300)
    .optional(),
};

export const writeLabelFileSchema = z.strictObject({
  ...lotLabel,
  /** where the label file is written, on the desk's machine */
  file: nameField({ label: 'the label file', max: 4096 }),
});

export const printLotLabelSchema = z.strictObject({
  ...lotLabel,
  /** the printer's address; the labels.printer setting when left out */
  printer: nameField({ label: 'the printer address', max: 4096 }).optional(),
  reprintReason: noteField({ label: 'the reprint reason', min: 3, max: 300, short: 'say why the label is printed again (at least 3 characters)' }).optional(),
});
