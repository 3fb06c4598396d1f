import { z } from 'zod';
import { CLAIM_PROVISIONS } from '../domain/claims';
import { DESTINATION_EFFECTS } from '../domain/reference-data';
import { countrySchema, isoDateSchema } from './primitives';

/** An 8-digit HTSUS subheading or a 10-digit statistical reporting number; dots allowed. */
export const htsNumberSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/\./g, ''))
  .pipe(
    z.string().regex(/^(\d{8}|\d{10})$/, 'an HTS number has 8 digits (subheading, e.g. 6109.10.00) or 10 (statistical reporting number, e.g. 6109.10.0012)'),
  );

const beginsWithOther = (description: string) => /^other\b/i.test(description.trim());

/**
 * A specialist's fact about an HTS number: whether its article description begins with "other"
 * (19 CFR 190.2). Given the description, the flag follows from it; given both, they must agree.
 */
export const htsFactInputSchema = z
  .object({
    hts: htsNumberSchema,
    beginsWithOther: z.boolean().optional(),
    description: z.string().trim().min(1).max(400).optional(),
    source: z.string().trim().max(200).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.beginsWithOther === undefined && f.description === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['beginsWithOther'],
        message: 'say whether the description begins with "other" (yes or no), or give the description',
      });
    if (f.beginsWithOther !== undefined && f.description !== undefined && beginsWithOther(f.description) !== f.beginsWithOther) {
      ctx.addIssue({
        code: 'custom',
        path: ['beginsWithOther'],
        message: `the description "${f.description}" ${beginsWithOther(f.description) ? 'begins' : 'does not begin'} with "other", but the flag says ${f.beginsWithOther ? 'it does' : 'it does not'}`,
      });
    }
  })
  .transform((f) => ({
    hts: f.hts,
    beginsWithOther: f.beginsWithOther ?? beginsWithOther(f.description!),
    description: f.description ?? null,
    source: f.source ?? null,
  }));
export type HtsFactInput = z.infer<typeof htsFactInputSchema>;

/** A new version of a destination rule (or a new rule): a supervisor's change to the reference data. */
export const destinationRuleInputSchema = z
  .object({
    key: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'a rule key is 2-60 lower-case letters, digits and dashes, e.g. usmca-ca-j2'),
    country: countrySchema,
    provision: z.enum(CLAIM_PROVISIONS, { error: `provision must be one of ${CLAIM_PROVISIONS.join(', ')}` }),
    effect: z.enum(DESTINATION_EFFECTS, { error: `effect must be one of ${DESTINATION_EFFECTS.join(', ')}` }),
    refundPercent: z.number().int().min(0).max(100).optional(),
    citation: z.string().trim().min(5, 'cite the law the rule comes from').max(400),
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.optional(),
    retired: z.boolean().default(false),
    reason: z.string().trim().min(5, 'give a reason of at least 5 characters').max(500),
  })
  .refine((r) => r.effect !== 'reduced' || r.refundPercent !== undefined, {
    path: ['refundPercent'],
    message: 'a reduced rule says what percent of the drawback is still refunded',
  })
  .refine((r) => r.effectiveTo === undefined || r.effectiveTo >= r.effectiveFrom, { path: ['effectiveTo'], message: 'the rule ends before it starts' });
export type DestinationRuleInput = z.infer<typeof destinationRuleInputSchema>;
