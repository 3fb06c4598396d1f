import { z } from 'zod';
import {
  countrySchema,
  entryNumberSchema,
  htsSchema,
  chargeSchema,
  isoDateSchema,
  locationCodeSchema,
  lotCodeSchema,
  moneySchema,
  quantitySchema,
  skuSchema,
  uomSchema,
} from './primitives';

export const itemInputSchema = z.object({
  sku: skuSchema,
  description: z.string().trim().min(1, 'description is required').max(200),
  hts: htsSchema,
  countryOfOrigin: countrySchema,
  uom: uomSchema,
  drawbackEligible: z.boolean().default(true),
  gtin: z
    .string()
    .trim()
    .regex(/^\d{8}$|^\d{12,14}$/, 'a GTIN has 8, 12, 13 or 14 digits')
    .optional(),
});
export type ItemInput = z.infer<typeof itemInputSchema>;

export const entryLineInputSchema = z.object({
  lineNumber: z.coerce.number().int().positive('line number starts at 1'),
  hts: htsSchema,
  quantity: quantitySchema,
  uom: uomSchema,
  enteredValue: moneySchema,
  /**
   * What the entry summary line paid, by type (CBP Form 7501 blocks 33-34, 39): the regular duty,
   * antidumping and countervailing duties (never refundable, 19 U.S.C. 1677h), excise (internal
   * revenue) taxes, the merchandise processing fee, the harbor maintenance fee, and other fees
   * (kept, never refunded by the desk). Only the regular duty is required; the others default to 0.
   */
  duty: chargeSchema,
  antidumpingDuty: chargeSchema.default('0'),
  countervailingDuty: chargeSchema.default('0'),
  exciseTax: chargeSchema.default('0'),
  mpf: chargeSchema.default('0'),
  hmf: chargeSchema.default('0'),
  otherFees: chargeSchema.default('0'),
});
export type EntryLineInput = z.infer<typeof entryLineInputSchema>;

export const ENTRY_TYPES = ['01', '02', '03', '06', '11', '21', '23', '31', '32', '34', '38', '51', '52'] as const;

export const entryInputSchema = z
  .object({
    entryNumber: entryNumberSchema,
    entryType: z.string().trim().pipe(z.enum(ENTRY_TYPES, { error: `entry type must be one of ${ENTRY_TYPES.join(', ')}` })),
    entryDate: isoDateSchema,
    importDate: isoDateSchema,
    portCode: z.string().trim().regex(/^\d{4}$/, 'port code has 4 digits'),
    importer: z.string().trim().min(1, 'importer is required').max(120),
    broker: z.string().trim().max(120).default(''),
    billOfLading: z.string().trim().max(40).optional(),
    containers: z.array(z.string().trim().regex(/^[A-Z]{4}\d{7}$/, 'a container number is 4 letters and 7 digits')).default([]),
    purchaseOrders: z.array(z.string().trim().min(1)).default([]),
    reconciliationFlag: z.boolean().default(false),
    lines: z.array(entryLineInputSchema).min(1, 'an entry needs at least one line'),
  })
  .superRefine((entry, ctx) => {
    const seen = new Set<number>();
    entry.lines.forEach((line, i) => {
      if (seen.has(line.lineNumber)) {
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'lineNumber'], message: `line ${line.lineNumber} appears twice` });
      }
      seen.add(line.lineNumber);
    });
  });
export type EntryInput = z.infer<typeof entryInputSchema>;

export const locationInputSchema = z.object({
  code: locationCodeSchema,
  description: z.string().trim().max(120).default(''),
  drawbackSegregated: z.boolean().default(false),
});
export type LocationInput = z.infer<typeof locationInputSchema>;

export const overrideSchema = z.object({
  supervisorUsername: z.string().trim().min(1, 'supervisor user name is required'),
  supervisorPassword: z.string().min(1, 'supervisor password is required'),
  reason: z.string().trim().min(5, 'give a reason of at least 5 characters'),
});
export type OverrideInput = z.infer<typeof overrideSchema>;

export const receiptInputSchema = z.object({
  entryNumber: entryNumberSchema,
  lineNumber: z.coerce.number().int().positive('line number starts at 1'),
  sku: skuSchema,
  lotCode: lotCodeSchema,
  quantity: quantitySchema,
  uom: uomSchema,
  locationCode: locationCodeSchema,
  /** Logical drawback flag for stock in an ordinary bin: preserve it for drawback anyway. */
  preserveForDrawback: z.boolean().default(false),
  /** Capture the entry on the spot when it is not in the ledger yet. */
  captureEntry: entryInputSchema.optional(),
  /** A unique reference from the source (scan id, file row key); a repeated reference is not received twice. */
  reference: z.string().trim().max(80).optional(),
  /** stored in UTC so receipt times sort and compare whatever offset the source used */
  receivedAt: z.iso
    .datetime({ offset: true, error: 'a time is written like 2023-05-04T14:00:00Z' })
    .transform((t) => new Date(t).toISOString())
    .optional(),
  override: overrideSchema.optional(),
});
export type ReceiptInput = z.input<typeof receiptInputSchema>;
export type ReceiptRequest = z.infer<typeof receiptInputSchema>;

export const balanceFilterSchema = z.object({
  entryNumber: z.string().trim().toUpperCase().optional(),
  sku: z.string().trim().optional(),
  lotCode: z.string().trim().optional(),
  locationCode: z.string().trim().toUpperCase().optional(),
  limit: z.number().int().positive().max(10_000).default(1000),
});
export type BalanceFilter = z.input<typeof balanceFilterSchema>;

export const releaseInputSchema = z.object({
  sku: skuSchema,
  lotCode: lotCodeSchema,
  locationCode: locationCodeSchema,
  quantity: quantitySchema,
  reason: z.string().trim().min(5, 'give a reason of at least 5 characters'),
});
export type ReleaseInput = z.infer<typeof releaseInputSchema>;
