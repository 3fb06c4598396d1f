import { z } from 'zod';
import { CLAIM_PROVISIONS, CLAIM_STATES } from '../domain/claims';
import { isoDateSchema, moneySchema } from './primitives';

const reason = z.string().trim().min(5, 'give a reason of at least 5 characters');
export const claimNumberSchema = z.string().trim().toUpperCase().regex(/^DD-\d{4}-\d{4,6}$/, 'a claim number looks like DD-2026-0001');

export const draftClaimSchema = z
  .object({
    provision: z.enum(CLAIM_PROVISIONS, { error: `provision must be one of ${CLAIM_PROVISIONS.join(', ')}` }),
    claimant: z.string().trim().min(1, 'claimant is required').max(120),
    /** exports dated in this period are claimed */
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    /** the date the claim will be filed; today when left out */
    claimDate: isoDateSchema.optional(),
    accountingMethod: z.string().trim().max(40).default('fifo'),
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
  text: z.string().trim().max(60).optional(),
  onlyExceptions: z.boolean().default(false),
});
export type ClaimLinesQuery = z.infer<typeof claimLinesQuerySchema>;

export const claimTransitionSchema = z.object({ claimNumber: claimNumberSchema, reason: z.string().trim().max(500).optional() });
export const claimReturnSchema = z.object({ claimNumber: claimNumberSchema, reason });
export const fileClaimSchema = z.object({
  claimNumber: claimNumberSchema,
  filedReference: z.string().trim().min(3, "CBP's claim number is required").max(40),
  filedOn: isoDateSchema,
});
export const liquidateClaimSchema = z.object({ claimNumber: claimNumberSchema, liquidatedOn: isoDateSchema, amount: moneySchema, reference: z.string().trim().max(40).optional() });
export const excludeLinesSchema = z.object({
  claimNumber: claimNumberSchema,
  lineNos: z.array(z.number().int().positive()).min(1, 'name at least one claim line').max(100_000),
  reason,
});
export const lineEvidenceSchema = z.object({ claimNumber: claimNumberSchema, lineNo: z.number().int().positive() });
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
export const exceptionResolveSchema = z.object({ exceptionId: z.string().trim().min(10), note: z.string().trim().min(5, 'say how it was resolved (at least 5 characters)').max(500) });
