import { z } from 'zod';
import { ALLOCATION_ORDERS, EXPORT_DOCUMENT_KINDS } from '../domain/exports';
import { chargeSchema, countrySchema, entryNumberSchema, htsSchema, isoDateSchema, lotCodeSchema, quantitySchema, skuSchema, uomSchema } from './primitives';
import { overrideSchema } from './ledger-inputs';

const reason = z.string().trim().min(5, 'give a reason of at least 5 characters');
export const shipmentReferenceSchema = z.string().trim().toUpperCase().min(3, 'a shipment reference has at least 3 characters').max(40);

export const exportDocumentFieldsSchema = z.object({
  kind: z.enum(EXPORT_DOCUMENT_KINDS, { error: `document kind must be one of ${EXPORT_DOCUMENT_KINDS.join(', ')}` }),
  reference: z.string().trim().min(1, 'the document number is required').max(60),
  documentDate: isoDateSchema.optional(),
});

export const exportLineInputSchema = z.object({
  lineNumber: z.coerce.number().int().positive('line number starts at 1'),
  sku: skuSchema,
  quantity: quantitySchema,
  uom: uomSchema.optional(),
  /** the HTS declared for the export; the item's when left out */
  hts: htsSchema.optional(),
  scheduleB: htsSchema.optional(),
  lotCode: lotCodeSchema.optional(),
  entryNumber: entryNumberSchema.optional(),
  /** per unit, what the exported article would pay if it were imported: duty, and taxes and fees (substitution's "lesser of", 19 CFR 190.51(b)) */
  dutyIfImported: chargeSchema.optional(),
  taxesFeesIfImported: chargeSchema.optional(),
});

/** A confirmed export shipment, from the ERP or the shipping desk. */
export const exportShipmentInputSchema = z
  .object({
    reference: shipmentReferenceSchema,
    exportDate: isoDateSchema,
    destinationCountry: countrySchema.refine((c) => c !== 'US', 'an export leaves the United States: the destination cannot be US'),
    exporter: z.string().trim().min(1, 'exporter is required').max(120),
    declarationReference: z.string().trim().max(40).optional(),
    carrier: z.string().trim().max(80).optional(),
    lines: z.array(exportLineInputSchema).min(1, 'a shipment needs at least one line'),
    documents: z.array(exportDocumentFieldsSchema).default([]),
  })
  .superRefine((shipment, ctx) => {
    const seen = new Set<number>();
    shipment.lines.forEach((line, i) => {
      if (seen.has(line.lineNumber)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'lineNumber'], message: `line ${line.lineNumber} appears twice` });
      seen.add(line.lineNumber);
    });
  });
export type ExportShipmentInput = z.infer<typeof exportShipmentInputSchema>;

export const addExportDocumentSchema = exportDocumentFieldsSchema.extend({ shipmentReference: shipmentReferenceSchema });
export type AddExportDocumentInput = z.infer<typeof addExportDocumentSchema>;

export const matchingPolicySchema = z.object({
  order: z.enum(ALLOCATION_ORDERS, { error: `order must be one of ${ALLOCATION_ORDERS.join(', ')}` }).default('fifo'),
  substitution: z.boolean().default(false),
});

export const startMatchingSchema = z.object({
  policy: matchingPolicySchema.default({ order: 'fifo', substitution: false }),
  /** only these shipments; every shipment with unallocated units when left out */
  shipmentReferences: z.array(shipmentReferenceSchema).max(10_000).optional(),
});
export type StartMatchingInput = z.infer<typeof startMatchingSchema>;

/** A manual allocation: a specialist's choice of lot, approved by a supervisor with a reason. */
export const manualAllocationSchema = z.object({
  shipmentReference: shipmentReferenceSchema,
  lineNumber: z.coerce.number().int().positive(),
  lotCode: lotCodeSchema,
  /** the lot's SKU when it differs from the export line's (substitution outside the rules) */
  sku: skuSchema.optional(),
  quantity: quantitySchema,
  reason,
  override: overrideSchema.optional(),
});
export type ManualAllocationInput = z.infer<typeof manualAllocationSchema>;

export const releaseAllocationSchema = z.object({
  allocationId: z.string().trim().min(10, 'give the id of the allocation to release'),
  reason,
  override: overrideSchema.optional(),
});
export type ReleaseAllocationInput = z.infer<typeof releaseAllocationSchema>;

export const allocationFilterSchema = z.object({
  shipmentReference: shipmentReferenceSchema.optional(),
  lotCode: z.string().trim().optional(),
  includeReleased: z.boolean().default(false),
  limit: z.number().int().positive().max(10_000).default(500),
});
