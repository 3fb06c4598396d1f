import { z } from 'zod';
import { DISPOSITION_CATEGORIES } from '../post-entry/reference-data';
import { parseEntryNumber } from '../post-entry/entry-number';
import { countrySchema, isoDateSchema, moneySchema } from './primitives';

/**
 * Inputs of post-entry tracking: rows of the import files (pre-entries, entry summaries, statements,
 * liquidation notices) and the requests of the post-entry channels. Status messages are read by the
 * engine's X12 350 and CSV readers instead.
 */

/** A CBP entry number with its check digit (CATAIR Appendix E), kept as printed: "B76-0324527-8". */
export const cbpEntryNumberSchema = z.string({ error: 'the entry number is text such as "B76-0324527-8"' }).transform((text, ctx) => {
  const parsed = parseEntryNumber(text);
  if (parsed.ok) return parsed.value.display;
  ctx.addIssue({ code: 'custom', message: parsed.problem });
  return z.NEVER;
});

/** Amounts the ledger stores: at most 4 decimals, not negative, below $100 billion (a safe integer of 1/10,000). */
export const amountSchema = moneySchema
  .refine((v) => !v.startsWith('-'), 'an amount here is never negative')
  .refine((v) => v.replace(/,/g, '').split('.')[0]!.replace(/^0+/, '').length <= 11, 'an amount of $100 billion or more is not credible');

/** A quantity in HTS units (7501 block 35): more than zero, at most 4 decimals, e.g. "1000" or "12.5". */
export const htsQuantitySchema = z
  .union([z.string(), z.number()], { error: 'a quantity is a number such as 1000 or "12.5"' })
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{1,11}(\.\d{1,4})?$/, 'a quantity is a number with at most 4 decimals, e.g. 1000 or 12.5'))
  .refine((v) => /[1-9]/.test(v), 'a quantity must be more than zero');

/** HTS units of 7501 block 35 (NO, DOZ, KG, M2 ...). */
export const htsUnitSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{0,4}$/, 'the unit is the HTS unit of quantity, e.g. NO, DOZ, KG, M2');

/** One or more HTSUS numbers (7501 block 33A): 10 digits, or 8 for a Chapter 99 number; dots dropped. */
export const htsListSchema = z
  .union([z.string(), z.array(z.string())], { error: 'hts is an HTS number such as "6109.10.0012", or several separated by ;' })
  .transform((v) => (Array.isArray(v) ? v : v.split(/[;|]/)).map((s) => s.trim().replace(/\./g, '')).filter((s) => s !== ''))
  .pipe(
    z
      .array(z.string().regex(/^(\d{10}|99\d{6})$/, 'an HTS number has 10 digits (e.g. 6109.10.0012), or 8 for a Chapter 99 number (e.g. 9903.88.15)'))
      .min(1, 'hts is required'),
  );

export const dutyRateSchema = z.string().trim().min(1, 'the duty rate is required, e.g. "16.5%" or "Free"').max(40);
const entryTypeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}$/, 'the entry type is 2 digits, e.g. 01 (7501 block 2)');
const portSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'the port code has 4 digits (Schedule D), e.g. 2704');
const nameSchema = (what: string) => z.string().trim().min(1, `${what} is required`).max(120);
const lineNumberSchema = z.coerce
  .number({ error: 'the line number is a whole number' })
  .int('the line number is a whole number')
  .positive('line numbers start at 1')
  .max(999, 'a 7501 line number has 3 digits');

function uniqueLines(lines: readonly { lineNumber: number }[], ctx: z.RefinementCtx): void {
  const seen = new Set<number>();
  lines.forEach((l, i) => {
    if (seen.has(l.lineNumber))
      ctx.addIssue({ code: 'custom', path: ['lines', i, 'lineNumber'], message: `line ${l.lineNumber} is listed twice; give each line its own number` });
    seen.add(l.lineNumber);
  });
}

export const preEntryLineInputSchema = z.object({
  lineNumber: lineNumberSchema,
  poNumber: z.string().trim().min(1, 'the purchase order number is required').max(40),
  poLine: z.coerce.number({ error: 'the purchase order line is a whole number' }).int().positive('purchase order lines start at 1'),
  hts: htsListSchema,
  origin: countrySchema,
  quantity: htsQuantitySchema,
  unit: htsUnitSchema,
  value: amountSchema,
  dutyRate: dutyRateSchema,
  duty: amountSchema,
  mpf: amountSchema.default('0'),
  hmf: amountSchema.default('0'),
});

/** What we sent the broker for one shipment (approved pre-entry data). */
export const preEntryInputSchema = z
  .object({
    entryNumber: cbpEntryNumberSchema,
    shipment: z.string().trim().min(1, 'the shipment reference is required').max(60),
    broker: nameSchema('the broker'),
    importer: nameSchema('the importer'),
    entryType: entryTypeSchema,
    portCode: portSchema,
    billOfLading: z.string().trim().min(1).max(40).optional(),
    sentOn: isoDateSchema.optional(),
    lines: z.array(preEntryLineInputSchema).min(1, 'a pre-entry needs at least one line'),
  })
  .superRefine((p, ctx) => uniqueLines(p.lines, ctx));
export type PreEntryInput = z.infer<typeof preEntryInputSchema>;

export const entrySummaryLineInputSchema = z.object({
  lineNumber: lineNumberSchema,
  description: z.string().trim().max(200).optional(),
  hts: htsListSchema,
  origin: countrySchema,
  quantity: htsQuantitySchema,
  unit: htsUnitSchema,
  value: amountSchema,
  dutyRate: dutyRateSchema,
  duty: amountSchema,
  mpf: amountSchema.default('0'),
  hmf: amountSchema.default('0'),
  ad: amountSchema.default('0'),
  cvd: amountSchema.default('0'),
  adcvdCase: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[AC]-\d{3}-\d{3}-\d{3}$/, 'an AD/CVD case number is written A-000-000-000 or C-000-000-000 (7501 block 33B)')
    .optional(),
});
export type EntrySummaryLineInput = z.infer<typeof entrySummaryLineInputSchema>;

/** CBP Form 7501 data as the broker filed it. */
export const entrySummaryInputSchema = z
  .object({
    entryNumber: cbpEntryNumberSchema,
    entryType: entryTypeSchema,
    summaryDate: isoDateSchema,
    entryDate: isoDateSchema,
    importDate: isoDateSchema,
    releaseDate: isoDateSchema.optional(),
    portCode: portSchema,
    broker: nameSchema('the broker'),
    importer: nameSchema('the importer'),
    billOfLading: z.string().trim().min(1).max(40).optional(),
    payment: z.enum(['daily', 'monthly'], { error: 'payment is "daily" (daily statement) or "monthly" (periodic monthly statement)' }).default('daily'),
    reconciliationFlag: z.boolean().default(false),
    scheduledLiquidation: isoDateSchema.optional(),
    lines: z.array(entrySummaryLineInputSchema).min(1, 'an entry summary needs at least one line'),
  })
  .superRefine((s, ctx) => {
    uniqueLines(s.lines, ctx);
    if (s.scheduledLiquidation && s.scheduledLiquidation <= s.entryDate)
      ctx.addIssue({
        code: 'custom',
        path: ['scheduledLiquidation'],
        message: `the scheduled liquidation ${s.scheduledLiquidation} is not after the entry date ${s.entryDate}`,
      });
    if (s.releaseDate && s.releaseDate < s.importDate)
      ctx.addIssue({ code: 'custom', path: ['releaseDate'], message: `the release date ${s.releaseDate} is before the import (arrival) date ${s.importDate}` });
  });
export type EntrySummaryInput = z.infer<typeof entrySummaryInputSchema>;

export const statementEntryInputSchema = z.object({ entryNumber: cbpEntryNumberSchema, preliminary: amountSchema, final: amountSchema.optional() });

/** A daily or periodic monthly statement (19 CFR 24.25; PMS test), preliminary, final or paid. */
export const statementInputSchema = z
  .object({
    statementNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{4,20}$/, 'the statement number is 4 to 20 letters or digits, e.g. 27D0123456'),
    kind: z.enum(['daily', 'monthly'], { error: 'kind is "daily" or "monthly"' }),
    statementDate: isoDateSchema,
    dueDate: isoDateSchema,
    paidDate: isoDateSchema.optional(),
    paidAmount: amountSchema.optional(),
    entries: z.array(statementEntryInputSchema).min(1, 'a statement lists at least one entry'),
  })
  .superRefine((s, ctx) => {
    if (s.dueDate < s.statementDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: `the due date ${s.dueDate} is before the statement date ${s.statementDate}` });
    if ((s.paidDate === undefined) !== (s.paidAmount === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [s.paidDate ? 'paidAmount' : 'paidDate'],
        message: 'a paid statement gives both the paid date and the paid amount',
      });
    const seen = new Set<string>();
    s.entries.forEach((e, i) => {
      if (seen.has(e.entryNumber))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'entryNumber'], message: `entry ${e.entryNumber} is on the statement twice` });
      seen.add(e.entryNumber);
    });
  });
export type StatementInput = z.infer<typeof statementInputSchema>;

/** A liquidation notice (19 CFR 159.9), an extension (159.12) or a suspension (19 U.S.C. 1504(c)). */
export const liquidationInputSchema = z
  .object({
    entryNumber: cbpEntryNumberSchema,
    kind: z.enum(['liquidation', 'extension', 'suspension'], { error: 'kind is liquidation, extension or suspension' }).default('liquidation'),
    date: isoDateSchema,
    change: z.enum(['no-change', 'increase', 'decrease'], { error: 'change is no-change, increase or decrease' }).optional(),
    amount: amountSchema.optional(),
    liquidatedTotal: amountSchema.optional(),
    extendedTo: isoDateSchema.optional(),
    reason: z.string().trim().max(200).optional(),
  })
  .superRefine((n, ctx) => {
    const only = (field: 'change' | 'amount' | 'liquidatedTotal' | 'extendedTo', kind: string) => {
      if (n[field] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} belongs to a${kind === 'extension' ? 'n' : ''} ${kind} notice, not to a ${n.kind}` });
    };
    if (n.kind === 'liquidation') {
      only('extendedTo', 'extension');
      if (!n.change) ctx.addIssue({ code: 'custom', path: ['change'], message: 'a liquidation says its change: no-change, increase or decrease' });
      const zero = n.amount === undefined || /^0*(\.0*)?$/.test(n.amount);
      if (n.change === 'no-change' && !zero)
        ctx.addIssue({
          code: 'custom',
          path: ['amount'],
          message: `a no-change liquidation has no amount, but ${n.amount} is given; is it an increase or a decrease?`,
        });
      if ((n.change === 'increase' || n.change === 'decrease') && zero)
        ctx.addIssue({ code: 'custom', path: ['amount'], message: `an ${n.change} gives the amount CBP assessed, more than zero` });
    } else {
      for (const field of ['change', 'amount', 'liquidatedTotal'] as const) only(field, 'liquidation');
      if (n.kind === 'extension') {
        if (!n.extendedTo)
          ctx.addIssue({ code: 'custom', path: ['extendedTo'], message: 'an extension gives the date liquidation is extended to (extendedTo)' });
        else if (n.extendedTo <= n.date)
          ctx.addIssue({ code: 'custom', path: ['extendedTo'], message: `extendedTo ${n.extendedTo} is not after the notice date ${n.date}` });
      } else only('extendedTo', 'extension');
    }
  });
export type LiquidationInput = z.infer<typeof liquidationInputSchema>;

// ---- channel requests ----

export const entryRefSchema = z.object({ entryNumber: cbpEntryNumberSchema });
export const varianceQuerySchema = z.object({ entryNumber: cbpEntryNumberSchema.optional() });
export const deadlineQuerySchema = z.object({
  entryNumber: cbpEntryNumberSchema.optional(),
  within: z.coerce.number().int('within is a whole number of days').min(0).max(3650).optional(),
  today: isoDateSchema.optional(),
});
export const brokerQuerySchema = z
  .object({ from: isoDateSchema.optional(), to: isoDateSchema.optional(), port: portSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to; the period runs from the earlier date', path: ['from'] });
export const messageQuerySchema = z.object({
  entryNumber: cbpEntryNumberSchema.optional(),
  criticalOnly: z.boolean().default(false),
  unknownOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(5000).default(500),
});
export const poLineQuerySchema = z.object({ poNumber: z.string().trim().min(1, 'the purchase order number is required').max(40) });

/** A desk correction of an entry before a correction (PSC) is filed: the lines as they should be. */
export const correctEntrySchema = z
  .object({
    entryNumber: cbpEntryNumberSchema,
    reason: z.string().trim().min(5, 'say why the entry is corrected (at least 5 characters)').max(500),
    entryType: entryTypeSchema.optional(),
    lines: z.array(entrySummaryLineInputSchema).min(1, 'a corrected entry keeps at least one line'),
  })
  .superRefine((c, ctx) => uniqueLines(c.lines, ctx));
export type CorrectEntryInput = z.infer<typeof correctEntrySchema>;

export const settleFollowUpSchema = z.object({
  liquidationId: z.string().trim().min(1),
  settledOn: isoDateSchema,
  reference: z.string().trim().min(1, 'give the bill or refund check reference').max(60),
  note: z.string().trim().max(500).optional(),
});

export const criticalCodesSchema = z.strictObject({
  categories: z.array(z.enum(DISPOSITION_CATEGORIES, { error: `a category is one of ${DISPOSITION_CATEGORIES.join(', ')}` })),
  codes: z.array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z]{2,3}$/, 'a disposition code is 2 or 3 letters or digits'),
  ),
  informational: z.array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z]{2,3}$/, 'a disposition code is 2 or 3 letters or digits'),
  ),
  unknownIsCritical: z.boolean(),
});
export const alertDaysSchema = z.number().int('alert days are a whole number').min(0).max(365);

/** One post-entry setting: the variance tolerances (checked by the engine), the critical-code rules, the alert days. */
export const setPostEntrySettingSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('variances'), value: z.record(z.string(), z.unknown()) }),
  z.object({ key: z.literal('criticalCodes'), value: criticalCodesSchema }),
  z.object({ key: z.literal('alertDays'), value: alertDaysSchema }),
]);
export type SetPostEntrySettingInput = z.infer<typeof setPostEntrySettingSchema>;
