import { z } from 'zod';
import { BUCKETS } from '../domain/ledger';
import { approvalSchema } from './ledger-inputs';
import { locationCodeSchema, lotCodeSchema, quantitySchema, reasonSchema as reason, skuSchema } from './primitives';

const bucket = z.enum(BUCKETS, { error: `bucket must be one of ${BUCKETS.join(', ')}` });
const lot = { sku: skuSchema, lotCode: lotCodeSchema };

/** Put-away or relocation; stock moved into a segregated drawback bin becomes preserved there. */
export const moveInputSchema = z.object({
  ...lot,
  fromLocation: locationCodeSchema,
  toLocation: locationCodeSchema,
  bucket: bucket.default('available'),
  quantity: quantitySchema,
});
export type MoveInput = z.infer<typeof moveInputSchema>;

/** Hold available stock as drawback proof where it stands (the logical drawback flag). */
export const preserveInputSchema = z.object({ ...lot, locationCode: locationCodeSchema, quantity: quantitySchema });
export type PreserveInput = z.infer<typeof preserveInputSchema>;

/** A counted difference (damage, count correction): always with a reason and a supervisor's approval (not the requester's). */
export const adjustInputSchema = z.object({
  ...lot,
  locationCode: locationCodeSchema,
  bucket: bucket.default('available'),
  /** the one signed quantity: a count below the books is negative; as large as any quantity either way */
  delta: z
    .number({ error: 'the adjustment is a whole number of units, e.g. -3' })
    .int('the adjustment is a whole number of units')
    .min(-1_000_000_000, 'an adjustment above one billion units is not credible')
    .max(1_000_000_000, 'an adjustment above one billion units is not credible')
    .refine((d) => d !== 0, 'an adjustment of zero changes nothing'),
  reason,
  override: approvalSchema.optional(),
});
export type AdjustInput = z.infer<typeof adjustInputSchema>;

/** Undo a recorded movement with its exact opposite: always with a reason and a supervisor's approval (not the requester's). */
export const reverseInputSchema = z.object({
  movementId: z.string().trim().min(10, 'give the id of the movement to reverse'),
  reason,
  override: approvalSchema.optional(),
});
export type ReverseInput = z.infer<typeof reverseInputSchema>;
