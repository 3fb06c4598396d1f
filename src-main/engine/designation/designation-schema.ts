import { z } from 'zod';
import { MONEY_BOUNDS, moneyField } from '../../../src-shared/schemas/money-fields';
import { entryLineNumberSchema, htsSchema, isoDateSchema, quantitySchema } from '../../../src-shared/schemas/primitives';
import { OBJECTIVES, PROVISIONS, type DesignationRequest } from './designation-types';
import { validationError } from '../../../src-shared/validation-error';

/** A duty: a decimal string (or whole JSON number) with at most 4 decimals, never negative, within a line's duty bound. */
const dutySchema = (label: string, per: string) => moneyField({ label, per, max: MONEY_BOUNDS.lineDuty });

/** Text that is required: says so when missing instead of zod's generic type message. */
const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} is text, e.g. "A-1"`) })
    .trim()
    .min(1, `${what} is required`);
const idSchema = text('an id').max(80);
const classification = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} is a 10-digit number, e.g. "6109.10.0012"`) }).pipe(htsSchema);
const flag = (what: string) => z.boolean({ error: `${what} is true or false` }).optional();

const importSchema = z.strictObject({
  id: idSchema,
  entry: text('the entry number').max(20),
  line: entryLineNumberSchema,
  importDate: isoDateSchema,
  hts: classification('the HTS number'),
  hts8Other: flag('hts8Other'),
  hts10Other: flag('hts10Other'),
  quantity: quantitySchema,
  dutyPerUnit: dutySchema('dutyPerUnit', 'one unit').optional(),
  lineDuty: dutySchema('lineDuty', 'one entry line').optional(),
  election: z.enum(['direct-identification', 'substitution']).optional(),
});

const exportSchema = z.strictObject({
  id: idSchema,
  exportDate: isoDateSchema,
  hts: classification('the HTS number').optional(),
  scheduleB: classification('the Schedule B number').optional(),
  quantity: quantitySchema,
  dutyPerUnitIfImported: dutySchema('dutyPerUnitIfImported', 'one unit'),
});

const requestSchema = z
  .strictObject({
    provision: z.enum(PROVISIONS, { error: `provision is one of ${PROVISIONS.join(', ')}` }),
    claimDate: isoDateSchema,
    objective: z.enum(OBJECTIVES, { error: `objective is one of ${OBJECTIVES.join(', ')}` }).default('max-refund'),
    imports: z.array(importSchema, { error: 'imports is a list of import lines' }),
    exports: z.array(exportSchema, { error: 'exports is a list of export lines' }),
  })
  .superRefine((request, ctx) => {
    const seen = new Map<string, number>();
    request.imports.forEach((line, i) => {
      if ((line.dutyPerUnit === undefined) === (line.lineDuty === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['imports', i, 'dutyPerUnit'], message: 'give exactly one of dutyPerUnit or lineDuty' });
      }
      if (request.provision === 'unused-substitution') {
        for (const flag of ['hts8Other', 'hts10Other'] as const) {
          if (line[flag] === undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['imports', i, flag],
              message: 'required for unused-substitution (19 CFR 190.32): say whether the description begins with "other"',
            });
        }
      }
      const earlier = seen.get(line.id);
      if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: ['imports', i, 'id'], message: `duplicate id "${line.id}" (also imports.${earlier})` });
      seen.set(line.id, i);
    });
    const seenExports = new Map<string, number>();
    request.exports.forEach((line, i) => {
      if (line.hts === undefined && line.scheduleB === undefined)
        ctx.addIssue({ code: 'custom', path: ['exports', i, 'hts'], message: 'give the export classification: hts or scheduleB' });
      const earlier = seenExports.get(line.id);
      if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: ['exports', i, 'id'], message: `duplicate id "${line.id}" (also exports.${earlier})` });
      seenExports.set(line.id, i);
    });
  });

/** Validates a designation request (zod); a failure names each field, e.g. "imports.2.quantity". */
export function parseDesignationRequest(raw: unknown, what = 'designation request'): DesignationRequest {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) throw validationError(what, parsed.error);
  const { imports, ...rest } = parsed.data;
  return { ...rest, imports: imports.map((line) => ({ ...line, hts8Other: line.hts8Other ?? false, hts10Other: line.hts10Other ?? false })) };
}
