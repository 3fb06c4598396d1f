import { z } from 'zod';
import { ACCOUNTING_METHOD_NAMES, ALLOCATION_ORDERS, EXPORT_DOCUMENT_KINDS, type AllocationOrder } from '../domain/exports';
import { MONEY_BOUNDS, moneyField } from './money-fields';
import {
  codeField,
  countrySchema,
  dateField,
  entryNumberSchema,
  exportLineNumberSchema,
  htsSchema,
  lotCodeSchema,
  nameField,
  quantitySchema,
  reasonSchema as reason,
  skuSchema,
  uomSchema,
} from './primitives';
import { overrideSchema } from './ledger-inputs';

export const shipmentReferenceSchema = codeField({
  label: 'shipment reference',
  min: 3,
  max: 40,
  upper: true,
  short: 'a shipment reference has at least 3 characters',
});

/** Things that have happened: a day ahead for time zones. */
const shippedOn = (label: string, why: string) => dateField({ label, daysAhead: 1, why });

export const exportDocumentFieldsSchema = z.object({
  kind: z.enum(EXPORT_DOCUMENT_KINDS, { error: `document kind must be one of ${EXPORT_DOCUMENT_KINDS.join(', ')}` }),
  reference: codeField({ label: 'document number', max: 60, short: 'the document number is required' }),
  documentDate: shippedOn('document date', 'a document is recorded once it has been issued').optional(),
});

export const exportLineInputSchema = z.object({
  lineNumber: exportLineNumberSchema,
  sku: skuSchema,
  quantity: quantitySchema,
  uom: uomSchema.optional(),
  /** the HTS declared for the export; the item's when left out */
  hts: htsSchema.optional(),
  scheduleB: htsSchema.optional(),
  lotCode: lotCodeSchema.optional(),
  entryNumber: entryNumberSchema.optional(),
  /** per unit, never negative: the duty the exported article would pay if imported (substitution's "lesser of", 19 CFR 190.22) */
  dutyIfImported: moneyField({ label: 'duty if imported', per: 'one unit', max: MONEY_BOUNDS.lineDuty }).optional(),
  /** per unit, the taxes and fees the exported article would pay if imported: with the duty, the "lesser of" compares them all (19 CFR 190.51(b)); left out, no tax or fee is claimed on a substitution line */
  taxesFeesIfImported: moneyField({ label: 'taxes and fees if imported', per: 'one unit', max: MONEY_BOUNDS.lineFee }).optional(),
});

/** A confirmed export shipment, from the ERP or the shipping desk. */
export const exportShipmentInputSchema = z
  .object({
    reference: shipmentReferenceSchema,
    exportDate: shippedOn('export date', 'an export is recorded once it has left'),
    destinationCountry: countrySchema.refine((c) => c !== 'US', 'an export leaves the United States: the destination cannot be US'),
    exporter: nameField({ label: 'exporter', max: 120 }),
    declarationReference: codeField({ label: 'declaration reference', max: 40, min: 0 }).optional(),
    carrier: nameField({ label: 'carrier', max: 80, min: 0 }).optional(),
    lines: z.array(exportLineInputSchema).min(1, 'a shipment needs at least one line').max(1_000_000, 'a shipment has at most 1,000,000 lines'),
    documents: z.array(exportDocumentFieldsSchema).max(1000).default([]),
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

const APPROVED_ORDERS: ReadonlySet<AllocationOrder> = new Set(['fifo', 'lifo']);

/**
 * What a matching run is asked to do. `method` is the approved accounting method (19 CFR 191.14(c))
 * commingled lots are identified by; left out, the desk's setting (drawback.accounting-method).
 * `order` is the order substitutes are designated in; an `order` that is itself an approved method
 * (fifo, lifo) also stands for `method` when that is left out. `oldest-import` and `highest-duty` are
 * not accounting methods: they are offered only to designate substitutes.
 */
export const matchingPolicySchema = z
  .object({
    method: z.enum(ACCOUNTING_METHOD_NAMES, { error: `accounting method must be one of ${ACCOUNTING_METHOD_NAMES.join(', ')} (19 CFR 191.14(c))` }).optional(),
    /** the inventory's average turnover period, for low-to-high-turnover; the desk's setting when left out */
    turnoverDays: z.number().int().min(1, 'a turnover period is at least one day').max(3650).optional(),
    order: z.enum(ALLOCATION_ORDERS, { error: `order must be one of ${ALLOCATION_ORDERS.join(', ')}` }).optional(),
    substitution: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if (p.order !== undefined && !APPROVED_ORDERS.has(p.order) && !p.substitution) {
      ctx.addIssue({
        code: 'custom',
        path: ['order'],
        message: `${p.order} is not an approved accounting method (19 CFR 191.14(c)), so it never identifies commingled stock; it only orders the substitutes designated under substitution: turn substitution on, or choose an accounting method (${ACCOUNTING_METHOD_NAMES.join(', ')})`,
      });
    }
  });
export type MatchingPolicyInput = z.infer<typeof matchingPolicySchema>;

export const startMatchingSchema = z.object({
  policy: matchingPolicySchema.default({ substitution: false }),
  /** only these shipments; every shipment with unallocated units when left out */
  shipmentReferences: z.array(shipmentReferenceSchema).max(10_000).optional(),
});
export type StartMatchingInput = z.infer<typeof startMatchingSchema>;

/** A manual allocation: a specialist's choice of lot, approved by a supervisor with a reason. */
export const manualAllocationSchema = z.object({
  shipmentReference: shipmentReferenceSchema,
  lineNumber: exportLineNumberSchema,
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
