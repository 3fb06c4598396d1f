import { z } from 'zod';
import { MONEY_BOUNDS, moneyField } from './money-fields';
import {
  codeField,
  countrySchema,
  dateField,
  dateProblem,
  entryLineNumberSchema,
  entryNumberSchema,
  htsSchema,
  locationCodeSchema,
  lotCodeSchema,
  nameField,
  quantitySchema,
  reasonSchema,
  skuSchema,
  uomSchema,
} from './primitives';

export const itemInputSchema = z.object({
  sku: skuSchema,
  description: nameField({ label: 'description', max: 200 }),
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

const perLine = 'one entry line';
/** An entry line's amounts: never negative, each up to its own bound (money-fields.ts says why). */
export const ENTRY_LINE_MONEY = {
  enteredValue: moneyField({ label: 'entered value', per: perLine, max: MONEY_BOUNDS.enteredValue }),
  duty: moneyField({ label: 'duty', per: perLine, max: MONEY_BOUNDS.lineDuty }),
  antidumpingDuty: moneyField({ label: 'antidumping duty', per: perLine, max: MONEY_BOUNDS.lineDuty }),
  countervailingDuty: moneyField({ label: 'countervailing duty', per: perLine, max: MONEY_BOUNDS.lineDuty }),
  exciseTax: moneyField({ label: 'excise tax', per: perLine, max: MONEY_BOUNDS.lineDuty }),
  mpf: moneyField({ label: 'MPF', per: perLine, max: MONEY_BOUNDS.lineFee }),
  hmf: moneyField({ label: 'HMF', per: perLine, max: MONEY_BOUNDS.lineFee }),
  otherFees: moneyField({ label: 'other fees', per: perLine, max: MONEY_BOUNDS.lineFee }),
};

export const entryLineInputSchema = z.object({
  lineNumber: entryLineNumberSchema,
  hts: htsSchema,
  quantity: quantitySchema,
  uom: uomSchema,
  enteredValue: ENTRY_LINE_MONEY.enteredValue,
  /**
   * What the entry summary line paid, by type (CBP Form 7501 blocks 33-34, 39): the regular duty,
   * antidumping and countervailing duties (never refundable, 19 U.S.C. 1677h), excise (internal
   * revenue) taxes, the merchandise processing fee, the harbor maintenance fee, and other fees
   * (kept, never refunded by the desk). Only the regular duty is required; the others default to 0.
   */
  duty: ENTRY_LINE_MONEY.duty,
  antidumpingDuty: ENTRY_LINE_MONEY.antidumpingDuty.default('0'),
  countervailingDuty: ENTRY_LINE_MONEY.countervailingDuty.default('0'),
  exciseTax: ENTRY_LINE_MONEY.exciseTax.default('0'),
  mpf: ENTRY_LINE_MONEY.mpf.default('0'),
  hmf: ENTRY_LINE_MONEY.hmf.default('0'),
  otherFees: ENTRY_LINE_MONEY.otherFees.default('0'),
});
export type EntryLineInput = z.infer<typeof entryLineInputSchema>;

export const ENTRY_TYPES = ['01', '02', '03', '06', '11', '21', '23', '31', '32', '34', '38', '51', '52'] as const;

export const entryInputSchema = z
  .object({
    entryNumber: entryNumberSchema,
    entryType: z
      .string()
      .trim()
      .pipe(z.enum(ENTRY_TYPES, { error: `entry type must be one of ${ENTRY_TYPES.join(', ')}` })),
    // Entry documents may be filed before the goods arrive: two weeks ahead covers that and time zones.
    entryDate: dateField({ label: 'entry date', daysAhead: 15, why: 'an entry is recorded once it has been filed' }),
    importDate: dateField({ label: 'import date', daysAhead: 15, why: 'goods are imported when they arrive' }),
    portCode: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'port code has 4 digits'),
    importer: nameField({ label: 'importer', max: 120 }),
    broker: nameField({ label: 'broker', max: 120, min: 0 }).default(''),
    billOfLading: codeField({ label: 'bill of lading', max: 40, min: 0 }).optional(),
    containers: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[A-Z]{4}\d{7}$/, 'a container number is 4 letters and 7 digits'),
      )
      .max(1000)
      .default([]),
    purchaseOrders: z
      .array(codeField({ label: 'purchase order', max: 60 }))
      .max(1000)
      .default([]),
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
  description: nameField({ label: 'description', max: 120, min: 0 }).default(''),
  drawbackSegregated: z.boolean().default(false),
});
export type LocationInput = z.infer<typeof locationInputSchema>;

export const overrideSchema = z.object({
  supervisorUsername: z.string().trim().min(1, 'supervisor user name is required'),
  supervisorPassword: z.string().min(1, 'supervisor password is required'),
  reason: reasonSchema,
});
export type OverrideInput = z.infer<typeof overrideSchema>;

/** A second person's approval where the reason is the request's own (stock corrections, releases). */
export const approvalSchema = overrideSchema.pick({ supervisorUsername: true, supervisorPassword: true });
export type ApprovalInput = z.infer<typeof approvalSchema>;

export const receiptInputSchema = z.object({
  entryNumber: entryNumberSchema,
  lineNumber: entryLineNumberSchema,
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
  reference: codeField({ label: 'reference', max: 80, min: 0 }).optional(),
  /** stored in UTC so receipt times sort and compare whatever offset the source used; never tomorrow's (a day for time zones) */
  receivedAt: z.iso
    .datetime({ offset: true, error: 'a time is written like 2023-05-04T14:00:00Z' })
    .transform((t, ctx) => {
      const utc = new Date(t).toISOString();
      const problem = dateProblem(utc.slice(0, 10), 'received time', 1, 'a receipt is recorded once the goods are in');
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: t });
      return problem ? z.NEVER : utc;
    })
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
  reason: reasonSchema,
  /** a supervisor other than the requester (four eyes) */
  override: approvalSchema.optional(),
});
export type ReleaseInput = z.infer<typeof releaseInputSchema>;
