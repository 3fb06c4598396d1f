import { z } from 'zod';
import { CLAIM_ACCOUNTING_METHODS, CLAIM_PROVISIONS, CLAIM_STATES, PACKAGE_FORMATS } from '../domain/claims';
import { MONEY_BOUNDS, moneyField } from './money-fields';
import { codeField, dateField, exportLineNumberSchema, nameField, noteField, reasonSchema as reason } from './primitives';

/** A claim is planned up to a year ahead; its period and filing date may not be further out. */
const planned = (label: string) => dateField({ label, daysAhead: 366, why: 'a claim is planned at most a year ahead' });
/** Things that have happened (CBP's filing receipt, the liquidation notice): a day ahead for time zones. */
const happened = (label: string, why: string) => dateField({ label, daysAhead: 1, why });
export const claimNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^DD-\d{4}-\d{4,6}$/, 'a claim number looks like DD-2026-0001');

export const draftClaimSchema = z
  .object({
    provision: z.enum(CLAIM_PROVISIONS, { error: `provision must be one of ${CLAIM_PROVISIONS.join(', ')}` }),
    claimant: nameField({ label: 'claimant', max: 120 }),
    /** exports dated in this period are claimed */
    periodStart: planned('period start'),
    periodEnd: planned('period end'),
    /** the date the claim will be filed; today when left out */
    claimDate: planned('claim date').optional(),
    /**
     * The method the claimant expects; the claim records the one its allocations actually used, and
     * drafting is refused when they differ. Left out: whatever the allocations used.
     */
    accountingMethod: z.enum(CLAIM_ACCOUNTING_METHODS, { error: `accounting method must be one of ${CLAIM_ACCOUNTING_METHODS.join(', ')}` }).optional(),
    /** claim the fees too (MPF and HMF) where the provision allows them (19 CFR 190.3(a)(4), (5)); the name is kept for stored claims */
    includeMpf: z.boolean().default(false),
  })
  .refine((c) => c.periodStart <= c.periodEnd, { path: ['periodEnd'], message: 'the period ends before it starts' });
export type DraftClaimInput = z.infer<typeof draftClaimSchema>;

export const claimRefSchema = z.object({ claimNumber: claimNumberSchema });

export const claimLinesQuerySchema = z.object({
  claimNumber: claimNumberSchema,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().positive().max(5_000).default(500),
  /** matches entry, SKU, lot or shipment reference (prefix) */
  text: noteField({ label: 'search text', max: 60, min: 0 }).optional(),
  onlyExceptions: z.boolean().default(false),
});
export type ClaimLinesQuery = z.infer<typeof claimLinesQuerySchema>;

export const claimTransitionSchema = z.object({ claimNumber: claimNumberSchema, reason: noteField({ label: 'reason', max: 500, min: 0 }).optional() });
export const claimReturnSchema = z.object({ claimNumber: claimNumberSchema, reason });
export const fileClaimSchema = z.object({
  claimNumber: claimNumberSchema,
  filedReference: codeField({ label: "CBP's claim number", min: 3, max: 40, short: "CBP's claim number is required" }),
  filedOn: happened('filing date', 'a claim is marked filed once CBP has it'),
});
export const liquidateClaimSchema = z.object({
  claimNumber: claimNumberSchema,
  liquidatedOn: happened('liquidation date', 'a claim is marked liquidated from the notice CBP sent'),
  /** the drawback CBP liquidated: zero (denied) or more; a bill for an overpayment is not a liquidation amount */
  amount: moneyField({ label: 'liquidated amount', per: 'one claim', max: MONEY_BOUNDS.claimAmount }),
  reference: codeField({ label: 'liquidation reference', max: 40, min: 0 }).optional(),
});
export const excludeLinesSchema = z.object({
  claimNumber: claimNumberSchema,
  lineNos: z.array(exportLineNumberSchema).min(1, 'name at least one claim line').max(100_000),
  reason,
});
export const claimPackageExportSchema = z.object({
  claimNumber: claimNumberSchema,
  format: z.enum(PACKAGE_FORMATS, { error: `the package format is one of ${PACKAGE_FORMATS.join(', ')}` }),
});
export const lineEvidenceSchema = z.object({ claimNumber: claimNumberSchema, lineNo: exportLineNumberSchema });
export const claimListSchema = z.object({ state: z.enum(CLAIM_STATES).optional() });

export const exceptionListSchema = z.object({
  state: z.enum(['open', 'resolved', 'all']).default('open'),
  claimNumber: claimNumberSchema.optional(),
  owner: z.string().trim().optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().positive().max(5_000).default(500),
});
export const exceptionTickSchema = z.object({ exceptionId: z.string().trim().min(10), itemIndex: z.number().int().min(0), done: z.boolean() });
export const exceptionAssignSchema = z.object({ exceptionId: z.string().trim().min(10), owner: z.string().trim().min(1, 'name the new owner') });
export const exceptionResolveSchema = z.object({
  exceptionId: z.string().trim().min(10),
  note: noteField({ label: 'note', min: 5, max: 500, short: 'say how it was resolved (at least 5 characters)' }),
});
