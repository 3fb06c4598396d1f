import { z } from 'zod';
import { parseMoney } from '../../../src-shared/money';
import { parseIsoDay } from './epoch-days';
import { METHOD_NAMES, type MethodInput, type ReceiptRecord, type WithdrawalRecord } from './types';
import { MONEY_BOUNDS, moneyTextCheck } from '../../../src-shared/schemas/money-fields';
import { validationError } from '../../../src-shared/validation-error';

/** Largest whole-unit quantity on one record; a million of them still count exactly (< 2^53). */
export const MAX_QUANTITY = 1_000_000_000;

const id = z.string({ error: 'an id is text, e.g. "R1"' }).trim().min(1, 'an id may not be empty').max(100, 'an id has at most 100 characters');
// A refinement, then one more cheap parse after validation: zod runs refinements far faster than transforms.
const date = z
  .string({ error: 'a date is text written YYYY-MM-DD' })
  .refine((text) => parseIsoDay(text) !== undefined, 'a date is a real calendar date written YYYY-MM-DD, e.g. 2001-01-15');
const quantity = z
  .number({ error: 'a quantity is a whole number of units, e.g. 50' })
  .int('a quantity is a whole number of units')
  .min(1, 'a quantity is at least 1')
  .max(MAX_QUANTITY, `a quantity above ${MAX_QUANTITY} is not credible`);
const drawbackPerUnit = z
  .string({ error: 'drawbackPerUnit is a decimal string such as "1.25" (a JSON number would be a float)' })
  .regex(/^\d{1,15}(\.\d{1,4})?$/, { error: 'drawbackPerUnit is zero or more with at most 4 decimals, e.g. "1.25"', abort: true })
  .superRefine(moneyTextCheck({ label: 'drawbackPerUnit', per: 'one unit', max: MONEY_BOUNDS.lineDuty }));

const receipt = z.strictObject({ id, type: z.literal('receipt'), date, quantity, drawbackPerUnit });
const withdrawal = z.strictObject({
  id,
  type: z.literal('withdrawal'),
  date,
  quantity,
  purpose: z.enum(['export', 'domestic'], { error: 'purpose is "export" or "domestic"' }),
});

const methodFile = z
  .strictObject({
    method: z.enum(METHOD_NAMES, { error: `method is one of ${METHOD_NAMES.join(', ')}` }),
    turnoverDays: z.number({ error: 'turnoverDays is a whole number of days' }).int('turnoverDays is a whole number of days').min(0).max(36_500).optional(),
    transactions: z.array(z.discriminatedUnion('type', [receipt, withdrawal], { error: 'type is "receipt" or "withdrawal"' }), {
      error: 'transactions is a list of receipts and withdrawals',
    }),
  })
  .superRefine((file, ctx) => {
    if (file.method === 'low-to-high-turnover' && file.turnoverDays === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['turnoverDays'],
        message: 'required for low-to-high-turnover: the average inventory turnover period in days, e.g. 30',
      });
    }
    if (file.method !== 'low-to-high-turnover' && file.turnoverDays !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['turnoverDays'], message: `applies only to low-to-high-turnover; remove it for ${file.method}` });
    }
    const seen = new Map<string, number>();
    file.transactions.forEach((t, i) => {
      const first = seen.get(t.id);
      if (first === undefined) seen.set(t.id, i);
      else
        ctx.addIssue({ code: 'custom', path: ['transactions', i, 'id'], message: `id "${t.id}" is already used by transactions.${first}; ids must be unique` });
    });
  });

/** Validates a `compute` input file (already JSON-parsed) and turns it into the engine's input. */
export function parseMethodInput(raw: unknown, source = 'the input'): MethodInput {
  const parsed = methodFile.safeParse(raw);
  if (!parsed.success) throw validationError(source, parsed.error);
  const receipts: ReceiptRecord[] = [];
  const withdrawals: WithdrawalRecord[] = [];
  parsed.data.transactions.forEach((t, index) => {
    const day = parseIsoDay(t.date)!;
    if (t.type === 'receipt') receipts.push({ id: t.id, day, quantity: t.quantity, drawbackPerUnit: parseMoney(t.drawbackPerUnit), index });
    else withdrawals.push({ id: t.id, day, quantity: t.quantity, purpose: t.purpose, index });
  });
  return { method: parsed.data.method, turnoverDays: parsed.data.turnoverDays, receipts, withdrawals };
}
