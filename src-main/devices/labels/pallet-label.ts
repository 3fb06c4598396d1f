import { z } from 'zod';
import { hasValidCheckDigit } from '../../../src-shared/scanning/gs1-check-digit';
import { entryNumberSchema, htsSchema, isoDateSchema, locationCodeSchema, lotCodeSchema, skuSchema, uomSchema } from '../../../src-shared/schemas/primitives';
import { validationError } from '../../../src-shared/validation-error';
import { isValidSscc } from './sscc';

/** What one pallet/lot label says; every renderer (ZPL, PDF) prints exactly these fields. */
export interface PalletLabel {
  entryNumber: string;
  /** 18 digits, GS1 check digit included */
  sscc: string;
  /** GTIN-8/12/13/14; kept as GTIN-14 */
  gtin?: string;
  sku: string;
  description?: string;
  lotCode: string;
  /** decimal text, never a float: "1000", "12.5" */
  quantity: string;
  unit: string;
  /** ten digits, dots dropped */
  hts: string;
  /** YYYY-MM-DD */
  receiptDate: string;
  drawback: 'segregated' | 'flagged' | 'none';
  bin?: string;
}

// Field data reaches a printer's command stream: a control character (a newline, ESC) has no place on a label.
const printable = (schema: z.ZodString) => schema.regex(/^[^\p{Cc}]*$/u, 'control characters (newlines, tabs...) cannot be printed');
/** A blank optional field is the same as no field: "" from a form or a NULL column prints nothing. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const gtinSchema = z
  .string()
  .trim()
  .regex(/^(\d{8}|\d{12,14})$/, { error: 'a GTIN has 8, 12, 13 or 14 digits', abort: true })
  .refine(hasValidCheckDigit, 'the GTIN has a wrong check digit')
  .transform((gtin) => gtin.padStart(14, '0'));

export const palletLabelSchema = z
  .object({
    entryNumber: entryNumberSchema,
    sscc: z
      .string()
      .trim()
      .regex(/^\d{18}$/, { error: 'an SSCC has 18 digits', abort: true })
      .refine(isValidSscc, 'the SSCC has a wrong check digit'),
    gtin: optional(gtinSchema),
    // codes refuse control, direction and invisible characters themselves (schemas/primitives.ts)
    sku: skuSchema,
    description: optional(printable(z.string().trim().max(200, 'a description has at most 200 characters'))),
    lotCode: lotCodeSchema,
    quantity: z
      .string({ error: 'quantity is decimal text, e.g. "1000" or "12.5"' })
      .trim()
      .regex(/^\d{1,12}(\.\d{1,6})?$/, { error: 'quantity is decimal text, e.g. "1000" or "12.5"', abort: true })
      .refine((q) => /[1-9]/.test(q), 'quantity must be more than zero'),
    unit: uomSchema,
    hts: htsSchema,
    receiptDate: isoDateSchema,
    drawback: z.enum(['segregated', 'flagged', 'none'], { error: 'drawback is "segregated", "flagged" or "none"' }),
    bin: optional(locationCodeSchema),
  })
  .strict();

/**
 * The label checked and normalised (trimmed, GTIN-14, HTS without dots); throws AppError('VALIDATION')
 * whose issues name each wrong field, e.g. "lotCode: lot is required".
 */
export function parsePalletLabel(input: unknown, what = 'the pallet label'): PalletLabel {
  const parsed = palletLabelSchema.safeParse(input);
  if (!parsed.success) throw validationError(what, parsed.error);
  const { gtin, description, bin, ...rest } = parsed.data;
  return { ...rest, ...(gtin ? { gtin } : {}), ...(description ? { description } : {}), ...(bin ? { bin } : {}) };
}
